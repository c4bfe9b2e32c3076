import type { Db } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import { getTask } from '../../tasks/task-service.ts';
import { paragraphsOf } from '../templates/template-format.ts';
import { loadTemplate } from '../templates/template-store.ts';

/** 需要准备的资料 of one task's notices: the task's own list, or the default list. */
export interface TaskMaterials {
  taskId: number;
  list: string[];
  /** True when the list was edited for this task. */
  custom: boolean;
}

export const MAX_MATERIALS = 20;
const MAX_ENTRY = 200;

// The notice numbers the list itself, so numbers a clerk typed ("1.", "（2）", "3、") are dropped.
function cleanEntry(line: string): string {
  return line.replace(/^\s*(?:\d+\s*[.．、]|[（(]\d+[)）])\s*/, '').trim();
}

/** The entries of a list written one per line, without the numbers a clerk may have typed. */
export function materialsFromText(text: string | undefined): string[] {
  return paragraphsOf(text).map(cleanEntry).filter(Boolean);
}

/** The default list, from the "materials" template. */
export function defaultMaterials(db: Db, resourcesDir: string): string[] {
  return materialsFromText(loadTemplate(db, resourcesDir, 'materials').list);
}

/** The list a task's notices print. */
export function taskMaterials(db: Db, resourcesDir: string, taskId: number): TaskMaterials {
  getTask(db, taskId);
  const stored = db.prepare('SELECT list FROM task_materials WHERE task_id = ?').pluck().get(taskId) as string | undefined;
  if (stored !== undefined) return { taskId, list: JSON.parse(stored) as string[], custom: true };
  return { taskId, list: defaultMaterials(db, resourcesDir), custom: false };
}

/** Saves a task's own list (one entry per line, numbers dropped); null goes back to the default list. */
export function saveTaskMaterials(db: Db, resourcesDir: string, taskId: number, list: readonly string[] | null): TaskMaterials {
  getTask(db, taskId);
  if (list === null) {
    db.prepare('DELETE FROM task_materials WHERE task_id = ?').run(taskId);
    return taskMaterials(db, resourcesDir, taskId);
  }
  const entries = list
    .flatMap((l) => l.split(/\r?\n/))
    .map(cleanEntry)
    .filter(Boolean);
  if (entries.length > MAX_MATERIALS)
    throw new AppError(`需要准备的资料最多 ${MAX_MATERIALS} 项，现有 ${entries.length} 项，请合并后再保存。`);
  const long = entries.findIndex((e) => e.length > MAX_ENTRY);
  if (long >= 0) throw new AppError(`需要准备的资料第 ${long + 1} 项超过 ${MAX_ENTRY} 字，请缩短后再保存。`);
  db.prepare(
    `INSERT INTO task_materials (task_id, list) VALUES (?, ?)
     ON CONFLICT (task_id) DO UPDATE SET list = excluded.list, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(taskId, JSON.stringify(entries));
  return { taskId, list: entries, custom: true };
}
