import { api } from '../api/client.ts';
import { PDF, XLSX, saveDocument } from '../documents/save-document.ts';

/**
 * Saves a stored publication as PDF or Excel (the clerk picks where); the path, or null if cancelled.
 * A department's 公示 of a joint task carries the department in the file name.
 */
export function savePublication(
  p: { id: number; taskId: number; kind: string; department?: string | null },
  code: string,
  pdf: boolean,
): Promise<string | null> {
  const whose = p.department ? ` ${p.department}` : '';
  const name = `${code}${whose} ${p.kind === '更正公示' ? '更正公示' : '抽查结果公示'} #${p.id}.${pdf ? 'pdf' : 'xlsx'}`;
  return saveDocument(`保存${p.kind}`, name, pdf ? PDF : XLSX, (path) =>
    api.run('docs:publication', { taskId: p.taskId, publicationId: p.id, path }),
  );
}
