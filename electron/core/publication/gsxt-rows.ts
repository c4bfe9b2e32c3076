import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { codeLabel } from '../entities/uscc.ts';
import { listResultCodes } from '../results/result-codes.ts';
import type { ItemFinding, StoredResult } from '../results/result-schema.ts';
import { taskResults } from '../results/result-service.ts';
import { getSettings } from '../settings/settings-service.ts';
import { assignNationalCodes } from '../tasks/national-code.ts';
import type { Task, TaskFilters } from '../tasks/task-schema.ts';
import { getTask } from '../tasks/task-service.ts';

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

export type GsxtRow = Record<(typeof GSXT_HEADERS)[number], string>;

/** What the export found: its rows and how many drawn entities were left out as not yet 已公示. */
export interface GsxtRows {
  task: Task;
  rows: GsxtRow[];
  entities: number;
  leftOut: number;
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

type Published = { code: string; name: string; result: StoredResult; publishedOn: string };

/**
 * The rows of a task's published results: one per entity and 检查事项, in draw order and the
 * task's item order. Gives the task (and its plan) their 公示系统编号 first where they have none.
 */
export function gsxtRows(db: Db, taskId: number, actor = ''): GsxtRows {
  const task = getTask(db, taskId);
  const drawn = taskResults(db, taskId);
  // 已公示: named in a stored 公示, or entered in a task marked 已公示 before 公示 were stored
  // (migration 0010), as the statistics count it.
  const published = drawn.flatMap((r): Published[] => {
    const on = r.result ? (r.result.publishedOn ?? task.publishedOn) : null;
    return r.result && on ? [{ code: r.code, name: r.name, result: r.result, publishedOn: on }] : [];
  });
  if (published.length === 0) {
    throw new AppError(
      drawn.length === 0
        ? `任务 ${task.code} 还没有抽取结果，没有可导出的内容。`
        : `任务 ${task.code} 还没有已公示的检查结果：公示系统表只导出已公示的结果，请先生成公示。`,
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
    抽查机关: getSettings(db).bureauName,
    抽查完成日期: finished,
  };
  const rows = published.flatMap(({ code, name, result, publishedOn }) => {
    const regNo = codeLabel(code) === '注册号';
    const codes = result.codes.map((c) => `${c} ${labels.get(c) ?? ''}`.trim()).join('；');
    return result.itemFindings.map((f): GsxtRow => ({
      ...shared,
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
  return { task, rows, entities: published.length, leftOut: drawn.length - published.length };
}
