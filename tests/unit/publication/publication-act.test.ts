import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyHistory } from '../../../electron/core/audit/history-check.ts';
import { correctPublication, publish } from '../../../electron/core/publication/publication-act.ts';
import { getPublication, listPublications, publicationReadiness } from '../../../electron/core/publication/publication-read.ts';
import { publicationDashboard } from '../../../electron/core/publication/publication-service.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { behindTheBack } from '../draw/draw-fixtures.ts';
import { fieldsOf } from '../field-errors.ts';
import { markReviewed, taskWithResults, TODAY } from './publication-fixture.ts';

describe('publication as an act', () => {
  it('refuses a 公示 while results are missing or not reviewed, naming them with their codes', () => {
    const { db, taskId, ids, rows } = taskWithResults(4, 3);
    markReviewed(db, taskId, ids.slice(0, 2));
    const refusal = () => publish(db, { taskId, date: '2026-12-20' });
    expect(refusal).toThrow(
      `还有 2 户的检查结果未审核，不能公示：${rows[2]!.name}（${rows[2]!.code}）、${rows[3]!.name}（${rows[3]!.code}）。`,
    );
    expect(refusal).toThrow('可先对已审核的 2 户分批公示');
    expect(listPublications(db, taskId)).toEqual([]);
    expect(getTask(db, taskId).publishedOn).toBeNull();
  });

  it('names the first 10 and then 等 N 户', () => {
    const { db, taskId } = taskWithResults(12, 0);
    expect(() => publish(db, { taskId, date: '2026-12-20' })).toThrow(/（92\w{16}） 等 12 户。请录入并审核后再公示。$/);
  });

  it('publishes a named part (分批公示), then the rest (公示) completes the task', () => {
    const { db, taskId, ids } = taskWithResults(4);
    markReviewed(db, taskId, ids.slice(0, 2));
    expect(() => publish(db, { taskId, entityIds: [ids[0]!, ids[2]!], date: '2026-12-20' })).toThrow();
    expect(fieldsOf(() => publish(db, { taskId, entityIds: [ids[2]!], date: '2026-12-20' }))?.entityIds).toMatch(
      /的检查结果尚未审核，不能公示$/,
    );
    const first = publish(db, { taskId, entityIds: [ids[0]!], date: '2026-12-20', actor: '王公示' });
    expect(first).toMatchObject({ kind: '分批公示', count: 1, publishedOn: '2026-12-20', intact: true, actor: '王公示' });
    expect(first.content.rows[0]!.items.map((i) => i.result)).toEqual(['未发现问题', '发现问题：计量器具未检定', '未发现问题']);
    expect(first.content.rows[0]!.items[1]!.handling).toBe('责令限期改正');
    expect(first.content.rows[0]!.codes.map((c) => c.code)).toEqual(['4', 'E']);
    expect(() => publish(db, { taskId, entityIds: [ids[0]!], date: '2026-12-21' })).toThrow();
    expect(taskResults(db, taskId)[0]!.result!.publishedOn).toBe('2026-12-20');
    expect(getTask(db, taskId).publishedOn).toBeNull();
    markReviewed(db, taskId, ids.slice(2));
    const rest = publish(db, { taskId, date: '2026-12-22' });
    expect(rest).toMatchObject({ kind: '公示', count: 3 });
    expect(getTask(db, taskId).publishedOn).toBe('2026-12-22');
    expect(publicationDashboard(db, '2026-12-23')[0]).toMatchObject({ state: '已公示', published: 4, corrections: 0 });
    expect(() => publish(db, { taskId, date: '2026-12-23' })).toThrow('检查结果已全部公示');
    expect(verifyHistory(db).ok).toBe(true);
  });

  it('a correction leaves the first publication intact and names the changed fields and the reason', () => {
    const { db, taskId, ids, items } = taskWithResults(2);
    markReviewed(db, taskId, ids);
    const first = publish(db, { taskId, date: '2026-12-20' });
    const frozen = db.prepare('SELECT content, content_hash FROM publications WHERE id = ?').get(first.id);
    // A published result changes only with a reason (result-service), and is 已录入 again until reviewed.
    const change = {
      codes: ['4', 'A'],
      inspectedOn: '2026-12-03',
      itemFindings: items.map((i) => ({ itemId: i.id, checked: i.id !== items[2]!.id })),
    };
    expect(() => setResults(db, { taskId, entityIds: [ids[1]!], result: change }, TODAY)).toThrow();
    setResults(db, { taskId, entityIds: [ids[1]!], result: change, correctionReason: '录入时漏选结果代码' }, TODAY);
    expect(publicationReadiness(db, taskId).corrections).toMatchObject([
      { entityId: ids[1], reviewed: false, reason: '录入时漏选结果代码' },
    ]);
    expect(() => correctPublication(db, { taskId, entityIds: [ids[1]!], date: '2026-12-24' })).toThrow('尚未审核');
    markReviewed(db, taskId, [ids[1]!]);
    expect(() => correctPublication(db, { taskId, entityIds: [ids[0]!], date: '2026-12-24' })).toThrow('与已公示的内容相同');
    const correction = correctPublication(db, { taskId, entityIds: [ids[1]!], date: '2026-12-24', actor: '王公示' });
    expect(correction).toMatchObject({ kind: '更正公示', correctsId: first.id, reason: '录入时漏选结果代码', count: 1, intact: true });
    const changes = correction.content.correction!.changes.map((c) => `${c.field}：${c.before} → ${c.after}`);
    expect(changes).toContain('检查结果：未发现问题 → 违反质量技术监督相关规定；发现问题待后续处理');
    expect(changes).toContain(`${items[2]!.name}：检查结果：未发现问题 → 未检查`);
    expect(correction.content.correction!.before[0]!.codes.map((c) => c.code)).toEqual(['1']);
    // The first publication: same text, same hash, still readable and still naming the old row.
    expect(db.prepare('SELECT content, content_hash FROM publications WHERE id = ?').get(first.id)).toEqual(frozen);
    expect(getPublication(db, first.id)).toMatchObject({ intact: true, count: 2 });
    expect(getPublication(db, first.id).content.rows[1]!.codes.map((c) => c.code)).toEqual(['1']);
    expect(publicationReadiness(db, taskId).corrections).toEqual([]);
    // Its reason printed, the result no longer awaits a 更正公示.
    expect(taskResults(db, taskId)[1]!.result!.correctionReason).toBe('');
    expect(verifyHistory(db).ok).toBe(true);
  });

  it('the history check recomputes each publication and finds it in the chain: a tampered one is named', () => {
    const { db, taskId, ids } = taskWithResults(2);
    markReviewed(db, taskId, ids);
    const p = publish(db, { taskId, date: '2026-12-20' });
    const text = db.prepare('SELECT content FROM publications WHERE id = ?').pluck().get(p.id) as string;
    behindTheBack(db, 'UPDATE publications SET content = ? WHERE id = ?', text.replace('未发现问题', '未发现问题（已核实）'), p.id);
    const check = verifyHistory(db);
    expect(check.ok).toBe(false);
    expect(check.links.problems).toContain(`公示 #${p.id}（公示，2026-12-20）的内容与其哈希值不符：公示内容被修改`);
    // Rewriting the hash as well does not help: the chain holds the original.
    const forged = getPublication(db, p.id);
    const newHash = createHash('sha256')
      .update(db.prepare('SELECT content FROM publications WHERE id = ?').pluck().get(p.id) as string)
      .digest('hex');
    db.prepare('UPDATE publications SET content_hash = ? WHERE id = ?').run(newHash, forged.id);
    expect(verifyHistory(db).links.problems).toEqual([`公示 #${p.id}（公示，2026-12-20）与审计日志记载的哈希值不符：公示内容被修改`]);
  });

  it('a task marked 已公示 before 0010 (no publication stored) stays 已公示', () => {
    const { db, taskId } = taskWithResults(2);
    db.prepare("UPDATE tasks SET published_on = '2026-12-01' WHERE id = ?").run(taskId);
    expect(publicationDashboard(db, '2026-12-23')[0]).toMatchObject({ state: '已公示', publishedOn: '2026-12-01', published: 0 });
    expect(publicationReadiness(db, taskId).legacyPublishedOn).toBe('2026-12-01');
  });
});
