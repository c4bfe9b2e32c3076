import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { cleanEntityWorkbook } from '../unit/import/roster-fixtures.ts';
import { ImportWizard } from './pages/import-wizard.ts';

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

/**
 * The system's file dialogs, stubbed in the main process (the one small double these tests
 * need): the next open dialog returns `open`, the next save dialog returns `save`.
 */
async function stubDialogs(app: ElectronApplication, files: { open?: string; save?: string }): Promise<void> {
  await app.evaluate(({ dialog }, f) => {
    if (f.open) dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: [f.open] })) as never;
    if (f.save) dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath: f.save })) as never;
  }, files);
}

/** A contract call through the real preload and IPC, as the screens make them. */
function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([n, i]) => {
      const api = (
        window as unknown as {
          api: { call: (n: string, i: unknown) => Promise<{ ok: boolean; data?: unknown; error?: { message: string } }> };
        }
      ).api;
      const r = await api.call(n, i);
      if (!r.ok) throw new Error(r.error?.message);
      return r.data;
    },
    [name, input] as const,
  ) as Promise<T>;
}

/** The save dialog through the real preload, as a screen opens it. */
function pickSave(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (window as unknown as { api: { files: { pickSave: (o: unknown) => Promise<string | null> } } }).api.files.pickSave({
      title: '保存',
      defaultName: '通知书.pdf',
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    }),
  );
}

test.describe('Electron window', () => {
  test.skip(!!skipReason, skipReason);
  if (skipReason) console.log(`[electron.spec] ${skipReason}`);

  test('every area opens; a roster imports through the stubbed dialog; a draw and a notice PDF', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot],
      env: { ...process.env, SHUANGSUIJI_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
      const nav = page.getByRole('navigation', { name: '功能导航' });
      for (const area of ['事项清单', '检查对象名录库', '执法人员名录库', '抽查任务', '检查结果', '统计', '设置']) {
        await nav.getByRole('button', { name: area }).click();
        await expect(nav.getByRole('button', { name: area })).toHaveAttribute('aria-current', 'page');
      }
      await nav.getByRole('button', { name: '检查对象名录库' }).click();
      await stubDialogs(app, { open: await cleanEntityWorkbook(userData, 20) });
      await page.getByRole('main').getByRole('button', { name: '导入名录', exact: true }).click();
      const wizard = new ImportWizard(page, '导入检查对象名录');
      await wizard.button('选择文件…').click();
      await wizard.preview();
      await wizard.confirm();
      await wizard.finish();
      await expect(page.getByTestId('entity-count')).toHaveText('共 20 个市场主体');

      for (let i = 1; i <= 4; i++) {
        await call(page, 'inspectors:save', {
          inspector: { name: `执法员${i}`, certNo: `1402000${i}`, certExpiry: '2030-12-31', status: '在岗' },
        });
      }
      const task = await call<{ id: number }>(page, 'tasks:save', {
        task: { name: '窗口测试任务', itemIds: [1], count: 3, periodStart: '2026-12-01', periodEnd: '2026-12-31' },
      });
      const draw = await call<{ id: number; selected: { entityId: number }[] }>(page, 'draws:run', {
        taskId: task.id,
        operator: '张三',
        witness: '李四',
      });
      expect(draw.selected).toHaveLength(3);
      expect(await call<{ ok: boolean }>(page, 'draws:verify', { id: draw.id })).toMatchObject({ ok: true });
      await call(page, 'settings:save', { contactName: '王科员', contactPhone: '0352-1234567' });
      const pdf = path.join(userData, '通知书.pdf');
      const notice = { taskId: task.id, entityId: draw.selected[0]!.entityId, path: pdf };
      // A path the page made up is refused; the one the save dialog returned is used.
      await expect(call(page, 'docs:notice', notice)).rejects.toThrow('拒绝访问：只能使用在对话框中选择的文件。');
      await stubDialogs(app, { save: pdf });
      expect(await pickSave(page)).toBe(pdf);
      await call(page, 'docs:notice', notice);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });

  test('移动数据库 takes its folder from the system folder chooser', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [repoRoot],
      env: { ...process.env, SHUANGSUIJI_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('navigation', { name: '功能导航' }).getByRole('button', { name: '设置' }).click();
      const folder = path.join(userData, '新位置');
      await stubDialogs(app, { open: folder });
      const data = page.getByRole('region', { name: '数据与备份' });
      await data.getByRole('button', { name: '移动数据库…' }).click();
      const move = page.getByRole('dialog', { name: '移动数据库' });
      await move.getByRole('button', { name: '选择…' }).click();
      await expect(move.getByRole('textbox', { name: '新文件夹（完整路径）' })).toHaveValue(folder);
      await move.getByRole('button', { name: '移动' }).click();
      await expect(data.getByTestId('db-path')).toHaveText(path.join(folder, 'shuangsuiji.db'));
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });

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
      // zh-CN whatever the Windows display language (date fields in year/month/day order).
      expect(await app.evaluate(({ app: electronApp }) => electronApp.getLocale())).toBe('zh-CN');
      expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
