import path from 'node:path';
import type { z } from 'zod';
import { backupDir } from '../core/backup/backup-files.ts';
import { AppError } from '../core/errors.ts';
import type { PathRole } from './calls/shared.ts';
import { pathValues } from './path-fields.ts';

/**
 * A door's answer to "may the core use this path for this role?". The Electron window admits
 * what its own dialogs returned; the preview host admits files in its transfer folder; the CLI
 * has no gate (an administrator types the paths).
 */
export type PathGate = (file: string, role: PathRole) => boolean;

export const PATH_REFUSED = '拒绝访问：只能使用在对话框中选择的文件。';

/** Refuses the call before its handler runs when any path field is not admitted by the gate. */
export function checkPaths(name: string, schema: z.ZodType, input: unknown, gate: PathGate): void {
  for (const { field, role, value } of pathValues(schema, input)) {
    if (gate(value, role)) continue;
    throw new AppError(PATH_REFUSED, {
      cause: `${name}: refused ${role} ${field}=${JSON.stringify(value)}`,
      fields: { [field]: PATH_REFUSED },
    });
  }
}

/** `child` lies under `dir` (not `dir` itself); case-insensitive on Windows, as path.relative is. */
export function isInside(dir: string, child: string, { directly = false } = {}): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(child));
  if (rel === '' || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  return parts[0] !== '..' && (!directly || parts.length === 1);
}

/** One of the program's own backups: a .db file directly in the backup folder beside the data. */
export function isProgramBackup(dbPath: string, file: string): boolean {
  return /\.db$/i.test(file) && isInside(backupDir(dbPath), file, { directly: true });
}
