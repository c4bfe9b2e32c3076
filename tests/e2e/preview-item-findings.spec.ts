import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { todayOnPage } from './task-dates.ts';
import { ResultsPage } from './pages/results-page.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

test('results: the findings per 检查事项 entered for one entity in the panel are there after a reload', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task, draw } = await drawnTask(host, { count: 3, itemIds: [1, 2, 3] });
  const items = (await host('tasks:get', { id: task.id })).items;
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  await results.cell(1, 'name').click();
  const rowsOf = results.form.getByTestId('item-finding');
  await expect(rowsOf).toHaveCount(3);
  // A new result starts with every item checked and nothing found, as the core defaults it.
  for (const item of items) await expect(results.form.getByRole('checkbox', { name: `${item.name} 是否检查` })).toBeChecked();

  await results.form.getByRole('combobox', { name: '检查结果' }).fill('1');
  await page.keyboard.press('Enter');
  await results.form.getByLabel(`${items[0]!.name} 发现问题`).fill('未按规定公示年度报告');
  // A problem beside “1 未发现问题” is said at the item before saving.
  await expect(rowsOf.first()).toContainText('发现了问题，检查结果不能是“1 未发现问题”');
  await results.form.getByRole('combobox', { name: '检查结果' }).focus();
  await page.keyboard.press('Backspace');
  await results.form.getByRole('combobox', { name: '检查结果' }).fill('B');
  await page.keyboard.press('Enter');
  await expect(rowsOf.first()).not.toContainText('不能是');
  await results.form.getByLabel(`${items[0]!.name} 处置情况`).fill('责令限期改正');
  await results.form.getByRole('checkbox', { name: `${items[2]!.name} 是否检查` }).uncheck();
  await expect(results.form.getByLabel(`${items[2]!.name} 发现问题`)).toHaveCount(0);
  await results.form.getByLabel('检查日期').fill(await todayOnPage(page));
  await results.form.getByRole('combobox', { name: '后续处置' }).click();
  const longest = '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责';
  const option = page.getByRole('option', { name: longest });
  // The platform's long words are shown whole in the menu (wrapped, never cut off with …).
  const box = await option.boundingBox();
  expect(box!.width).toBeLessThan(460);
  fs.mkdirSync('/tmp/shots', { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/shots/h6-disposal-menu.png' });
  await option.click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(results.form.getByRole('combobox', { name: '后续处置' })).toHaveText(longest);
  await page.waitForTimeout(500);
  await results.form.getByText('检查事项（3 项）').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/h6-entry.png' });
  await results.form.getByLabel('检查日期').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/h6-entry-disposal.png' });
  await results.form.getByRole('button', { name: '保存并下一户' }).click();
  await expect(results.form.getByTestId('result-form-entity')).toHaveText(draw.selected[1]!.name);

  await page.reload();
  await expect(results.rows.first()).toBeVisible();
  await results.cell(1, 'name').click();
  await expect(results.form.getByTestId('result-form-entity')).toHaveText(draw.selected[0]!.name);
  await expect(results.form.getByLabel(`${items[0]!.name} 发现问题`)).toHaveValue('未按规定公示年度报告');
  await expect(results.form.getByLabel(`${items[0]!.name} 处置情况`)).toHaveValue('责令限期改正');
  await expect(results.form.getByRole('checkbox', { name: `${items[1]!.name} 是否检查` })).toBeChecked();
  await expect(results.form.getByRole('checkbox', { name: `${items[2]!.name} 是否检查` })).not.toBeChecked();
  // The closure of the 后续处置 is shown, read-only: registered later from 待办.
  await expect(results.form.getByTestId('closure-facts')).toContainText('未完结');
  const [first] = await host('results:list', { taskId: task.id });
  expect(first!.result!.itemFindings).toEqual([
    { itemId: items[0]!.id, checked: true, problem: '未按规定公示年度报告', handling: '责令限期改正' },
    { itemId: items[1]!.id, checked: true, problem: '', handling: '' },
    { itemId: items[2]!.id, checked: false, problem: '', handling: '' },
  ]);
  await page.screenshot({ path: '/tmp/shots/h6-entry-reloaded.png' });
  await page.keyboard.press('Escape');

  // 批量设置: the same findings for the ticked entities, every item checked by default.
  for (const position of [2, 3]) await results.tick(position);
  await page.getByRole('button', { name: '批量设置（已选 2 户）' }).click();
  const bulk = page.getByRole('dialog', { name: '批量设置检查结果（2 户）' });
  await expect(bulk.getByTestId('item-finding')).toHaveCount(3);
  await bulk.getByRole('radio', { name: '检查事项保持各户原样' }).check();
  await expect(bulk.getByTestId('item-finding')).toHaveCount(0);
  await bulk.getByRole('radio', { name: '各户检查事项按下面填写' }).check();
  await bulk.getByRole('checkbox', { name: `${items[1]!.name} 是否检查` }).uncheck();
  await bulk.getByRole('combobox', { name: '检查结果' }).fill('1');
  await page.keyboard.press('Enter');
  await bulk.getByLabel('检查日期').fill(await todayOnPage(page));
  await page.screenshot({ path: '/tmp/shots/h6-bulk.png' });
  await bulk.getByRole('button', { name: '设置 2 户' }).click();
  await expect(bulk).toBeHidden();
  for (const row of (await host('results:list', { taskId: task.id })).slice(1)) {
    expect(row.result!.itemFindings.map((f) => f.checked)).toEqual([true, false, true]);
  }
});

