import { z } from 'zod';

/** Input pieces many calls share. */
export const id = z.number({ error: '缺少编号' }).int().positive();
export const byId = z.object({ id });
export const file = z.object({ path: z.string({ error: '请选择文件' }).min(1, '请选择文件') });
export const nothing = z.object({});
export const jobId = z.object({ jobId: z.uuid('任务编号无效') });
export const outFile = z.string({ error: '请选择保存位置' }).min(1, '请选择保存位置');

/** What every export returns: where the file went and how many rows or pages it holds. */
export interface ExportResult {
  path: string;
  count: number;
}
