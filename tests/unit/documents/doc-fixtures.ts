import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openAppContext, type AppContext } from '../../../electron/core/app-context.ts';
import { getDraw, type DrawRecord } from '../../../electron/core/draw/draw-read.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import type { Task, TaskInput } from '../../../electron/core/tasks/task-schema.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR } from '../temp-db.ts';
import { usccCheckChar } from '../../../electron/core/entities/uscc.ts';

/** Names a county roster really holds: rare characters, a slash, brackets. */
export const AWKWARD_NAMES = ['大同县喆堃商贸有限公司', '大同县玥彧/昇平农资经营部', '大同县"惠民"超市（西坪店）'];

/**
 * A bureau with contact details, `entities` entities (the first three with awkward names, all with
 * address, legal representative and phone), 12 inspectors, and a task drawn for `count` of them.
 */
/** A valid credit code with several of the widest characters (M, W, Q), to show it fits its table column. */
export const WIDE_CODE = `91140221MAW8MWQ40${usccCheckChar('91140221MAW8MWQ40')}`;

export function drawnTask(
  ctx: AppContext,
  options: { entities?: number; count?: number; task?: Partial<TaskInput> } = {},
): { task: Task; draw: DrawRecord } {
  const n = options.entities ?? 12;
  seedEntities(ctx.db, n, (i) => ({
    ...(i === 4 ? { code: WIDE_CODE } : {}),
    name: AWKWARD_NAMES[i - 1] ?? `大同县测试商贸有限公司${i}`,
    address: `大同县西坪镇东大街${i}号`,
    legalRep: `王法人${i}`,
    phone: `1380000${String(i).padStart(4, '0')}`,
  }));
  seedInspectors(ctx.db, 12);
  saveSettings(ctx.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
  const task = makeTask(ctx.db, { itemIds: [1, 2], count: options.count ?? n, ...options.task });
  // Drawn on a fixed day, so results dated after it stay valid whatever day the tests run.
  const draw = runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'));
  return { task, draw: getDraw(ctx.db, draw.id) };
}

/**
 * A database and a folder that live for a whole `describe` (tempContext and tempDir are cleared
 * after every test), for documents rendered once in `beforeAll` and checked by many tests.
 */
export function suiteContext(): { ctx: () => AppContext; dir: () => string } {
  let ctx: AppContext | undefined;
  let dir: string | undefined;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-docs-'));
    ctx = openAppContext({ dbPath: path.join(dir, 'suite.db'), resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} });
  });
  afterAll(() => {
    ctx?.db.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return { ctx: () => ctx!, dir: () => dir! };
}

/** Gives the first drawn entities of `draw` these names, as a roster imported with them would. */
export function renameDrawn(ctx: AppContext, draw: DrawRecord, names: readonly string[]): void {
  const rename = ctx.db.prepare('UPDATE entities SET name = ? WHERE id = ?');
  names.forEach((name, i) => rename.run(name, draw.selected[i]!.entityId));
}
