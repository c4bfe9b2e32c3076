import type { z } from 'zod';
import { appCalls } from './calls/app.ts';
import { auditCalls } from './calls/audit.ts';
import { backupCalls } from './calls/backup.ts';
import { dispositionCalls } from './calls/dispositions.ts';
import { documentCalls } from './calls/documents.ts';
import { drawCalls } from './calls/draws.ts';
import { drawProofCalls } from './calls/draw-proof.ts';
import { entityCalls } from './calls/entities.ts';
import { exchangeCalls } from './calls/exchange.ts';
import { gsxtCalls } from './calls/gsxt.ts';
import { importCalls } from './calls/imports.ts';
import { inspectorCalls } from './calls/inspectors.ts';
import { itemCalls } from './calls/items.ts';
import { jobCalls } from './calls/jobs.ts';
import { publicationCalls } from './calls/publication.ts';
import { resultCalls } from './calls/results.ts';
import { rosterCalls } from './calls/rosters.ts';
import { settingsCalls } from './calls/settings.ts';
import { staffCalls } from './calls/staff.ts';
import { departmentCalls } from './calls/departments.ts';
import { statsCalls } from './calls/stats.ts';
import { taskCalls } from './calls/tasks.ts';
import { templateCalls } from './calls/templates.ts';
import type { ApiResult } from './define.ts';

/**
 * Every call the UI, the CLI and the preview host may make, named `domain:verb`, joined from one
 * file per domain in calls/, where each call's schema and handler stand side by side. Electron's
 * IPC, the preview host's HTTP routes and the renderer's client are all derived from this object.
 */
export const contract = {
  ...appCalls,
  ...settingsCalls,
  ...staffCalls,
  ...departmentCalls,
  ...backupCalls,
  ...itemCalls,
  ...importCalls,
  ...jobCalls,
  ...entityCalls,
  ...rosterCalls,
  ...inspectorCalls,
  ...taskCalls,
  ...drawCalls,
  ...drawProofCalls,
  ...auditCalls,
  ...resultCalls,
  ...exchangeCalls,
  ...publicationCalls,
  ...dispositionCalls,
  ...statsCalls,
  ...gsxtCalls,
  ...documentCalls,
  ...templateCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Awaited<ReturnType<Contract[K]['handle']>>;

/** The shape `window.api.call` and the preview client share. */
export type CallFn = <K extends CallName>(name: K, input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
