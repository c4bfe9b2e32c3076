import { z } from 'zod';

/** Input pieces many calls share. */
export const id = z.number({ error: '缺少编号' }).int('编号应为正整数').positive('编号应为正整数');
export const byId = z.object({ id });
export const nothing = z.object({});
export const jobId = z.object({ jobId: z.uuid('任务编号无效') });

/**
 * What a path field lets the core do with it. Every door but the CLI admits a path only as a
 * capability it handed out for that role (see path-gate.ts), never as a string the page made up.
 * - inFile: a file the core reads (an import, a workbook to preview);
 * - outFile: a file the core writes (an export, a document);
 * - outDir: a folder the core writes new files into (one PDF per entity), or moves the data to;
 * - backupFile: one of the program's own backups (or a file the clerk chose) to restore from.
 */
export type PathRole = 'inFile' | 'outFile' | 'outDir' | 'backupFile';
export const pathRoles = z.registry<{ pathRole: PathRole }>();

function pathField(pathRole: PathRole, required: string) {
  return z.string({ error: required }).min(1, required).max(4096, '路径过长').register(pathRoles, { pathRole });
}

export const inFile = pathField('inFile', '请选择文件');
export const outFile = pathField('outFile', '请选择保存位置');
export const outDir = pathField('outDir', '请选择文件夹');
export const backupFile = pathField('backupFile', '请选择备份文件');

/** `{ path }` of a file to read, and of a file to write. */
export const readFile = z.object({ path: inFile });
export const writeFile = z.object({ path: outFile });

/** What every export returns: where the file went and how many rows or pages it holds. */
export interface ExportResult {
  path: string;
  count: number;
}

/** The answer of a delete, once the service returned (it throws when it refuses). */
export function deleted(_done: void): { deleted: true } {
  return { deleted: true };
}

/** A date as every door takes it: YYYY-MM-DD, a day the calendar has. */
export { isoDate } from '../../core/iso-date.ts';
