import { api } from '../api/client.ts';
import { PDF, XLSX, saveDocument } from '../documents/save-document.ts';

/** Saves a stored publication as PDF or Excel (the clerk picks where); the path, or null if cancelled. */
export function savePublication(p: { id: number; taskId: number; kind: string }, code: string, pdf: boolean): Promise<string | null> {
  const name = `${code} ${p.kind === '更正公示' ? '更正公示' : '抽查结果公示'} #${p.id}.${pdf ? 'pdf' : 'xlsx'}`;
  return saveDocument(`保存${p.kind}`, name, pdf ? PDF : XLSX, (path) =>
    api.run('docs:publication', { taskId: p.taskId, publicationId: p.id, path }),
  );
}
