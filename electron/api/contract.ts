import type { z } from 'zod';
import { appCalls } from './calls/app-calls.ts';
import { documentCalls } from './calls/document-calls.ts';
import { drawCalls } from './calls/draw-calls.ts';
import { itemCalls } from './calls/item-calls.ts';
import { rosterCalls } from './calls/roster-calls.ts';
import type { ApiResult } from './define.ts';

export type { AppInfo } from './calls/app-calls.ts';
export type { ExportResult } from './calls/shared.ts';

/**
 * Every call the UI, the CLI and the preview host may make, named `domain:verb`, joined from
 * the per-domain lists in calls/. Electron's IPC, the preview host's HTTP routes and the
 * renderer's client are all derived from this one object.
 */
export const contract = { ...appCalls, ...itemCalls, ...rosterCalls, ...drawCalls, ...documentCalls } as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallParsed<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K]['output'];

/** The shape `window.api.call` and the preview client share. */
export type CallFn = <K extends CallName>(name: K, input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
