import { todayOnPage } from './task-dates.ts';
import { resultWorkbook } from './task-files.ts';
import { ResultsPage } from './pages/results-page.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

test('检查结果: the task picker counts a result as soon as it is saved, without reopening the page', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task } = await drawnTask(host, { count: 4 });
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const picker = page.getByRole('combobox', { name: '抽查任务' });
  await expect(picker).toContainText(`${task.code}　${task.name}（已录入 0/4）`);

  await results.cell(1, 'name').click();
  await expect(results.form).toBeVisible();
  await results.form.getByRole('combobox', { name: '检查结果' }).fill('1');
  await page.keyboard.press('Enter');
  await results.form.getByRole('combobox', { name: '核查方式' }).fill('实地');
  await page.keyboard.press('Enter');
  await results.form.getByLabel('检查日期').fill(await todayOnPage(page));
  await results.form.getByLabel('检查日期').press('Enter');
  await expect(results.progress).toHaveText('已录入 1 / 4');
  await expect(picker).toContainText('（已录入 1/4）');

  // The list itself says the same when opened.
  await page.keyboard.press('Escape');
  await picker.click();
  await expect(page.getByRole('option', { name: new RegExp(`^${task.code}`) })).toContainText('（已录入 1/4）');
});

test('检查结果: after 从 Excel 导入结果 the task picker counts the imported results too', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 3 });
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const picker = page.getByRole('combobox', { name: '抽查任务' });
  await expect(picker).toContainText('（已录入 0/3）');
  const today = await todayOnPage(page);
  const file = await resultWorkbook(
    dataDir,
    draw.selected.slice(0, 2).map((e) => [e.code, '1', today, '实地检查']),
  );
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(file);
  const dialog = page.getByRole('dialog', { name: '导入检查结果：预览“检查结果.xlsx”' });
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(results.progress).toHaveText('已录入 2 / 3');
  await expect(picker).toContainText('（已录入 2/3）');
});
