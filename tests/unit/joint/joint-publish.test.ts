import { describe, expect, it } from 'vitest';
import { correctPublication, publish } from '../../../electron/core/publication/publication-act.ts';
import { listPublications, publicationReadiness } from '../../../electron/core/publication/publication-read.ts';
import { verifyPublications } from '../../../electron/core/publication/publication-verify.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { drawnJointTask, reviewDepartment, TODAY } from '../publication/joint-publication-fixture.ts';

describe('each department publishes its own results of a joint task (谁检查、谁公开)', () => {
  it('two departments publish their own parts: their own items, their name as 检查实施机关, stored under their id', () => {
    const { db, desk, taskId, ids } = drawnJointTask();
    reviewDepartment(db, taskId, desk.safety.id);
    reviewDepartment(db, taskId, desk.health.id);
    const safety = publish(db, { taskId, departmentId: desk.safety.id, date: '2026-12-20' });
    const health = publish(db, { taskId, departmentId: desk.health.id, date: '2026-12-21' });
    expect([safety.departmentId, health.departmentId]).toEqual([desk.safety.id, desk.health.id]);
    expect(safety.content.agency).toBe('县应急管理局');
    expect(safety.content.rows.map((r) => r.entityId)).toEqual(ids);
    expect(safety.content.rows[0]!.agency).toBe('县应急管理局');
    // Only its own item: 应急's row names its one item, never 本局's or 卫健's.
    expect(safety.content.rows[0]!.items).toEqual([
      { item: '危险化学品经营安全检查', result: '发现问题：危险化学品未分类存放', handling: '责令当场改正' },
    ]);
    expect(health.content.rows.every((r) => r.items.length === 1 && r.items[0]!.item === '公共场所卫生检查')).toBe(true);
    expect(health.content.rows[0]!.agency).toBe('县卫生健康局');
    // 已公示 per (entity, department): 应急 and 卫健 published, 本局 not yet, so the task is not yet 已公示.
    expect(publicationReadiness(db, taskId, desk.safety.id).published).toBe(ids.length);
    expect(publicationReadiness(db, taskId, 1).published).toBe(0);
    expect(publicationReadiness(db, taskId).published).toBe(0);
    expect(taskResults(db, taskId, desk.health.id)[0]!.result?.publishedOn).toBe('2026-12-21');
    expect(taskResults(db, taskId, 1)[0]!.result?.publishedOn).toBeNull();
    expect(getTask(db, taskId).publishedOn).toBeNull();
    expect(listPublications(db, taskId, desk.health.id).map((p) => p.id)).toEqual([health.id]);
    // 本局 publishes its own last: its name as printed (the 单位名称), and the task is complete.
    reviewDepartment(db, taskId, 1);
    const own = publish(db, { taskId, departmentId: 1, date: '2026-12-22' });
    expect(own.content.agency).toBe('大同县市场和质量监督管理局');
    expect(own.content.rows[0]!.items.map((i) => i.item)).toEqual(
      getTask(db, taskId)
        .items.slice(0, 2)
        .map((i) => i.name),
    );
    expect(publicationReadiness(db, taskId).published).toBe(ids.length);
    expect(getTask(db, taskId).publishedOn).toBe('2026-12-22');
    expect(verifyPublications(db).problems).toEqual([]);
  });

  it("refuses a department's 公示 while its results are unreviewed, naming them, while the other's goes through", () => {
    const { db, desk, taskId, task, ids } = drawnJointTask();
    reviewDepartment(db, taskId, desk.health.id);
    reviewDepartment(db, taskId, desk.safety.id, ids.slice(1));
    const first = taskResults(db, taskId)[0]!;
    expect(() => publish(db, { taskId, departmentId: desk.safety.id, date: '2026-12-20' })).toThrow(
      `县应急管理局在任务 ${task.code} 中还有 1 户的检查结果未审核，不能公示：${first.name}（${first.code}）。可先对已审核的 2 户分批公示，其余审核后再公示。`,
    );
    expect(publish(db, { taskId, departmentId: desk.health.id, date: '2026-12-20' }).count).toBe(ids.length);
    // A joint task's 公示 names its department; one outside the task is refused by name.
    expect(() => publish(db, { taskId, date: '2026-12-20' })).toThrow('联合抽查的检查结果按部门公示，请选择部门');
    expect(() => publish(db, { taskId, departmentId: 99, date: '2026-12-20' })).toThrow();
  });

  it("更正 per department: a 更正公示 of 卫健 leaves 应急's publication and 已公示 intact", () => {
    const { db, desk, taskId, ids } = drawnJointTask();
    reviewDepartment(db, taskId, desk.safety.id);
    reviewDepartment(db, taskId, desk.health.id);
    const safety = publish(db, { taskId, departmentId: desk.safety.id, date: '2026-12-20' });
    const health = publish(db, { taskId, departmentId: desk.health.id, date: '2026-12-20' });
    setResults(
      db,
      {
        taskId,
        departmentId: desk.health.id,
        entityIds: [ids[1]!],
        result: {
          codes: ['5', 'E'],
          inspectedOn: '2026-12-03',
          itemFindings: [{ itemId: desk.healthItem, checked: true, problem: '从业人员无健康证明', handling: '责令限期改正' }],
        },
        correctionReason: '复核发现漏记问题',
      },
      TODAY,
    );
    // 应急 has nothing to correct: its publication and its rows stand.
    expect(publicationReadiness(db, taskId, desk.safety.id).corrections).toEqual([]);
    expect(publicationReadiness(db, taskId, desk.health.id).corrections.map((c) => c.entityId)).toEqual([ids[1]]);
    expect(() => correctPublication(db, { taskId, departmentId: desk.safety.id, entityIds: [ids[1]!], date: '2026-12-28' })).toThrow(
      /与已公示的内容相同，无需更正/,
    );
    reviewDepartment(db, taskId, desk.health.id, [ids[1]!]);
    const corrected = correctPublication(db, { taskId, departmentId: desk.health.id, entityIds: [ids[1]!], date: '2026-12-28' });
    expect(corrected.departmentId).toBe(desk.health.id);
    expect(corrected.content.correction?.correctsId).toBe(health.id);
    expect(corrected.content.correction?.reason).toBe('复核发现漏记问题');
    expect(corrected.content.correction?.changes.map((c) => c.field)).toContain('公共场所卫生检查：检查结果');
    expect(listPublications(db, taskId, desk.safety.id).map((p) => p.id)).toEqual([safety.id]);
    expect(taskResults(db, taskId, desk.safety.id)[1]!.result?.publishedOn).toBe('2026-12-20');
    expect(taskResults(db, taskId, desk.health.id)[1]!.result?.publishedOn).toBe('2026-12-28');
    expect(verifyPublications(db).problems).toEqual([]);
  });
});
