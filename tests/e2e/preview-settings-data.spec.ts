import path from 'node:path';
import { PATH_REFUSED } from '../../electron/api/path-gate.ts';
import { cleanEntityWorkbook } from './roster-files.ts';
import { importByHost } from './roster-fixture.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

test('立即备份 is listed with its counts; restoring it (after confirming) brings that data back', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await importByHost(host, 'entities', await cleanEntityWorkbook(dataDir, 5));
  await page.goto(`${preview.url}#/settings`);
  const data = page.getByRole('region', { name: '数据与备份' });
  const backups = data.getByRole('table', { name: '备份' }).locator('tbody tr');
  await data.getByRole('button', { name: '立即备份' }).click();
  await expect(page.locator('.MuiSnackbar-root')).toContainText('已备份当前数据');
  const manual = backups.and(page.locator('[data-reason="manual"]'));
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('手动');
  await expect(manual).toContainText('事项 14 · 主体 5 · 人员 0 · 任务 0 · 抽取 0');

  // More entities arrive after the backup …
  await importByHost(host, 'entities', await cleanEntityWorkbook(dataDir, 12, '名录（12）.xlsx'));
  expect((await host('entities:query', { offset: 0, limit: 1 })).total).toBe(12);

  // … and restoring the backup brings back the 5.
  await manual.getByRole('button', { name: /^恢复/ }).click();
  const confirm = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(confirm.getByTestId('restore-counts')).toHaveText(
    '该备份中有：事项 14 项 · 市场主体 5 个 · 执法人员 0 名 · 抽查任务 0 个 · 抽取记录 0 条',
  );
  await expect(confirm).toContainText('恢复前，程序会先把当前数据另存一份备份');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.locator('.MuiSnackbar-root')).toContainText('已从备份恢复');
  const safety = backups.and(page.locator('[data-reason="restore"]'));
  await expect(safety).toContainText('恢复前');
  await expect(safety).toContainText('主体 12');

  await page.getByRole('navigation').getByRole('button', { name: '检查对象名录库' }).click();
  await expect(page.getByTestId('entity-count')).toHaveText('共 5 个市场主体');
});

test('审计校验 walks the chains: ✓ with what it checked', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 10, 4);
  await drawnTask(host, { count: 2 });
  await page.goto(`${preview.url}#/settings`);
  const data = page.getByRole('region', { name: '数据与备份' });
  // The card has loaded what it shows before the clerk presses the button (once, in CI under
  // load, a click that came earlier never showed a result).
  await expect(data).toContainText('数据库位置');
  await data.getByRole('button', { name: '审计校验' }).click();
  const { audit } = await host('audit:verify', {});
  await expect(data.getByTestId('audit-result')).toHaveText(
    `校验通过：审计日志 ${audit.checked} 条、抽取记录 1 条，哈希链完整，未发现改动。`,
    { timeout: 20_000 },
  );
});

test('检查结果代码表: a code is added and kept; a used code cannot be removed, as the core says', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 1 });
  await host('results:set', { taskId: task.id, entityIds: [draw.selected[0]!.entityId], result: { codes: ['1'] } });
  await page.goto(`${preview.url}#/settings`);
  const editor = page.getByRole('region', { name: '检查结果代码表' });
  const rows = editor.getByRole('table', { name: '结果代码' }).locator('tbody tr');
  await expect(editor.getByRole('textbox', { name: '代码（第 1 行）' })).toHaveValue('1');
  const before = await rows.count();
  expect(before).toBe((await host('results:codes', {})).length);

  await editor.getByRole('button', { name: '添加代码' }).click();
  await expect(rows).toHaveCount(before + 1);
  await expect(editor.getByRole('textbox', { name: `代码（第 ${before + 1} 行）` })).toBeFocused();
  await page.keyboard.type('H');
  await editor.getByRole('textbox', { name: `名称（第 ${before + 1} 行）` }).fill('违反消防安全相关规定');
  await editor.getByRole('button', { name: '保存代码表' }).click();
  await expect(page.locator('.MuiSnackbar-root')).toContainText('检查结果代码表已保存');
  const codes = await host('results:codes', {});
  expect(codes.at(-1)).toEqual({ code: 'H', label: '违反消防安全相关规定', problem: true, active: true });

  await page.reload();
  await expect(editor.getByRole('textbox', { name: `代码（第 ${before + 1} 行）` })).toHaveValue('H');
  await editor.getByRole('button', { name: '删除代码 1', exact: true }).click();
  await editor.getByRole('button', { name: '保存代码表' }).click();
  await expect(editor.getByRole('alert')).toHaveText('代码 1 已被检查结果使用，不能删除，可设为停用');
  expect((await host('results:codes', {})).some((c) => c.code === '1')).toBe(true);
});

test('公示期限 is saved with the other settings; 移动数据库 is left to the Windows program, and the host refuses a typed folder', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await page.goto(`${preview.url}#/settings`);
  const days = page.getByRole('spinbutton', { name: '公示期限（工作日）' });
  await expect(days).toHaveValue('20');
  await days.fill('0');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(days).toHaveAccessibleDescription('公示期限至少 1 个工作日');
  await days.fill('15');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.locator('.MuiSnackbar-root')).toContainText('设置已保存');
  expect((await host('settings:get', {})).publicationDays).toBe(15);

  // The browser has no folder chooser, and a folder typed into the page is never a capability.
  const data = page.getByRole('region', { name: '数据与备份' });
  await expect(data.getByTestId('db-path')).toHaveText(path.join(dataDir, 'test.db'));
  await expect(data.getByRole('button', { name: '移动数据库…' })).toHaveCount(0);
  await expect(host('app:moveDatabase', { folder: path.join(dataDir, '新位置') })).rejects.toThrow(PATH_REFUSED);
  expect((await host('app:info', {})).dbPath).toBe(path.join(dataDir, 'test.db'));
});