test('从 Excel 导入结果 reads the columns of each 检查事项 and previews each changed part as 原值→新值', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 2, itemIds: [1, 2] });
  const items = (await host('tasks:get', { id: task.id })).items;
  const [a] = draw.selected;
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const today = await todayOnPage(page);
  await host('results:set', { taskId: task.id, entityIds: [a!.entityId], result: { codes: ['4'], inspectedOn: today } });
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('检查结果').addRows([
    ['统一社会信用代码', '检查结果', '检查日期', `${items[0]!.name}-是否检查`, `${items[0]!.name}-发现问题`, '【2】是否检查'],
    [a!.code, '4', today, '是', '未按规定标注产品标识', '×'],
  ]);
  const file = path.join(dataDir, '检查结果.xlsx');
  await wb.xlsx.writeFile(file);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(file);
  const dialog = page.getByRole('dialog', { name: '导入检查结果：预览“检查结果.xlsx”' });
  const changes = dialog.getByRole('table', { name: '更改的结果' }).locator('tbody tr[data-field="itemFindings"]');
  await expect(changes).toContainText([`${items[0]!.name}·发现问题（空）→未按规定标注产品标识`, `${items[1]!.name}·是否检查是→否`]);
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/shots/h6-import-items.png' });
  await dialog.getByRole('button', { name: /确认导入/ }).click();
  await expect(dialog).toBeHidden();
  const [first] = await host('results:list', { taskId: task.id });
  expect(first!.result!.itemFindings.map((f) => [f.checked, f.problem])).toEqual([
    [true, '未按规定标注产品标识'],
    [false, ''],
  ]);
});

test('导出 Excel gives the task’s results with a column per 检查事项 part, which 从 Excel 导入结果 reads back unchanged', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 2, itemIds: [1, 2] });
  const items = (await host('tasks:get', { id: task.id })).items;
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const today = await todayOnPage(page);
  const itemFindings = [{ itemId: items[0]!.id, checked: true, problem: '台账缺失', handling: '责令改正' }];
  await host('results:set', {
    taskId: task.id,
    entityIds: [draw.selected[0]!.entityId],
    result: { codes: ['4'], inspectedOn: today, itemFindings },
  });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${task.code} ${task.name} 检查结果.xlsx`);
  const file = path.join(dataDir, 'exported.xlsx');
  await download.saveAs(file);
  await expect(results.notice()).toContainText('已导出 2 户（已录入 1 户）');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const header = (wb.worksheets[0]!.getRow(2).values as string[]).filter(Boolean);
  expect(header).toContain(`${items[0]!.name}-是否检查`);
  expect(header).toContain(`${items[1]!.name}-处置情况`);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(file);
  const dialog = page.getByRole('dialog', { name: '导入检查结果：预览“exported.xlsx”' });
  await expect(dialog.getByRole('listitem')).toHaveText(['新增 0 户', '更改 0 户', '不变 2 户', '不导入 0 行']);
});
