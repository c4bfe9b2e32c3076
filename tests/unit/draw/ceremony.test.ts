import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyHistory } from '../../../electron/core/audit/history-check.ts';
import { abandonCeremony, listCeremonies, startCeremony } from '../../../electron/core/draw/draw-ceremony.ts';
import { witnessedSeed } from '../../../electron/core/draw/draw-content.ts';
import { drawPackage } from '../../../electron/core/draw/draw-package.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const NOW = new Date('2026-11-24T09:00:00Z');
const R = 'a5'.repeat(32);

function ready() {
  const { db } = tempContext();
  const codes = seedEntities(db, 20);
  seedInspectors(db, 8);
  const task = makeTask(db, { count: 4 });
  return { db, task, codes };
}

describe('the witnessed draw: commit, then witness', () => {
  it('shows the commitment SHA-256(r) before any digit, and derives the seed from r, w, v and the pool', () => {
    const { db, task } = ready();
    const ceremony = startCeremony(db, task.id, PEOPLE, NOW, R);
    expect(ceremony).toMatchObject({
      outcome: 'open',
      secret: null,
      commitment: createHash('sha256').update(Buffer.from(R, 'hex')).digest('hex'),
    });
    const draw = runDraw(db, task.id, PEOPLE, NOW, {
      mode: 'witnessed',
      ceremonyId: ceremony.id,
      witnessDigits: '３１ 4159',
      publicValue: '  03 11 19 24 27 30 + 05 ',
    });
    const pkg = drawPackage(db, draw.id);
    expect(pkg.seedParts).toEqual({
      mode: 'witnessed',
      commitment: ceremony.commitment,
      secret: R,
      witnessDigits: '314159',
      publicValue: '03 11 19 24 27 30 + 05',
      poolHash: ceremony.poolHash,
      startedAt: NOW.toISOString(),
    });
    expect(draw.seed).toBe(witnessedSeed(R, '314159', '03 11 19 24 27 30 + 05', ceremony.poolHash));
    expect(verifyDraw(db, draw.id).checks.find((c) => c.label === '种子来源')).toMatchObject({
      ok: true,
      detail: expect.stringContaining('314159'),
    });
    expect(listCeremonies(db, task.id)).toEqual([expect.objectContaining({ outcome: 'drawn', drawId: draw.id, secret: R })]);
    expect(verifyHistory(db).ok).toBe(true);
  });

  it('refuses digits that are too few or not digits, naming the field', () => {
    const { db, task } = ready();
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, R);
    expect(fieldsOf(() => runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: id, witnessDigits: '12345' }))).toEqual({
      witnessDigits: '监督人随机数至少 6 位数字，现在是 5 位',
    });
    expect(fieldsOf(() => runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: id, witnessDigits: '12345x' }))).toEqual({
      witnessDigits: '监督人随机数只能由数字组成（可用骰子掷出或任意写下）',
    });
  });

  it('refuses to finish when the pool changed after the commitment, so nobody can steer it', () => {
    const { db, task } = ready();
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, R);
    seedEntities(db, 1, () => ({ code: '91140221MA0L000017', name: '后来加入的主体' }));
    expect(() => runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: id, witnessDigits: '271828' })).toThrow(
      /开始抽取后.*候选名单有变动.*请重新开始抽取/,
    );
  });

  it('keeps every abandoned start, with its secret, in the package, the audit log and both-ways check', () => {
    const { db, task } = ready();
    const first = startCeremony(db, task.id, PEOPLE, NOW, '01'.repeat(32));
    const second = startCeremony(db, task.id, PEOPLE, NOW, '02'.repeat(32));
    abandonCeremony(db, task.id, '张操作', '监督人临时离开');
    const third = startCeremony(db, task.id, PEOPLE, NOW, R);
    const draw = runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: third.id, witnessDigits: '141421' });
    expect(() => runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: first.id, witnessDigits: '141421' })).toThrow(
      /已有有效的抽取结果/,
    );
    expect(drawPackage(db, draw.id).ceremonies).toEqual([
      expect.objectContaining({ commitment: first.commitment, outcome: 'abandoned', secret: '01'.repeat(32) }),
      expect.objectContaining({ commitment: second.commitment, outcome: 'abandoned', secret: '02'.repeat(32) }),
      expect.objectContaining({ commitment: third.commitment, outcome: 'drawn' }),
    ]);
    const actions = db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
    expect(actions.filter((a) => a === '开始抽取' || a === '放弃抽取' || a === '抽取')).toEqual([
      '开始抽取',
      '放弃抽取',
      '开始抽取',
      '放弃抽取',
      '开始抽取',
      '抽取',
    ]);
    expect(verifyHistory(db).ok).toBe(true);
  });

  it('freezes a started ceremony: its commitment and secret never change, an ended one never reopens', () => {
    const { db, task } = ready();
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, R);
    expect(() => db.prepare('UPDATE draw_ceremonies SET secret = ? WHERE id = ?').run('00'.repeat(32), id)).toThrow(/frozen/);
    abandonCeremony(db, task.id, '张操作', '');
    expect(() => db.prepare("UPDATE draw_ceremonies SET outcome = 'open' WHERE id = ?").run(id)).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM draw_ceremonies').run()).toThrow(/never deleted/);
  });

  it('marks a one-click draw as plain: no seed parts in its record, “一键抽取” in 复核', () => {
    const { db, task } = ready();
    const draw = runDraw(db, task.id, PEOPLE, NOW);
    expect(drawPackage(db, draw.id).seedParts).toEqual({ mode: 'plain' });
    expect(JSON.parse(drawPackage(db, draw.id).record.canonical)).not.toHaveProperty('seedParts');
    expect(verifyDraw(db, draw.id).checks.find((c) => c.label === '种子来源')?.detail).toMatch(/^一键抽取/);
  });
});

