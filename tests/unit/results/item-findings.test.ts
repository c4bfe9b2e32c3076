import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { drawnTaskOfThreeItems, TODAY } from './item-findings-fixture.ts';

function refusal(fn: () => unknown): { message: string; fields: Record<string, string> } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { message: err.message, fields: err.fields ?? {} };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('per-item findings of a result (是否检查 / 发现问题 / 处置情况)', () => {
  it('default to every item 已检查 with nothing found, and to 未检查 when a code says the entity could not be inspected', () => {
    const t = drawnTaskOfThreeItems(2);
    const [a, b] = t.rows;
    setResults(t.db, { taskId: t.taskId, entityIds: [a!.entityId], result: { codes: ['1'], inspectedOn: '2026-12-01' } }, TODAY);
    setResults(t.db, { taskId: t.taskId, entityIds: [b!.entityId], result: { codes: ['6'], inspectedOn: '2026-12-01' } }, TODAY);
    const [ra, rb] = taskResults(t.db, t.taskId).map((r) => r.result!);
    expect(ra!.itemFindings).toEqual(t.items.map((i) => ({ itemId: i.id, checked: true, problem: '', handling: '' })));
    expect(rb!.itemFindings.map((f) => f.checked)).toEqual([false, false, false]);
  });

  it('are stored as entered, in the task order, and kept when a later change leaves them out', () => {
    const t = drawnTaskOfThreeItems(1);
    const [a] = t.rows;
    const [i1, i2, i3] = t.items;
    const findings = [
      { itemId: i3!.id, checked: false },
      { itemId: i1!.id, checked: true, problem: '未公示年报', handling: '责令限期改正' },
    ];
    setResults(t.db, { taskId: t.taskId, entityIds: [a!.entityId], result: { codes: ['4'], itemFindings: findings } }, TODAY);
    setResults(t.db, { taskId: t.taskId, entityIds: [a!.entityId], result: { codes: ['4', 'A'], notes: '复查' } }, TODAY);
    expect(taskResults(t.db, t.taskId)[0]!.result!.itemFindings).toEqual([
      { itemId: i1!.id, checked: true, problem: '未公示年报', handling: '责令限期改正' },
      { itemId: i2!.id, checked: true, problem: '', handling: '' },
      { itemId: i3!.id, checked: false, problem: '', handling: '' },
    ]);
  });

  it('refuses a problem beside “1 未发现问题”, a problem on an item not checked, and an item of another task, naming the item', () => {
    const t = drawnTaskOfThreeItems(1);
    const [a] = t.rows;
    const [i1, i2] = t.items;
    const set = (codes: string[], itemFindings: { itemId: number; checked: boolean; problem?: string; handling?: string }[]) => () =>
      setResults(t.db, { taskId: t.taskId, entityIds: [a!.entityId], result: { codes, itemFindings } }, TODAY);
    const beside1 = refusal(set(['1'], [{ itemId: i2!.id, checked: true, problem: '台账缺失' }]));
    expect(beside1.fields).toEqual({ [`itemFindings.${i2!.id}`]: `检查事项“${i2!.name}”发现了问题，检查结果不能是“1 未发现问题”` });
    const unchecked = refusal(set(['4'], [{ itemId: i1!.id, checked: false, handling: '已整改' }]));
    expect(unchecked.fields[`itemFindings.${i1!.id}`]).toBe(`检查事项“${i1!.name}”未检查，不能填写发现问题或处置情况`);
    const foreign = refusal(set(['4'], [{ itemId: 999, checked: true }]));
    expect(foreign.message).toContain('检查事项（编号 999）不是本任务的抽查事项');
    const twice = refusal(
      set(
        ['4'],
        [
          { itemId: i1!.id, checked: true },
          { itemId: i1!.id, checked: false },
        ],
      ),
    );
    expect(twice.message).toContain(`检查事项“${i1!.name}”填了两次`);
    expect(taskResults(t.db, t.taskId)[0]!.result).toBeNull();
  });

  it('refuses text over 500 characters in Chinese, naming the field and its limit', () => {
    const t = drawnTaskOfThreeItems(1);
    const long = refusal(() =>
      setResults(
        t.db,
        {
          taskId: t.taskId,
          entityIds: [t.rows[0]!.entityId],
          result: { codes: ['4'], itemFindings: [{ itemId: t.items[0]!.id, checked: true, problem: '问'.repeat(501) }] },
        },
        TODAY,
      ),
    );
    expect(long.message).toContain('每个检查事项的发现问题不能超过 500 字');
  });
});
