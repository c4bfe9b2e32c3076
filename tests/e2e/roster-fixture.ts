import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { CallInput, CallName, CallOutput } from '../../electron/api/contract.ts';
import { EntityListPage } from './pages/entity-list-page.ts';
import { InspectorListPage } from './pages/inspector-list-page.ts';
import { test as base, expect } from './preview-fixture.ts';
import type { PreviewHost } from './preview-host.ts';

/**
 * Calls the contract over the preview host's HTTP door, as the page does (setup and checks). Paths
 * in calls must be the host's own, as for the page: `upload` puts a local file there first.
 */
export type HostCall = (<K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>) & {
  upload(file: string): Promise<string>;
};

function hostCall(request: APIRequestContext, preview: PreviewHost): HostCall {
  const token = new URL(preview.url).searchParams.get('token') ?? '';
  const call = async (name: CallName, input: unknown) => {
    const res = await request.post(`${preview.origin}/api/${name}`, { headers: { 'X-Api-Token': token }, data: input ?? {} });
    const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
    return body.data as never;
  };
  const upload = async (file: string) => {
    const url = `${preview.origin}/files/upload?name=${encodeURIComponent(path.basename(file))}`;
    const res = await request.post(url, { headers: { 'X-Api-Token': token }, data: fs.readFileSync(file) });
    if (!res.ok()) throw new Error(`upload ${file}: ${await res.text()}`);
    return ((await res.json()) as { path: string }).path;
  };
  return Object.assign(call, { upload }) as HostCall;
}

interface RosterFixtures {
  /** The contract, for setting up data and for checking what the host really holds. */
  host: HostCall;
  /** The page, opened on 检查对象名录库. */
  entities: EntityListPage;
  /** The page, opened on 执法人员名录库. */
  inspectors: InspectorListPage;
}

export const test = base.extend<RosterFixtures>({
  host: async ({ request, preview }, use) => {
    await use(hostCall(request, preview));
  },
  entities: async ({ page, preview }, use) => {
    const entities = new EntityListPage(page);
    await page.goto(`${preview.url}#/entities`);
    await expect(entities.count).toHaveText(/^共 [\d,]+ 个市场主体$/);
    await use(entities);
  },
  inspectors: async ({ page, preview }, use) => {
    const inspectors = new InspectorListPage(page);
    await page.goto(`${preview.url}#/inspectors`);
    await expect(inspectors.count).toHaveText(/^共 \d+ 人$/);
    await use(inspectors);
  },
});

/** Imports a file through the contract (setup for tests about something else). */
export async function importByHost(host: HostCall, kind: 'entities' | 'inspectors' | 'conflicts', local: string) {
  const file = await host.upload(local);
  const inspection = await host('import:inspect', { kind, path: file });
  const job = await host('import:start', {
    kind,
    path: file,
    sheet: inspection.sheet,
    headerRow: inspection.headerRow,
    columns: inspection.columns,
    dryRun: false,
  });
  const done = await host('jobs:wait', { jobId: job.id });
  expect(done.state).toBe('done');
  return done;
}

export { expect };
