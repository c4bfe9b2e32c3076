import path from 'node:path';
import type { PathRole } from '../api/calls/shared.ts';
import { isInside, isProgramBackup, type PathGate } from '../api/path-gate.ts';
import { backupDir } from '../core/backup/backup-files.ts';
import { openTypeRefusal, printTypeRefusal } from './open-policy.ts';

/** Which system dialog handed a path out. */
export type PickKind = 'open' | 'save' | 'folder';

/** What the page asks the shell to do with a file. */
export type ShellAction = 'open' | 'print' | 'reveal';

const ROLE_PICK: Record<PathRole, PickKind> = { inFile: 'open', backupFile: 'open', outFile: 'save', outDir: 'folder' };

/** Result fields in which a call reports a file it wrote (exports, documents, batches, backups). */
const WRITTEN_KEYS = new Set(['path', 'file', 'files', 'folder', 'combinedPath']);

const NOT_GRANTED = '拒绝访问：只能使用本程序写出或在对话框中选择的文件。';

/**
 * The Electron window's capabilities: the paths its own dialogs returned (by dialog), the files
 * calls reported writing inside them, and the program's own folders. The page names paths only by
 * these; a string it makes up is refused, by the dispatch gate and by open / print / reveal.
 */
export class FileGrants {
  private readonly picked = new Map<string, Set<PickKind>>();
  private readonly written = new Set<string>();
  private readonly dbPath: () => string;
  private readonly caseless: boolean;

  constructor(options: { dbPath: () => string; caseless?: boolean }) {
    this.dbPath = options.dbPath;
    this.caseless = options.caseless ?? process.platform === 'win32';
  }

  private key(file: string): string {
    const resolved = path.resolve(file);
    return this.caseless ? resolved.toLowerCase() : resolved;
  }

  /** Records what a dialog returned. */
  pick(kind: PickKind, file: string): void {
    const key = this.key(file);
    const kinds = this.picked.get(key) ?? new Set<PickKind>();
    kinds.add(kind);
    this.picked.set(key, kinds);
  }

  private wasPicked(file: string, kind?: PickKind): boolean {
    const kinds = this.picked.get(this.key(file));
    return kind ? (kinds?.has(kind) ?? false) : kinds !== undefined;
  }

  /** The dispatch gate: a path of a role is admitted only from the dialog for that role. */
  readonly gate: PathGate = (file, role) =>
    this.wasPicked(file, ROLE_PICK[role]) || (role === 'backupFile' && isProgramBackup(this.dbPath(), file));

  /**
   * Notes the files a call's result says it wrote, where it was allowed to write: the chosen
   * save path itself, directly inside a chosen folder (one PDF per entity), or the backup folder.
   */
  recordResult(data: unknown, depth = 0): void {
    if (depth > 6 || data === null || typeof data !== 'object') return;
    for (const [key, value] of Object.entries(data)) {
      if (WRITTEN_KEYS.has(key)) {
        for (const file of Array.isArray(value) ? value : [value]) {
          if (typeof file === 'string' && this.mayHaveWritten(file)) this.written.add(this.key(file));
        }
      }
      if (typeof value === 'object') this.recordResult(value, depth + 1);
    }
  }

  private mayHaveWritten(file: string): boolean {
    if (!path.isAbsolute(file)) return false;
    if (this.wasPicked(file)) return true;
    if (isInside(backupDir(this.dbPath()), file, { directly: true })) return true;
    const parent = path.dirname(path.resolve(file));
    return this.wasPicked(parent, 'folder');
  }

  /** Why the shell may not do `action` with `file`, or null when it may. */
  refusal(action: ShellAction, file: string): string | null {
    if (!path.isAbsolute(file)) return NOT_GRANTED;
    const granted = this.wasPicked(file) || this.written.has(this.key(file));
    if (action === 'reveal') return granted || this.isProgramFolder(file) ? null : NOT_GRANTED;
    if (!granted) return NOT_GRANTED;
    return action === 'print' ? printTypeRefusal(file) : openTypeRefusal(file);
  }

  private isProgramFolder(file: string): boolean {
    const dbPath = this.dbPath();
    return [path.dirname(path.resolve(dbPath)), backupDir(dbPath)].some((dir) => this.key(dir) === this.key(file));
  }
}
