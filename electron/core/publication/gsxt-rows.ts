import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { codeLabel } from '../entities/uscc.ts';
import { listResultCodes } from '../results/result-codes.ts';
import type { ItemFinding, StoredResult } from '../results/result-schema.ts';
import { assignNationalCodes } from '../tasks/national-code.ts';
import type { Task, TaskFilters } from '../tasks/task-schema.ts';
import { getTask } from '../tasks/task-service.ts';
import { publicationScope, scopeResults, taskScopes, type PublicationScope } from './publication-scope.ts';

/**
 * The columns of the sheet for 国家企业信用信息公示系统, in the public fields' order (DOMAIN.md);
 * the last four are the bureau's own, after the public ones, so a clerk can cut them off.
 */
export const GSXT_HEADERS = [
  '抽查计划编号',
  '抽查计划名称',
  '抽查任务编号',
  '抽查任务名称',
  '抽查类型',
  '抽查机关',
  '抽查完成日期',
  '统一社会信用代码',
  '注册号',
  '名称',
  '检查事项',
  '检查结果',
  '发现问题',
  '处置情况',
  '结果代码',
  '公示日期',
] as const;

/**
 * 任务类型 as the provincial platforms mark a task (本部门 / 跨部门). The national 抽查类型 stays
 * 定向 / 不定向 (DOMAIN.md's public fields); a joint task's sheet adds this column after it, so a
 * single-department task's sheet keeps the columns it always had.
 */
export const TASK_KIND_HEADER = '任务类型';
export const JOINT_TASK_KIND = '跨部门';

export type GsxtHeader = (typeof GSXT_HEADERS)[number] | typeof TASK_KIND_HEADER;
export type GsxtRow = Record<(typeof GSXT_HEADERS)[number], string> & { [TASK_KIND_HEADER]?: string };

/**
 * What the export found: its columns, its rows, the entities in it and how many results were left
 * out as not yet 已公示 (drawn entities; in a joint task, one per entity and department).
 */
export interface GsxtRows {
  task: Task;
  headers: readonly GsxtHeader[];
  rows: GsxtRow[];
  entities: number;
  leftOut: number;
}

/** The sheet's columns: a joint task's with 任务类型 after 抽查类型. */
export function gsxtHeaders(joint: boolean): readonly GsxtHeader[] {
  if (!joint) return GSXT_HEADERS;
  const at = GSXT_HEADERS.indexOf('抽查类型') + 1;
  return [...GSXT_HEADERS.slice(0, at), TASK_KIND_HEADER, ...GSXT_HEADERS.slice(at)];
}

/** 定向 when any condition narrowed the roster before the draw; 不定向 when the whole roster was drawn from. */
export function samplingType(filters: TaskFilters): '定向' | '不定向' {
  return Object.values(filters).some((list) => list.length > 0) ? '定向' : '不定向';
}

/** 检查结果 of one 检查事项: a closed word an upload can check, the texts in their own columns. */
function itemResult(f: ItemFinding): string {
  if (!f.checked) return '未检查';
  return f.problem ? '发现问题' : '未发现问题';
}

type Published = { entityId: number; code: string; name: string; result: StoredResult; publishedOn: string; agency: string };

/**
 * One department's published results (本局's in a single-department task). 已公示: named in a
 * stored 公示 of that department, or entered in a task marked 已公示 before 公示 were stored
 * (migration 0010), as the statistics count it.
 */
function publishedOf(db: Db, task: Task, scope: PublicationScope): { drawn: number; published: Published[] } {
  const drawn = scopeResults(db, scope);
  const published = drawn.flatMap((r): Published[] => {
    const on = r.result ? (r.result.publishedOn ?? (scope.joint ? null : task.publishedOn)) : null;
    return r.result && on
      ? [{ entityId: r.entityId, code: r.code, name: r.name, result: r.result, publishedOn: on, agency: scope.agency }]
      : [];
  });
  return { drawn: drawn.length, published };
}

/**
 * The rows of a task's published results: one per entity and 检查事项, in draw order and the
 * task's item order, 抽查机关 the department that inspected the item ("谁检查、谁公开"). A joint
 * task's sheet holds every department's published results, or one department's when given.
 * Gives the task (and its plan) their 公示系统编号 first where they have none.
 */
export function gsxtRows(db: Db, taskId: number, actor = '', departmentId?: number): GsxtRows {
  const task = getTask(db, taskId);
  const scopes = departmentId === undefined ? taskScopes(db, task) : [publicationScope(db, task, departmentId)];
  const parts = scopes.map((scope) => publishedOf(db, task, scope));
  const drawn = parts.reduce((sum, p) => sum + p.drawn, 0);
  // Draw order first, then the departments lead first: an entity's rows stay together.
  const order = new Map(scopeResults(db, scopes[0]!).map((r, i) => [r.entityId, i]));
  const published = parts
    .flatMap((p, d) => p.published.map((r) => ({ ...r, d })))
    .sort((a, b) => order.get(a.entityId)! - order.get(b.entityId)! || a.d - b.d);
  if (published.length === 0) {
    const whose = task.joint && departmentId !== undefined ? `${scopes[0]!.agency}在任务 ${task.code} 中` : `任务 ${task.code} `;
    throw new AppError(
      drawn === 0
        ? `任务 ${task.code} 还没有抽取结果，没有可导出的内容。`
        : `${whose}还没有已公示的检查结果：公示系统表只导出已公示的结果，请先生成公示。`,
    );
  }
  const numbers = assignNationalCodes(db, taskId, actor);
  const labels = new Map(listResultCodes(db).map((c) => [c.code, c.label]));
  const itemNames = new Map(task.items.map((i) => [i.id, i.name]));
  const finished = published.map((r) => r.result.inspectedOn ?? '').reduce((a, b) => (a > b ? a : b), '');
  const shared = {
    抽查计划编号: numbers.plan?.nationalCode ?? '',
    抽查计划名称: numbers.plan?.name ?? '',
    抽查任务编号: numbers.task.nationalCode ?? '',
    抽查任务名称: task.name,
    抽查类型: samplingType(task.filters),
    ...(task.joint ? { [TASK_KIND_HEADER]: JOINT_TASK_KIND } : {}),
    抽查完成日期: finished,
  };
  const rows = published.flatMap(({ code, name, result, publishedOn, agency }) => {
    const regNo = codeLabel(code) === '注册号';
    const codes = result.codes.map((c) => `${c} ${labels.get(c) ?? ''}`.trim()).join('；');
    return result.itemFindings.map((f): GsxtRow => ({
      ...shared,
      抽查机关: agency,
      统一社会信用代码: regNo ? '' : code,
      注册号: regNo ? code : '',
      名称: name,
      检查事项: itemNames.get(f.itemId) ?? '',
      检查结果: itemResult(f),
      发现问题: f.problem,
      处置情况: f.handling,
      结果代码: codes,
      公示日期: publishedOn,
    }));
  });
  return {
    task,
    headers: gsxtHeaders(task.joint),
    rows,
    entities: new Set(published.map((r) => r.entityId)).size,
    leftOut: drawn - published.length,
  };
}
