import path from 'node:path';
import { todayOnPage } from './task-dates.ts';
import { sheetNames } from './task-files.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

test('统计 counts results by task and by result code with problem rates; 导出 Excel has a sheet per dimension', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task, draw } = await drawnTask(host, { count: 4, name: '统计用抽查' });
  const [a, b, c] = draw.selected.map((e) => e.entityId);
  const today = await todayOnPage(page);
  await host('results:set', { taskId: task.id, entityIds: [a!, b!], result: { codes: ['1'], inspectedOn: today } });
  await host('results:set', { taskId: task.id, entityIds: [c!], result: { codes: ['4', 'E'], inspectedOn: today } });

  await page.goto(`${preview.url}#/stats`);
  await expect(page.getByRole('heading', { name: '统计', level: 1 })).toBeVisible();
  const byTask = page.getByRole('table', { name: '按抽查任务统计' });
  const line = byTask.locator('tbody tr').filter({ hasText: task.code });
  // 3 of the 4 entered; 1 with a problem code (4 and E both mean a problem).
  await expect(line.locator('td')).toHaveText([`${task.code} 统计用抽查`, '3', '1', '33.3%']);

  await page.getByRole('tab', { name: '按结果' }).click();
  const byCode = page.getByRole('table', { name: '按检查结果统计' });
  await expect(byCode.locator('tbody tr').filter({ hasText: '1 未发现问题' }).locator('td')).toHaveText(['1 未发现问题', '2', '0', '0.0%']);
  await expect(byCode.locator('tbody tr').filter({ hasText: '4 违反质量技术监督相关规定' }).locator('td')).toHaveText([
    '4 违反质量技术监督相关规定',
    '1',
    '1',
    '100.0%',
  ]);

  const year = Number(task.code.slice(0, 4));
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: `${year}年` }).click();
  await expect(byCode.locator('tbody tr')).toHaveCount(3);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`随机抽查结果统计（${year}年）.xlsx`);
  const file = path.join(dataDir, 'stats.xlsx');
  await download.saveAs(file);
  expect(await sheetNames(file)).toEqual(['按任务', '按事项', '按区域', '按结果', '按风险分类']);
  await expect(page.locator('.MuiSnackbar-root')).toContainText('已导出统计表（5 个工作表）');
});
