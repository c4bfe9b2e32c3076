import type { Db } from '../db/connection.ts';
import { getDepartment } from '../departments/department-service.ts';
import { OWN_DEPARTMENT_ID, type Department } from '../departments/department-schema.ts';
import { getDraw } from '../draw/draw-read.ts';
import { AppError } from '../errors.ts';
import { getSettings } from '../settings/settings-service.ts';
import { getTask } from '../tasks/task-service.ts';
import type { Task } from '../tasks/task-schema.ts';

/** One 抽查事项 of the department, as its 清单 line reads. */
export interface ExchangeItem {
  id: number;
  /** Its place in the task (the 序号 the record sheet prints). */
  position: number;
  name: string;
  basis: string;
  content: string;
  method: string;
  category: string;
}

/** One member of the department on one entity's joint team. */
export interface ExchangeMember {
  name: string;
  certNo: string;
  /** 组长 of the joint team (from the lead department). */
  leader: boolean;
}

/** One drawn entity, as the department's inspectors need it at the door. */
export interface ExchangeEntity {
  position: number;
  entityId: number;
  code: string;
  name: string;
  address: string;
  legalRep: string;
  phone: string;
  area: string;
  /** This department's members of the entity's joint team. */
  members: ExchangeMember[];
  /** The joint team's 组长 (name and 执法证号), whoever's department he is from; '' without one. */
  leader: string;
}

/** What a department that does not run this program receives of a joint task. */
export interface ExchangePart {
  task: Task;
  department: Department;
  lead: Department;
  items: ExchangeItem[];
  entities: ExchangeEntity[];
  /** Whom to return the filled file to: 本局, which runs this program and imports it (联系人 of 设置). */
  contact: { name: string; phone: string; unit: string };
}

/**
 * A department's part of a drawn joint task: every drawn entity (each department visits each
 * one: "进一次门、查多项事"), its own members of each team, its own items. Refused for a task that
 * is not joint, a department that is not in it, or a task not drawn yet.
 */
export function exchangePart(db: Db, taskId: number, departmentId: number): ExchangePart {
  const task = getTask(db, taskId);
  if (!task.joint) {
    throw new AppError(`任务 ${task.code}“${task.name}”不是部门联合抽查，没有按部门交换的内容。请用“导出 Excel”导出检查结果表。`);
  }
  const taskDept = task.departments.find((d) => d.departmentId === departmentId);
  const department = getDepartment(db, departmentId);
  if (!taskDept) {
    const names = task.departments.map((d) => d.name).join('、');
    throw new AppError(`${department.name}不是联合抽查任务 ${task.code} 的部门（本任务的部门：${names}）。`);
  }
  if (task.liveDrawId === null) throw new AppError(`任务 ${task.code} 还没有有效的抽取结果，抽取后才能导出给部门。`);
  const leadId = task.departments.find((d) => d.role === '牵头')?.departmentId ?? OWN_DEPARTMENT_ID;
  return {
    task,
    department,
    lead: getDepartment(db, leadId),
    items: departmentItems(db, task, departmentId),
    entities: drawnEntities(db, task.liveDrawId, departmentId),
    contact: contactOf(db),
  };
}

function departmentItems(db: Db, task: Task, departmentId: number): ExchangeItem[] {
  const line = db.prepare('SELECT basis, content, method FROM items WHERE id = ?');
  return task.items.flatMap((item, i) => {
    if ((item.departmentId ?? OWN_DEPARTMENT_ID) !== departmentId) return [];
    const l = line.get(item.id) as { basis: string; content: string; method: string };
    return [{ id: item.id, position: i + 1, name: item.name, category: item.category, ...l }];
  });
}

/** Each drawn member carries the department whose slot he fills (the draw's own record of it). */
function drawnEntities(db: Db, drawId: number, departmentId: number): ExchangeEntity[] {
  const phoneOf = db.prepare('SELECT phone FROM entities WHERE id = ?').pluck();
  return getDraw(db, drawId).selected.map((e) => {
    const leader = e.inspectors.find((m) => m.leader);
    return {
      position: e.position,
      entityId: e.entityId,
      code: e.code,
      name: e.name,
      address: e.address,
      legalRep: e.legalRep,
      phone: (phoneOf.get(e.entityId) as string | undefined) ?? '',
      area: e.area,
      members: e.inspectors
        .filter((m) => m.departmentId === departmentId)
        .map((m) => ({ name: m.name, certNo: m.certNo, leader: m.leader })),
      leader: leader ? `${leader.name}（${leader.certNo}）` : '',
    };
  });
}

function contactOf(db: Db): ExchangePart['contact'] {
  const settings = getSettings(db);
  return { name: settings.contactName, phone: settings.contactPhone, unit: settings.bureauName };
}
