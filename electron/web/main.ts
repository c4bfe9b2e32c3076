import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppContext } from '../core/app-context.ts';
import { AppError } from '../core/errors.ts';
import { backupIfDue } from '../core/backup/backup-service.ts';
import { defaultDbPath, repoResourcesDir, repoVersion } from '../core/source-tree.ts';
import { startPreviewServer } from './server.ts';
import { newToken } from './token.ts';
import { TransferFolder } from './transfer-files.ts';

/** `npm run preview`: the same UI as the Electron window, in a browser, over the same contract. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '5178' } },
  });
  const dbPath = path.resolve(values.db ?? defaultDbPath());
  const ctx = openAppContext({ dbPath, resourcesDir: repoResourcesDir, version: repoVersion() });
  backupIfDue(ctx.db, ctx.dbPath).catch((err: unknown) => ctx.log(`daily backup failed: ${String(err)}`));
  const token = newToken();
  const transfers = new TransferFolder(path.join(os.tmpdir(), `shuangsuiji-preview-${process.pid}`), {
    busy: () => ctx.jobs.anyRunning(),
  });
  const sweeper = setInterval(() => transfers.sweep(), 60_000).unref();
  const server = await startPreviewServer({
    ctx,
    token,
    transfers,
    rendererDir: process.env.SSJ_RENDERER_DIR ?? path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer'),
    port: Number(values.port),
  });
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  console.log(`数据库：${dbPath}`);
  console.log(`在浏览器中打开：${url}`);
  console.log(`PREVIEW_URL ${url}`);
  const stop = () => {
    clearInterval(sweeper);
    server.close();
    ctx.db.close();
    transfers.removeAll();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof AppError ? err.message : `预览服务无法启动：${String(err)}`);
  process.exit(1);
});
