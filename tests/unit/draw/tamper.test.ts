import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { tempContext } from '../temp-db.ts';
import { behindTheBack, makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const NOW = new Date('2026-11-24T09:00:00Z');

function drawn(db: Db) {
  seedEntities(db, 30);
  seedInspectors(db, 8);
  const first = runDraw(db, makeTask(db, { count: 4 }).id, PEOPLE, NOW, '11'.repeat(32));
  const second = runDraw(db, makeTask(db, { count: 4, itemIds: [2] }).id, PEOPLE, NOW, '22'.repeat(32));
  return { first, second };
}

const failed = (db: Db, drawId: number) =>
  verifyDraw(db, drawId)
    .checks.filter((c) => !c.ok)
    .map((c) => `${c.label}：${c.detail}`);

describe('tampering with history is detected and located', () => {
  it('the program itself refuses to change or delete a recorded draw or an audit entry', () => {
    const { db } = tempContext();
    const { first } = drawn(db);
    expect(() => db.prepare("UPDATE draws SET seed = 'x' WHERE id = ?").run(first.id)).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM draw_selections WHERE draw_id = ?').run(first.id)).toThrow(/frozen/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('a swapped drawn entity fails 复核 at the selection and the record hash', () => {
    const { db } = tempContext();
    const { first } = drawn(db);
    const other = db.prepare('SELECT id, code FROM entities WHERE id NOT IN (SELECT entity_id FROM draw_selections) LIMIT 1').get() as {
      id: number;
      code: string;
    };
    behindTheBack(
      db,
      'UPDATE draw_selections SET entity_id = ?, code = ? WHERE draw_id = ? AND position = 2',
      other.id,
      other.code,
      first.id,
    );
    expect(failed(db, first.id).join('\n')).toMatch(/抽中的检查对象：.*第 2 个起[\s\S]*记录完整性/);
  });

  it('a changed team member fails at 检查组', () => {
    const { db } = tempContext();
    const { first } = drawn(db);
    const team = first.selected[0]!.inspectors.map((i) => i.certNo);
    const outsider = db
      .prepare('SELECT id, cert_no FROM inspectors WHERE cert_no NOT IN (SELECT value FROM json_each(?)) LIMIT 1')
      .get(JSON.stringify(team)) as { id: number; cert_no: string };
    behindTheBack(
      db,
      'UPDATE draw_assignments SET inspector_id = ?, cert_no = ? WHERE draw_id = ? AND entity_id = ? AND slot = 0',
      outsider.id,
      outsider.cert_no,
      first.id,
      first.selected[0]!.entityId,
    );
    expect(failed(db, first.id).join('\n')).toMatch(/检查组：.*人员分配被修改/);
  });

  it('an edited frozen pool, witness or seed is caught', () => {
    const { db } = tempContext();
    const { first, second } = drawn(db);
    behindTheBack(db, "UPDATE draws SET entity_pool = json_remove(entity_pool, '$[0]') WHERE id = ?", first.id);
    expect(failed(db, first.id).join('\n')).toMatch(/候选名单指纹：.*名单被修改/);
    behindTheBack(db, "UPDATE draws SET witness = '王五' WHERE id = ?", second.id);
    expect(failed(db, second.id).join('\n')).toMatch(/记录完整性/);
  });

  it('a deleted draw breaks the chain of the next one', () => {
    const { db } = tempContext();
    const { first, second } = drawn(db);
    behindTheBack(db, 'DELETE FROM draw_assignments WHERE draw_id = ?', first.id);
    behindTheBack(db, 'DELETE FROM draw_selections WHERE draw_id = ?', first.id);
    behindTheBack(db, 'DELETE FROM draws WHERE id = ?', first.id);
    expect(failed(db, second.id).join('\n')).toMatch(/哈希链：与上一条抽取记录不衔接/);
  });

  it('an edited or deleted audit entry is named by its number', () => {
    const { db } = tempContext();
    drawn(db);
    behindTheBack(db, "UPDATE audit_log SET actor = '别人' WHERE id = 1");
    expect(verifyAuditChain(db).problems).toEqual([expect.stringMatching(/审计日志第 1 条（抽取.*）内容被修改/)]);
    behindTheBack(db, 'DELETE FROM audit_log WHERE id = 1');
    expect(verifyAuditChain(db).problems.join('\n')).toMatch(/第 2 条（抽取）与前一条不衔接/);
  });

  it('an edited 递补 is caught against the audit log', () => {
    const { db } = tempContext();
    const { first } = drawn(db);
    const e = first.selected[0]!;
    replaceInspector(db, { drawId: first.id, entityCode: e.code, certNo: e.inspectors[0]!.certNo, reason: '病休' }, NOW);
    expect(verifyDraw(db, first.id).ok).toBe(true);
    behindTheBack(db, "UPDATE draw_replacements SET reason = '出差'");
    expect(failed(db, first.id).join('\n')).toMatch(/第 1 次递补：递补记录与审计日志不符/);
  });
});
