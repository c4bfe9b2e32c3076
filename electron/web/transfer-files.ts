import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isInside } from '../api/path-gate.ts';
import { HttpError, sendText } from './http-io.ts';
import { safeFileName } from './transfer-names.ts';
import { streamToFile } from './upload-stream.ts';

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export interface TransferLimits {
  /** One upload at most: the largest roster a bureau sends is far below. */
  fileBytes: number;
  /** All uploads in the folder at once, those still arriving included. */
  quotaBytes: number;
  /** A transfer nobody has used for this long is removed (see `sweep`). */
  idleMs: number;
}

const DEFAULT_LIMITS: TransferLimits = { fileBytes: 300 * MB, quotaBytes: 600 * MB, idleMs: 10 * 60_000 };

/** What the page may name: an existing file, a file to write (new or not), or a folder. */
export type TransferKind = 'file' | 'newFile' | 'dir';

/** One upload or reserved export, alone in its own random folder. */
interface Entry {
  uploaded: number;
  lastUsed: number;
  /** Calls (and an arriving upload) using it now: never removed meanwhile. */
  holds: number;
}

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * The preview host's stand-in for file dialogs: uploads land in, and exports are written to, a
 * private temporary folder. Only what this folder handed out (and still holds) can be used by a
 * call or downloaded again; nothing that leads out of it (`..`, a symbolic link) counts.
 */
export class TransferFolder {
  readonly root: string;
  private readonly realRoot: string;
  private readonly limits: TransferLimits;
  /** True while work may still read or write a transfer after its call returned (a job). */
  private readonly busy: () => boolean;
  private readonly entries = new Map<string, Entry>();
  private uploaded = 0;

  constructor(root: string, options: Partial<TransferLimits> & { busy?: () => boolean } = {}) {
    this.root = path.resolve(root);
    fs.mkdirSync(this.root, { recursive: true });
    this.realRoot = fs.realpathSync(this.root);
    const { busy, ...limits } = options;
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.busy = busy ?? (() => false);
  }

  /** A fresh path for a file named `name` (only a safe base name is kept). */
  reserve(name: string): string {
    const key = randomBytes(8).toString('hex');
    fs.mkdirSync(path.join(this.root, key));
    this.entries.set(key, { uploaded: 0, lastUsed: Date.now(), holds: 0 });
    return path.join(this.root, key, safeFileName(name));
  }

  /** Streams an upload to disk within the limits; answers 413 in Chinese beyond them. */
  async receive(name: string, req: IncomingMessage): Promise<string> {
    const declared = Number(req.headers['content-length'] ?? 0);
    this.checkRoom(declared, declared);
    const file = this.reserve(name);
    const key = path.basename(path.dirname(file));
    const entry = this.entries.get(key)!;
    entry.holds++;
    try {
      await streamToFile(req, file, (bytes) => {
        this.checkRoom(entry.uploaded + bytes, bytes);
        entry.uploaded += bytes;
        this.uploaded += bytes;
      });
    } catch (err) {
      this.remove(key);
      throw err;
    } finally {
      entry.holds--;
      entry.lastUsed = Date.now();
    }
    return file;
  }

  private checkRoom(fileBytes: number, more: number): void {
    const { fileBytes: fileLimit, quotaBytes, idleMs } = this.limits;
    if (fileBytes > fileLimit) throw new HttpError(413, `文件过大：单个文件不能超过 ${size(fileLimit)}。`);
    if (this.uploaded + more > quotaBytes) {
      throw new HttpError(
        413,
        `预览服务的临时文件夹已满（上传的文件合计不能超过 ${size(quotaBytes)}）。用过的文件 ${Math.round(idleMs / 60_000)} 分钟后自动清理，请稍后再试。`,
      );
    }
  }

  /**
   * Marks the transfer `file` names as in use and returns its release (which restarts its idle
   * time), or null when `file` is not of `kind` inside a transfer this folder handed out.
   */
  hold(file: string, kind: TransferKind): (() => void) | null {
    return this.claim(file, kind)?.release ?? null;
  }

  private claim(file: string, kind: TransferKind): { real: string; release: () => void } | null {
    const real = this.realInside(file, kind);
    const key = real && path.relative(this.realRoot, real).split(path.sep)[0];
    const entry = key ? this.entries.get(key) : undefined;
    if (!real || !entry) return null;
    entry.holds++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      entry.holds--;
      entry.lastUsed = Date.now();
    };
    return { real, release };
  }

  /** The real path of `file` when it is of `kind` and lies inside the folder, else null. */
  private realInside(file: string, kind: TransferKind): string | null {
    if (!path.isAbsolute(file)) return null;
    const abs = path.resolve(file);
    const stat = fs.lstatSync(abs, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink()) return null;
    if (kind === 'file' && !stat?.isFile()) return null;
    if (kind === 'dir' && !stat?.isDirectory()) return null;
    if (kind === 'newFile' && stat && !stat.isFile()) return null;
    let real: string;
    try {
      real = stat ? fs.realpathSync(abs) : path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return null;
    }
    return isInside(this.realRoot, real) ? real : null;
  }

  /**
   * Removes every transfer unused for `idleMs`: an upload the import wizard read (inspect,
   * preview, import all read the same file), an export already downloaded. Nothing is removed
   * while a job runs, since it may still be reading or writing one.
   */
  sweep(now = Date.now()): void {
    if (this.busy()) return;
    for (const [key, entry] of this.entries) {
      if (entry.holds === 0 && now - entry.lastUsed > this.limits.idleMs) this.remove(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    try {
      fs.rmSync(path.join(this.root, key), { recursive: true, force: true });
    } catch {
      return; // still open (Windows): the next sweep tries again
    }
    this.entries.delete(key);
    this.uploaded -= entry?.uploaded ?? 0;
  }

  /** Sends a transfer back to the browser; anything else is answered as missing. */
  send(res: ServerResponse, file: string, disposition: 'attachment' | 'inline'): void {
    const claimed = this.claim(file, 'file');
    if (!claimed) {
      sendText(res, 404, '文件不存在或已过期，请重新导出。');
      return;
    }
    const name = path.basename(claimed.real);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    const stream = fs.createReadStream(claimed.real);
    stream.once('close', claimed.release);
    stream.once('error', () => res.destroy());
    stream.pipe(res);
  }

  removeAll(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
    this.entries.clear();
    this.uploaded = 0;
  }
}
