import type { CliSession } from './session.ts';
import type { Task } from './task-ref.ts';

/** The findings as `results set` sends them. */
type Finding = { itemId: number; checked: boolean; problem: string; handling: string };

/** `--item` may be given once per 检查事项; commander collects them. */
export const collectItems = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `--item "1:否"`, `--item "产品质量监督抽查:是:未按规定标注:责令改正"`: an item of the task by its
 * 序号 on the record sheet (1 = the task's first item) or its name, then 是/否, then 发现问题 and 处置情况.
 * Items not named take the defaults (every item 已检查, nothing found). Undefined when none is given.
 * In a joint task only the department's own items count, numbered from 1 as on its part of the sheet.
 */
export function itemFindingsOf(session: CliSession, task: Task, given: string[] | undefined, departmentId?: number): Finding[] | undefined {
  if (!given || given.length === 0) return undefined;
  const items = task.joint ? task.items.filter((i) => (i.departmentId ?? 1) === (departmentId ?? 1)) : task.items;
  const findings: Finding[] = items.map((i) => ({ itemId: i.id, checked: true, problem: '', handling: '' }));
  for (const text of given) {
    const [ref = '', answer = '', problem = '', handling = ''] = text.split(/[:：]/).map((s) => s.trim());
    const index = /^\d+$/.test(ref) ? Number(ref) - 1 : items.findIndex((i) => i.name === ref);
    if (index < 0 || index >= items.length) {
      const whose = task.joint ? `该部门在任务 ${task.code} 中` : `任务 ${task.code} `;
      session.fail(`--item “${text}”：${whose}没有这个检查事项（写序号 1–${items.length} 或事项名称）。`);
    }
    if (!['是', '否'].includes(answer)) session.fail(`--item “${text}”：是否检查请写“是”或“否”，如 --item "1:否"。`);
    findings[index] = { itemId: items[index]!.id, checked: answer === '是', problem, handling };
  }
  return findings;
}
