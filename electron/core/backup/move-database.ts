import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { openDatabase } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { writeBackupFile } from './backup-write.ts';

const DB_FILE_NAME = 'shuangsuiji.db';

/**
 * Moves the data to another folder (e.g. a drive that is backed up): a consistent copy is
 * written there, opened and checked, and only then does the program switch to it. The old file
 * stays where it was, so nothing is lost if the new place turns out to be wrong.
 */
export async function moveDatabase(ctx: AppContext, folder: string): Promise<{ dbPath: string; previous: string }> {
  const target = path.join(path.resolve(folder), DB_FILE_NAME);
  if (path.resolve(target) === path.resolve(ctx.dbPath)) throw new AppError('数据库已经在该文件夹中。');
  if (fs.existsSync(target)) throw new AppError(`该文件夹中已有数据库文件 ${DB_FILE_NAME}，为避免覆盖，请另选文件夹。`);
  if (ctx.jobs.anyRunning()) throw new AppError('有导入或生成任务正在进行，请等它完成后再移动数据库。');
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Through a working name: a kill midway leaves no half file that the next attempt would refuse to overwrite.
    await writeBackupFile(ctx.db, target);
  } catch (err) {
    throw new AppError(`无法在“${folder}”中写入数据库，请检查该文件夹是否存在、可写，空间是否足够。`, { cause: String(err) });
  }
  const moved = openDatabase(target);
  const previous = ctx.dbPath;
  ctx.db.close();
  ctx.db = moved;
  ctx.dbPath = target;
  ctx.onDbMoved?.(target);
  return { dbPath: target, previous };
}
