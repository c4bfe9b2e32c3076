import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendText } from './http-io.ts';

/**
 * The preview host's stand-in for file dialogs: uploads land in, and exports are written to, a
 * private temporary folder; only files inside it can be downloaded again.
 */
export class TransferFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    fs.mkdirSync(this.root, { recursive: true });
  }

  /** A fresh path for a file named `name` (only its base name is kept). */
  reserve(name: string): string {
    const safe = path.basename(name).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_') || 'file';
    const dir = path.join(this.root, randomBytes(8).toString('hex'));
    fs.mkdirSync(dir);
    return path.join(dir, safe);
  }

  save(name: string, data: Buffer): string {
    const file = this.reserve(name);
    fs.writeFileSync(file, data);
    return file;
  }

  contains(file: string): boolean {
    const resolved = path.resolve(file);
    return resolved.startsWith(this.root + path.sep) && fs.existsSync(resolved);
  }

  send(res: ServerResponse, file: string, disposition: 'attachment' | 'inline'): void {
    if (!this.contains(file)) {
      sendText(res, 404, '文件不存在或已过期，请重新导出。');
      return;
    }
    const name = path.basename(file);
    const type = name.endsWith('.pdf')
      ? 'application/pdf'
      : name.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  }

  removeAll(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
