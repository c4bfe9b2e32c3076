import { describe, expect, it } from 'vitest';
import { auditHead, verifyHistory } from '../../../electron/core/audit/history-check.ts';
import { chainHash, GENESIS_HASH } from '../../../electron/core/draw/canonical.ts';
import { drawCanonicalText, drawHash } from '../../../electron/core/draw/draw-content.ts';
import { drawPackage } from '../../../electron/core/draw/draw-package.ts';
import { storedContent, drawRow } from '../../../electron/core/draw/draw-read.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw, voidDraw } from '../../../electron/core/draw/draw-service.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { tempContext } from '../temp-db.ts';
import { behindTheBack, makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const NOW = new Date('2026-11-24T09:00:00Z');

function twoDraws() {
  const { db } = tempContext();
  seedEntities(db, 30);
  seedInspectors(db, 8);
  const first = runDraw(db, makeTask(db, { count: 4 }).id, PEOPLE, NOW, '11'.repeat(32));
  const second = runDraw(db, makeTask(db, { count: 4, itemIds: [2] }).id, PEOPLE, NOW, '22'.repeat(32));
  return { db, first, second };
}

/** Re-hashes every audit entry from `fromId` on, as a forger who knows the scheme would. */
function rechainAudit(db: Db, fromId: number) {
  let prev =
    (db.prepare('SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(fromId) as string | undefined) ??
    GENESIS_HASH;
  for (const r of db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(fromId) as Record<string, string>[]) {
    const hash = chainHash(prev, { at: r.at, actor: r.actor, action: r.action, subject: r.subject, details: r.details });
    behindTheBack(db, 'UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?', prev, hash, r.id);
    prev = hash;
  }
}

describe('history checked both ways, and anchored on paper', () => {
  it('finds a draw deleted with its rows, which the chains alone would let pass', () => {
    const { db, second } = twoDraws();
    expect(verifyHistory(db).ok).toBe(true);
    for (const table of ['draw_assignments', 'draw_selections']) behindTheBack(db, `DELETE FROM ${table} WHERE draw_id = ?`, second.id);
    behindTheBack(db, 'DELETE FROM draws WHERE id = ?', second.id);
    const check = verifyHistory(db);
    expect(check.ok).toBe(false);
    expect(check.links.problems).toEqual([expect.stringMatching(/^审计日志第 \d+ 条（抽取）记载的抽取记录 #2 不存在或已被修改$/)]);
  });

  it('finds a void whose audit entry is gone, and an entry naming a 递补 that is gone', () => {
    const { db, first, second } = twoDraws();
    const e = second.selected[0]!;
    replaceInspector(db, { drawId: second.id, entityCode: e.code, certNo: e.inspectors[1]!.certNo, reason: '病休' }, NOW);
    voidDraw(db, first.id, '名录有误', '张操作');
    expect(verifyHistory(db).ok).toBe(true);
    behindTheBack(db, 'DELETE FROM draw_replacements');
    behindTheBack(db, "DELETE FROM audit_log WHERE action = '作废抽取'");
    expect(verifyHistory(db).links.problems).toEqual([
      expect.stringMatching(/（递补）记载的抽取记录 #2 第 1 次递补不存在/),
      '抽取记录 #1 已作废，但审计日志中没有作废记录',
    ]);
  });

  it('catches a consistent rewrite made after the anchor was printed, which the chain checks pass', () => {
    const { db, second } = twoDraws();
    // The head the second draw's record printed, copied into the bureau's 台账.
    const anchor = drawPackage(db, second.id).record.auditEntryHash!;
    expect(verifyHistory(db, anchor)).toMatchObject({ ok: true, anchor: { ok: true } });
    // Later a forger gives the second draw a seed he likes, recomputes its record hash, and
    // re-chains the audit log from the draw's entry on, as anyone who read §7 could.
    const row = drawRow(db, second.id);
    const content = { ...storedContent(db, row), seed: 'ff'.repeat(32) };
    const forged = drawHash(row.prev_hash, content);
    behindTheBack(db, 'UPDATE draws SET seed = ?, hash = ? WHERE id = ?', content.seed, forged, second.id);
    const entry = db
      .prepare("SELECT id, details FROM audit_log WHERE action = '抽取' AND json_extract(details, '$.drawId') = ?")
      .get(second.id) as { id: number; details: string };
    behindTheBack(
      db,
      'UPDATE audit_log SET details = ? WHERE id = ?',
      JSON.stringify({ ...JSON.parse(entry.details), drawHash: forged, seed: content.seed }),
      entry.id,
    );
    rechainAudit(db, entry.id);
    const check = verifyHistory(db, anchor);
    expect(check.audit.ok).toBe(true);
    expect(check.links.ok).toBe(true);
    expect(check.anchor).toEqual({ hash: anchor, ok: false, detail: expect.stringMatching(/今天的审计日志和抽取记录中都没有这个哈希值/) });
    expect(check.ok).toBe(false);
  });

  it('accepts as anchor the record hash or the audit head printed on a record, and refuses a malformed one', () => {
    const { db, first } = twoDraws();
    const pkg = drawPackage(db, first.id);
    expect(verifyHistory(db, pkg.record.hash).anchor).toMatchObject({ ok: true, detail: expect.stringMatching(/抽取记录 #1/) });
    expect(verifyHistory(db, pkg.record.auditEntryHash!.toUpperCase()).anchor).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/审计日志第 \d+ 条（抽取/),
    });
    expect(verifyHistory(db, 'abc').anchor).toMatchObject({ ok: false, detail: expect.stringMatching(/64 位十六进制/) });
  });

  it('a package carries the exact text the record hash covers', () => {
    const { db, first } = twoDraws();
    const pkg = drawPackage(db, first.id);
    expect(pkg.record.canonical).toBe(drawCanonicalText(storedContent(db, drawRow(db, first.id))));
    expect(chainHash(pkg.record.prevHash, JSON.parse(pkg.record.canonical))).toBe(pkg.record.hash);
  });

  it('a 递补 row is frozen, and its every field is in its audit entry', () => {
    const { db, first } = twoDraws();
    const e = first.selected[0]!;
    replaceInspector(db, { drawId: first.id, entityCode: e.code, certNo: e.inspectors[0]!.certNo, reason: '病休' }, NOW);
    expect(() => db.prepare("UPDATE draw_replacements SET reason = '出差'").run()).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM draw_replacements').run()).toThrow(/never deleted/);
    const details = JSON.parse(db.prepare("SELECT details FROM audit_log WHERE action = '递补'").pluck().get() as string);
    const [replacement] = drawPackage(db, first.id).replacements;
    expect(details).toMatchObject({
      n: 1,
      entity: e.code,
      slot: 0,
      out: replacement!.old,
      in: replacement!.new,
      candidates: replacement!.candidates,
      reason: '病休',
      at: NOW.toISOString(),
    });
    behindTheBack(db, 'UPDATE draw_replacements SET candidates = ?', JSON.stringify([...replacement!.candidates].reverse()));
    expect(verifyHistory(db).ok).toBe(false);
  });
});

describe('the audit head', () => {
  it('is the newest entry, for the bureau’s 台账', () => {
    const { db } = tempContext();
    expect(auditHead(db)).toBeNull();
    seedEntities(db, 10);
    seedInspectors(db, 4);
    runDraw(db, makeTask(db, { count: 2 }).id, PEOPLE, NOW, '33'.repeat(32));
    const newest = db.prepare('SELECT id, at, action, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(auditHead(db)).toEqual(newest);
    expect(auditHead(db)).toMatchObject({ action: '抽取' });
  });
});
