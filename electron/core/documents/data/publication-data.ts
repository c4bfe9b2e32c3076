import type { Db } from '../../db/connection.ts';
import { listResultCodes } from '../../results/result-codes.ts';
import { taskResults } from '../../results/result-service.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { getTask } from '../../tasks/task-service.ts';
import { liveDrawOf } from './notice-data.ts';
import { documentTask, type DocumentTask } from './document-task.ts';

/** One line of a 抽查结果公示. */
export interface PublicationLine {
  position: number;
  name: string;
  code: string;
  items: string;
  /** 检查实施机关. */
  agency: string;
  /** 检查日期, YYYY-MM-DD, or null before the result is entered. */
  inspectedOn: string | null;
  /** The result codes by their names: 未发现问题; 发现问题经责令已改正 … */
  result: string;
}

/** What a task's 抽查结果公示 prints. Never the 信用风险分类: it is not public. */
export interface PublicationData {
  bureauName: string;
  contactName: string;
  contactPhone: string;
  task: DocumentTask;
  /** 公示日期, YYYY-MM-DD. */
  date: string;
  lines: PublicationLine[];
}

/** Shown where a drawn entity has no result yet, so an early 公示 draft cannot pass for final. */
export const NO_RESULT = '尚未录入';

/** A task's results as published: one line per drawn entity, in draw order. */
export function gatherPublication(db: Db, taskId: number, date: string): PublicationData {
  const task = getTask(db, taskId);
  liveDrawOf(db, task, '抽查结果公示');
  const settings = getSettings(db);
  const labels = new Map(listResultCodes(db).map((c) => [c.code, c.label]));
  const items = task.items.map((i) => i.name).join('；');
  const lines = taskResults(db, taskId).map((r): PublicationLine => ({
    position: r.position,
    name: r.name,
    code: r.code,
    items,
    agency: settings.bureauName,
    inspectedOn: r.result?.inspectedOn ?? null,
    result: r.result ? r.result.codes.map((c) => labels.get(c) ?? c).join('；') : NO_RESULT,
  }));
  return {
    bureauName: settings.bureauName,
    contactName: settings.contactName,
    contactPhone: settings.contactPhone,
    task: documentTask(task),
    date: task.publishedOn ?? date,
    lines,
  };
}
