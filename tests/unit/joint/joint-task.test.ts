import { describe, expect, it } from 'vitest';
import { findDepartmentId, listDepartments, saveDepartment } from '../../../electron/core/departments/department-service.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask } from '../draw/draw-fixtures.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';
import { addDepartmentItem, jointDesk, makeJointTask } from './joint-fixtures.ts';

describe('departments and joint tasks', () => {
  it('lists 本局 first under the 单位名称, then the others; names and 简称 are unique; 本局 is found by any of its names', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    expect(listDepartments(db).map((d) => [d.name, d.shortName, d.isOwn])).toEqual([
      ['大同县市场和质量监督管理局', '大同县市场和质量监督管理局', true],
      ['县应急管理局', '县应急局', false],
      ['县卫生健康局', '县卫健局', false],
    ]);
    expect(fieldsOf(() => saveDepartment(db, { name: '县应急管理局' }))?.name).toBe('部门名单中已有“县应急管理局”');
    expect(fieldsOf(() => saveDepartment(db, { name: '另一个局', shortName: '县卫健局' }))?.name).toBe('部门名单中已有“县卫生健康局”');
    expect(findDepartmentId(db, '本局')).toBe(1);
    expect(findDepartmentId(db, '大同县市场和质量监督管理局')).toBe(1);
    expect(findDepartmentId(db, '县应急局')).toBe(desk.safety.id);
    expect(() => findDepartmentId(db, '县消防救援大队', '参与部门')).toThrow(/参与部门“县消防救援大队”不在部门名单中/);
    expect(() => saveDepartment(db, { id: 1, name: '本局', retired: true })).toThrow('本局不能停用。');
    const actions = db.prepare("SELECT action, subject FROM audit_log WHERE action LIKE '%部门'").all();
    expect(actions).toEqual([
      { action: '添加部门', subject: '县应急管理局' },
      { action: '添加部门', subject: '县卫生健康局' },
    ]);
  });

  it('stores a joint task: the lead first, each department with its items and k; items and team size follow', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    const task = makeJointTask(db, desk);
    expect(task.joint).toBe(true);
    expect(task.inspectorsPerEntity).toBe(4);
    expect(task.departments.map((d) => [d.name, d.role, d.perEntity, d.itemIds])).toEqual([
      ['大同县市场和质量监督管理局', '牵头', 2, [1, 2]],
      ['县应急管理局', '参与', 1, [desk.safetyItem]],
      ['县卫生健康局', '参与', 1, [desk.healthItem]],
    ]);
    expect(getTask(db, task.id).items.find((i) => i.id === desk.healthItem)?.departmentId).toBe(desk.health.id);
    // A single-department task is as before.
    expect(makeTask(db).departments).toEqual([]);
  });

  it('refuses a joint task without a participant, with an item twice or of another department, or with a team of one', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    const lead = { departmentId: 1, itemIds: [1], perEntity: 1 };
    expect(fieldsOf(() => makeTask(db, { joint: true, departments: [lead] }))?.departments).toBe(
      '部门联合抽查须有牵头部门和至少一个参与部门',
    );
    expect(
      fieldsOf(() => makeTask(db, { joint: true, departments: [lead, { departmentId: desk.safety.id, itemIds: [1], perEntity: 1 }] }))
        ?.departments,
    ).toBe('同一抽查事项只能由一个部门检查');
    expect(() => makeTask(db, { joint: true, departments: [lead, { departmentId: desk.safety.id, itemIds: [2], perEntity: 1 }] })).toThrow(
      new AppError(
        '抽查事项“' +
          (db.prepare('SELECT name FROM items WHERE id = 2').pluck().get() as string) +
          '”的实施部门是大同县市场和质量监督管理局，不能分给县应急管理局检查。',
      ),
    );
    const other = addDepartmentItem(db, desk.safety.id, '烟花爆竹经营安全检查');
    expect(
      fieldsOf(() =>
        makeTask(db, {
          joint: true,
          departments: [
            { departmentId: 1, itemIds: [1], perEntity: 1 },
            { departmentId: desk.safety.id, itemIds: [other], perEntity: 0 },
          ],
        }),
      )?.['departments.1.perEntity'] ?? '',
    ).toMatch(/每个部门每户至少派 1 名执法人员/);
    expect(fieldsOf(() => makeTask(db, { departments: [lead] }))?.departments).toBe('只有部门联合抽查才按部门分配抽查事项');
  });
});
