import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { getDraw } from '../../../electron/core/draw/draw-read.ts';
import { setResults } from '../../../electron/core/results/result-service.ts';
import { runDraw, voidDraw } from '../../../electron/core/draw/draw-service.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { tempContext } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const SEED = 'ab'.repeat(32);
const NOW = new Date('2026-11-24T09:00:00Z');

describe('drawing a task', () => {
  it('records the draw at once with seed, pool fingerprint and teams of distinct inspectors', () => {
    const { db } = tempContext();
    seedEntities(db, 40);
    seedInspectors(db, 8);
    const task = makeTask(db, { count: 6, inspectorsPerEntity: 3 });
    const draw = runDraw(db, task.id, PEOPLE, NOW, SEED);
    expect(draw).toMatchObject({ seed: SEED, poolSize: 40, operator: '张操作', witness: '李监督', algorithm: 'SSJ-DRAW-2' });
    expect(draw.poolHash).toMatch(/^[0-9a-f]{64}$/);
    expect(draw.selected).toHaveLength(6);
    for (const e of draw.selected) expect(new Set(e.inspectors.map((i) => i.certNo)).size).toBe(3);
    const loads = new Map<string, number>();
    for (const e of draw.selected) for (const i of e.inspectors) loads.set(i.certNo, (loads.get(i.certNo) ?? 0) + 1);
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
    expect(getTask(db, task.id)).toMatchObject({ state: '已抽取', liveDrawId: draw.id });
  });

  it('gives the same selection and teams from the same seed and pool, in another process too', () => {
    const a = tempContext();
    const b = tempContext();
    for (const { db } of [a, b]) {
      seedEntities(db, 50);
      seedInspectors(db, 10);
      makeTask(db, { count: 7 });
    }
    const first = runDraw(a.db, 1, PEOPLE, NOW, SEED);
    const second = runDraw(b.db, 1, PEOPLE, NOW, SEED);
    const teams = (d: typeof first) => d.selected.map((e) => [e.code, e.inspectors.map((i) => i.certNo)]);
    expect(teams(second)).toEqual(teams(first));
    const script = `import { verifyDraw } from '${path.resolve('electron/core/draw/draw-verify.ts')}';
      import Database from 'better-sqlite3';
      console.log(JSON.stringify(verifyDraw(new Database(process.argv[1]), 1)));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, b.dbPath], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ ok: true });
  });

  it('never draws closed entities, and keeps out entities drawn for the same item within the window', () => {
    const { db } = tempContext();
    seedEntities(db, 20, (i) => (i <= 5 ? { regStatus: ['注销', '吊销', '撤销', '迁出', '注销'][i - 1] } : {}));
    seedInspectors(db, 6);
    const first = runDraw(db, makeTask(db, { count: 10 }).id, PEOPLE, NOW, SEED);
    expect(first.poolSize).toBe(15);
    const again = runDraw(db, makeTask(db, { count: 5 }).id, PEOPLE, NOW, 'cd'.repeat(32));
    expect(again.poolSize).toBe(5);
    expect(again.params.excluded).toEqual({ closed: 5, repeat: 10 });
    const drawnBefore = new Set(first.selected.map((e) => e.code));
    expect(again.selected.every((e) => !drawnBefore.has(e.code))).toBe(true);
    const otherItem = runDraw(db, makeTask(db, { count: 3, itemIds: [2] }).id, PEOPLE, NOW, SEED);
    expect(otherItem.poolSize).toBe(15);
  });

  it('lets an entity back in within the window only through an override with a reason', () => {
    const { db } = tempContext();
    const codes = seedEntities(db, 6);
    seedInspectors(db, 4);
    const first = runDraw(db, makeTask(db, { count: 6 }).id, PEOPLE, NOW, SEED);
    expect(first.poolSize).toBe(6);
    const task = makeTask(db, { count: 1, repeatOverrides: [{ code: codes[2]!, reason: '群众投诉，需再次检查' }] });
    const draw = runDraw(db, task.id, PEOPLE, NOW, SEED);
    expect(draw.selected.map((e) => e.code)).toEqual([codes[2]]);
  });

  it('refuses a second draw while one is live; after a void with a reason it may draw again and both stay', () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedInspectors(db, 4);
    const task = makeTask(db);
    const first = runDraw(db, task.id, PEOPLE, NOW, SEED);
    expect(() => runDraw(db, task.id, PEOPLE, NOW)).toThrow(/已有有效的抽取结果.*先将该次抽取作废/);
    expect(() => voidDraw(db, first.id, ' ')).toThrow(/请检查/);
    voidDraw(db, first.id, '任务名称填写错误', '张操作');
    const second = runDraw(db, task.id, PEOPLE, NOW);
    expect(second.id).not.toBe(first.id);
    expect(db.prepare('SELECT count(*) FROM draws WHERE task_id = ?').pluck().get(task.id)).toBe(2);
    expect(db.prepare('SELECT void_reason FROM draws WHERE id = ?').pluck().get(first.id)).toBe('任务名称填写错误');
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, checked: 3 });
  });

  it('names the shortfall when there are not enough inspectors, and saves nothing', () => {
    const { db } = tempContext();
    const codes = seedEntities(db, 3);
    seedInspectors(db, 3, (i) => (i === 3 ? { status: '病休' } : {}));
    db.prepare("INSERT INTO conflicts (inspector_id, entity_id, reason) SELECT 1, id, '亲属' FROM entities WHERE code = ?").run(codes[0]);
    const task = makeTask(db, { count: 3 });
    expect(() => runDraw(db, task.id, PEOPLE, NOW, SEED)).toThrow(
      /执法人员不足：检查对象“测试主体1”.*只有 1 名，需要 2 名.*非在岗 1 名.*未保存任何抽取结果/,
    );
    expect(db.prepare('SELECT count(*) FROM draws').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  });

  it('requires an operator and a different witness', () => {
    const { db } = tempContext();
    seedEntities(db, 3);
    seedInspectors(db, 2);
    const task = makeTask(db, { count: 1 });
    expect(() => runDraw(db, task.id, { operator: '张三', witness: '张三' })).toThrow(/请检查/);
    expect(() => runDraw(db, task.id, { operator: '', witness: '李四' })).toThrow(/请检查/);
  });

  it('draws each risk class separately with its own ratio', () => {
    const { db } = tempContext();
    seedEntities(db, 40);
    seedInspectors(db, 20);
    const task = makeTask(db, { count: null, ratio: 10, classRatios: { A: 10, B: 20, C: 50, D: 100 } });
    const draw = runDraw(db, task.id, PEOPLE, NOW, SEED);
    expect(draw.params.quotas).toEqual([
      { group: 'A', ratio: '10', count: 1 },
      { group: 'B', ratio: '20', count: 2 },
      { group: 'C', ratio: '50', count: 5 },
      { group: 'D', ratio: '100', count: 10 },
      { group: '未分类', ratio: '10', count: 0 },
    ]);
    expect(verifyDraw(db, draw.id).ok).toBe(true);
  });
});

describe('递补 and 复核', () => {
  it('replaces an inspector by a new random pick with a recorded reason, and verifies', () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedInspectors(db, 6);
    const draw = runDraw(db, makeTask(db, { count: 3 }).id, PEOPLE, NOW, SEED);
    const entity = draw.selected[0]!;
    const out = entity.inspectors[1]!;
    expect(() => replaceInspector(db, { drawId: draw.id, entityCode: entity.code, certNo: out.certNo, reason: '' })).toThrow(/请检查/);
    const after = replaceInspector(
      db,
      { drawId: draw.id, entityCode: entity.code, certNo: out.certNo, reason: '病休', operator: '张操作' },
      NOW,
    );
    const slot = after.selected[0]!.inspectors[1]!;
    expect(slot.certNo).not.toBe(out.certNo);
    expect(entity.inspectors.map((i) => i.certNo)).not.toContain(slot.certNo);
    expect(slot.replaced).toMatchObject({ previousCert: out.certNo, reason: '病休' });
    expect(verifyDraw(db, draw.id)).toMatchObject({ ok: true });
  });

  it("refuses a 递补 once the entity's result is entered, and changes nothing", () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedInspectors(db, 6);
    const draw = runDraw(db, makeTask(db, { count: 3 }).id, PEOPLE, NOW, SEED);
    const entity = draw.selected[0]!;
    expect(entity.inspected).toBe(false);
    setResults(db, { taskId: draw.taskId, entityIds: [entity.entityId], result: { codes: ['1'] } });
    // The record says so, and the screen stops offering 递补 for it.
    expect(getDraw(db, draw.id).selected.map((e) => e.inspected)).toEqual([true, false, false]);
    expect(() =>
      replaceInspector(db, { drawId: draw.id, entityCode: entity.code, certNo: entity.inspectors[0]!.certNo, reason: '病休' }, NOW),
    ).toThrow(/已录入检查结果，检查组不能再递补/);
    expect(getDraw(db, draw.id).selected[0]!.inspectors).toEqual(entity.inspectors);
  });
});
