import type { Db } from '../../db/connection.ts';
import { getDraw } from '../../draw/draw-read.ts';
import { AppError } from '../../errors.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { getTask } from '../../tasks/task-service.ts';
import type { Task } from '../../tasks/task-schema.ts';
import { issueDocNumbers } from './doc-number.ts';
import { taskMaterials } from './task-materials.ts';
import { documentTask, type DocumentTask } from './document-task.ts';
import { jointDepartments, teamByDepartment } from './joint-data.ts';

/** Everything one 检查通知书 prints. */
export interface NoticeData {
  taskId: number;
  entityId: number;
  docNumber: string;
  /** 成文日期, YYYY-MM-DD. */
  issuedOn: string;
  bureauName: string;
  contactName: string;
  contactPhone: string;
  task: DocumentTask;
  entity: { name: string; code: string; address: string; legalRep: string };
  items: string[];
  methods: string[];
  materials: string[];
  /** The current team, 递补 included; in a joint notice by department, the lead's first. */
  inspectors: { name: string; certNo: string; department?: string }[];
  /** Set only for a 部门联合抽查: the departments that issue the notice together, the lead first. */
  joint?: NoticeJoint;
}

/** What a joint notice prints per department: its name (heading, seal line), its items, its contact. */
export interface NoticeJoint {
  departments: { name: string; shortName: string; items: string[]; contactName: string; contactPhone: string }[];
}

/** The items' 检查方式, each method once ("现场检查\n书面检查" and "现场检查、抽样检验" → three). */
export function methodsOf(methodTexts: readonly string[]): string[] {
  const all = methodTexts.flatMap((m) => m.split(/[\n、,，;；/]+/)).map((m) => m.trim().replace(/[。.]$/, ''));
  return [...new Set(all.filter(Boolean))];
}

function taskItems(db: Db, task: Task): { name: string; method: string }[] {
  const get = db.prepare('SELECT name, method FROM items WHERE id = ?');
  return task.items.map((i) => get.get(i.id) as { name: string; method: string });
}

/** The live draw of a task, or a Chinese refusal naming the task. */
export function liveDrawOf(db: Db, task: Task, what: string) {
  if (task.liveDrawId === null) throw new AppError(`任务 ${task.code} 还没有有效的抽取结果，无法生成${what}。请先抽取。`);
  return getDraw(db, task.liveDrawId);
}

/** What one 检查通知书 prints before it has a 文号: gathered by reading only. */
export type NoticeDraft = Omit<NoticeData, 'docNumber' | 'issuedOn'>;

/**
 * The notices of a task's drawn entities (all, or `entityIds`), in draw order, without 文号.
 * Reads only: nothing is numbered until `issueNoticeNumbers`.
 */
export function gatherNoticeDrafts(db: Db, resourcesDir: string, taskId: number, entityIds?: readonly number[]): NoticeDraft[] {
  const task = getTask(db, taskId);
  const draw = liveDrawOf(db, task, '检查通知书');
  const wanted = entityIds ? new Set(entityIds) : null;
  const entities = wanted ? draw.selected.filter((e) => wanted.has(e.entityId)) : draw.selected;
  if (wanted && entities.length < wanted.size) throw new AppError(`所选检查对象不在任务 ${task.code} 的抽取结果中。`);
  const settings = getSettings(db);
  const items = taskItems(db, task);
  const materials = taskMaterials(db, resourcesDir, taskId).list;
  const departments = jointDepartments(db, task);
  return entities.map((e) => ({
    taskId,
    entityId: e.entityId,
    bureauName: settings.bureauName,
    contactName: settings.contactName,
    contactPhone: settings.contactPhone,
    task: documentTask(task),
    entity: { name: e.name, code: e.code, address: e.address, legalRep: e.legalRep },
    items: items.map((i) => i.name),
    methods: methodsOf(items.map((i) => i.method)),
    materials,
    inspectors: e.inspectors.map((i) => ({ name: i.name, certNo: i.certNo })),
    ...(departments && {
      inspectors: teamByDepartment(departments, e.inspectors).flatMap((g) =>
        g.members.map((i) => ({ name: i.name, certNo: i.certNo, department: g.department.name })),
      ),
      joint: {
        departments: departments.map(({ name, shortName, items, contactName, contactPhone }) => ({
          name,
          shortName,
          items,
          contactName,
          contactPhone,
        })),
      },
    }),
  }));
}

/**
 * Writes: hands out the 文号 of `drafts` (one task's) in their order and records them. An entity
 * that had a notice keeps its 文号 and date; the others are numbered now, dated `issuedOn`.
 */
export function issueNoticeNumbers(db: Db, drafts: readonly NoticeDraft[], issuedOn: string): NoticeData[] {
  const taskId = drafts[0]?.taskId;
  if (taskId === undefined) return [];
  const { docPrefix } = getSettings(db);
  const numbers = issueDocNumbers(db, { type: 'notice', taskId, entityIds: drafts.map((d) => d.entityId), prefix: docPrefix, issuedOn });
  return drafts.map((d) => {
    const issued = numbers.get(d.entityId)!;
    return { ...d, docNumber: issued.number, issuedOn: issued.issuedOn };
  });
}