describe('the 监督人 who saw the commitment', () => {
  it('is recorded at the start, and only he may complete it; an abandoned start keeps its reason', () => {
    const { db, task } = ready();
    const first = startCeremony(db, task.id, PEOPLE, NOW, '01'.repeat(32));
    abandonCeremony(db, task.id, '张操作', '监督人临时被叫走');
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, R);
    expect(
      fieldsOf(() =>
        runDraw(db, task.id, { operator: '张操作', witness: '王替补' }, NOW, {
          mode: 'witnessed',
          ceremonyId: id,
          witnessDigits: '314159',
        }),
      ),
    ).toEqual({
      witness: '开始抽取时看到承诺值的监督人是李监督，须由他本人输入随机数完成抽取。如监督人已换人，请放弃这次开始，重新开始抽取。',
    });
    runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: id, witnessDigits: '314159' });
    expect(listCeremonies(db, task.id)).toEqual([
      expect.objectContaining({ id: first.id, witness: '李监督', outcome: 'abandoned', endReason: '监督人临时被叫走' }),
      expect.objectContaining({ id, witness: '李监督', outcome: 'drawn', endReason: null }),
    ]);
  });

  it('marks the task 抽取中 while a start awaits the digits, so the task list shows it', () => {
    const { db, task } = ready();
    expect(getTask(db, task.id).state).toBe('未抽取');
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, R);
    expect(getTask(db, task.id).state).toBe('抽取中');
    abandonCeremony(db, task.id, '张操作', '');
    expect(getTask(db, task.id).state).toBe('未抽取');
    const again = startCeremony(db, task.id, PEOPLE, NOW, '02'.repeat(32));
    expect(again.id).not.toBe(id);
    runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: again.id, witnessDigits: '314159' });
    expect(getTask(db, task.id).state).toBe('已抽取');
  });

  it('is required, and not the operator', () => {
    const { db, task } = ready();
    expect(fieldsOf(() => startCeremony(db, task.id, { operator: '张操作', witness: '张操作' }, NOW))).toEqual({
      witness: '监督人不能与操作人为同一人',
    });
  });
});
