import { api, files } from '../api/client.ts';
import type { DrawRecord, Task } from '../tasks/task-types.ts';

const JSON_FILE = { name: 'JSON 文件', extensions: ['json'] };

/**
 * 导出核验包: everything an outsider needs to re-derive the draw (ALGORITHM.md §8) as one JSON
 * file. Resolves the record hash it carries, or null when the clerk cancels.
 */
export async function exportPackage(draw: DrawRecord, task: Task): Promise<string | null> {
  const path = await files.pickSave({
    title: '导出核验包',
    defaultName: `核验包 ${task.code} 抽取记录#${draw.id}.json`,
    filters: [JSON_FILE],
  });
  if (!path) return null;
  const result = await api.run('draws:export', { id: draw.id, path });
  await files.deliver(result.path);
  return result.hash;
}
