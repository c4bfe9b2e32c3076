import type { Db } from '../../../electron/core/db/connection.ts';
import { saveDepartment } from '../../../electron/core/departments/department-service.ts';
import type { TaskInput } from '../../../electron/core/tasks/task-schema.ts';
import { makeTask, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';

/** An item of another department's own list (its 实施部门), appended to the item list. */
export function addDepartmentItem(db: Db, departmentId: number, name: string): number {
  const seq = ((db.prepare('SELECT max(seq) FROM items').pluck().get() as number | null) ?? 0) + 1;
  return Number(
    db.prepare("INSERT INTO items (seq, name, category, department_id) VALUES (?, ?, '其它行政执法事项', ?)").run(seq, name, departmentId)
      .lastInsertRowid,
  );
}

/**
 * A desk for a 部门联合抽查: 本局 and two departments (县应急管理局 with one item and 4 inspectors,
 * 县卫生健康局 with one item and 3), 本局's 8 inspectors and 30 entities. Returns what tests need.
 */
export function jointDesk(db: Db) {
  const codes = seedEntities(db, 30);
  const own = seedInspectors(db, 8);
  const safety = saveDepartment(db, { name: '县应急管理局', shortName: '县应急局', contact: '王应急', phone: '0352-1111111' });
  const health = saveDepartment(db, { name: '县卫生健康局', shortName: '县卫健局', contact: '赵卫健', phone: '0352-2222222' });
  const safetyItem = addDepartmentItem(db, safety.id, '危险化学品经营安全检查');
  const healthItem = addDepartmentItem(db, health.id, '公共场所卫生检查');
  const safetyCerts = seedInspectors(db, 4, (i) => ({
    name: `应急员${i}`,
    cert: `YJ${String(i).padStart(4, '0')}`,
    unit: '县应急管理局执法队',
  }));
  const healthCerts = seedInspectors(db, 3, (i) => ({
    name: `卫健员${i}`,
    cert: `WJ${String(i).padStart(4, '0')}`,
    unit: '县卫生健康局监督所',
  }));
  db.prepare("UPDATE inspectors SET department_id = ? WHERE cert_no LIKE 'YJ%'").run(safety.id);
  db.prepare("UPDATE inspectors SET department_id = ? WHERE cert_no LIKE 'WJ%'").run(health.id);
  return { codes, own, safety, health, safetyItem, healthItem, safetyCerts, healthCerts };
}

/** A joint task led by 本局 (items 1 and 2, 2 per entity) with both departments (1 each). */
export function makeJointTask(db: Db, desk: ReturnType<typeof jointDesk>, task: Partial<TaskInput> = {}) {
  const departments = [
    { departmentId: 1, itemIds: [1, 2], perEntity: 2 },
    { departmentId: desk.safety.id, itemIds: [desk.safetyItem], perEntity: 1 },
    { departmentId: desk.health.id, itemIds: [desk.healthItem], perEntity: 1 },
  ];
  return makeTask(db, {
    name: '2026年度餐饮场所部门联合抽查',
    joint: true,
    departments,
    itemIds: departments.flatMap((d) => d.itemIds),
    ...task,
  });
}
