import { api, files } from '../api/client.ts';
import type { DrawRecord, Task } from '../tasks/task-types.ts';

const CSV = { name: 'CSV 文件', extensions: ['csv'] };

/**
 * 导出候选名单: the draw's frozen pool as CSV, in canonical order, for anyone who wants to re-run
 * the draw. Resolves the number of rows, or null when the clerk cancels.
 */
export async function exportPool(draw: DrawRecord, task: Task): Promise<number | null> {
  const path = await files.pickSave({ title: '导出候选名单', defaultName: `候选名单-${task.code}-抽取记录${draw.id}.csv`, filters: [CSV] });
  if (!path) return null;
  const result = await api.run('draws:exportPool', { id: draw.id, path });
  await files.deliver(result.path);
  return result.count;
}
