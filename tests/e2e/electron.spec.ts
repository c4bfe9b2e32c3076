import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real window, started through Playwright's Electron driver. Electron's binary is fetched on
 * first use from the internet, which these build machines cannot reach; there the test is skipped
 * and says why. On a Windows PC: `npm install`, `npm run build`, then `npx playwright test
 * --config tests/e2e/playwright.config.ts electron`.
 */
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const electronDir = path.join(repoRoot, 'node_modules', 'electron');

function electronBinary(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built = fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'main.js'));
const skipReason = !binary
  ? 'Electron 的可执行文件不在本机（node_modules/electron/dist 缺失，且无法联网下载），跳过 Electron 窗口测试。'
  : !built
    ? 'Electron 主进程尚未构建（dist/electron/main.js 缺失），请先运行 npm run build。'
    : '';

test.describe('Electron window', () => {
  test.skip(!!skipReason, skipReason);
  if (skipReason) console.log(`[electron.spec] ${skipReason}`);

  test('opens on the item list, with the 14 items, from its own data folder', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot],
      env: { ...process.env, SHUANGSUIJI_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByText('双随机抽查管理').first()).toBeVisible();
      await expect(page.getByText('食品相关产品安全监督检查')).toBeVisible();
      const exposed = await page.evaluate(() => ({
        api: typeof (window as unknown as { api?: unknown }).api,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
      expect(fs.existsSync(path.join(userData, 'shuangsuiji.db'))).toBe(true);
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
