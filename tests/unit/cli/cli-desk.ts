import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openAppContext, type AppContext } from '../../../electron/core/app-context.ts';
import { seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';

/**
 * A database file as a desk has it after its rosters were imported: `entities` entities in 测试名录
 * (areas and 信用风险分类 spread evenly) and `inspectors` 在岗 inspectors. Closed, so the CLI
 * opens it like any other file.
 */
export function deskDb(entities = 8, inspectors = 6): { dbPath: string; codes: string[]; certs: string[] } {
  const ctx = tempContext();
  const codes = seedEntities(ctx.db, entities);
  const certs = seedInspectors(ctx.db, inspectors);
  ctx.db.close();
  return { dbPath: ctx.dbPath, codes, certs };
}

/** An empty database file path (the CLI creates it on first use). */
export function emptyDb(): string {
  return path.join(tempDir(), 'cli.db');
}

/** The database as the program opens it, to check what a command wrote. */
export function reopen(dbPath: string): AppContext {
  const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} });
  onTestFinished(() => {
    ctx.db.close();
  });
  return ctx;
}

/** Today on this PC, YYYY-MM-DD: an inspection date may be neither before the draw nor after today. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
