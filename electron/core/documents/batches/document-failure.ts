import { AppError } from '../../errors.ts';
import { MissingGlyphError, missingGlyphAmong, missingGlyphOfEntity, type EntityText } from '../pdf/missing-glyph.ts';

/** Why a file could not be written, as the clerk can act on it (by the system's error code). */
const WRITE_REASONS: Record<string, string> = {
  ENAMETOOLONG: '文件名或路径过长，请换一个层级较浅的文件夹',
  ENOSPC: '磁盘空间不足',
  EACCES: '没有权限在该文件夹中写入文件',
  EPERM: '没有权限在该文件夹中写入文件',
  EROFS: '该位置只读',
  EBUSY: '文件正被其他程序占用',
  ENOENT: '保存文件夹已不存在',
};

const errorCode = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code ?? '';

/**
 * A failure of one document of a batch, naming its entity, so the clerk knows which record to look
 * at and the log shows where the batch stopped. `what` is the document (检查通知书), `position` its
 * place in the batch, counted from 1.
 */
export function documentFailure(what: string, entity: EntityText, position: number, err: unknown): AppError {
  const where = `document ${position} (entity "${entity.name}")`;
  if (err instanceof MissingGlyphError) return missingGlyphOfEntity(err, entity, where);
  if (err instanceof AppError) {
    return new AppError(`生成“${entity.name}”的${what}时出错：${err.message}`, { cause: `${where}: ${err.logCause ?? err.message}` });
  }
  const reason = WRITE_REASONS[errorCode(err)] ?? '遇到意外问题';
  return new AppError(`无法生成“${entity.name}”的${what}（第 ${position} 份）：${reason}。详细原因见日志。`, {
    cause: `${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  });
}

/** A failure of a document that holds many entities (the combined PDF, a 公示): a missing character names its entity. */
export function manyEntitiesFailure(entities: readonly EntityText[], err: unknown): unknown {
  return err instanceof MissingGlyphError ? missingGlyphAmong(err, entities) : err;
}
