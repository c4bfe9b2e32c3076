import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { ItemListPage } from './pages/item-list-page.ts';
import { startPreviewHost, type PreviewHost } from './preview-host.ts';

interface PreviewFixtures {
  /** This test's own data folder (database, files it writes); removed afterwards. */
  dataDir: string;
  /** This test's own preview host, on its own database in `dataDir`. */
  preview: PreviewHost;
  /** The page, opened on the program (事项清单 first). */
  items: ItemListPage;
}

export const test = base.extend<PreviewFixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuangsuiji-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  preview: async ({ dataDir }, use) => {
    const host = await startPreviewHost(path.join(dataDir, 'test.db'));
    try {
      await use(host);
    } finally {
      await host.stop();
    }
  },
  items: async ({ page, preview }, use) => {
    const items = new ItemListPage(page);
    await page.goto(preview.url);
    await items.waitForList();
    await use(items);
  },
});

export { expect };
