import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { todayOnPage } from './task-dates.ts';
import { sheetNames } from './task-files.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const NO_FOLLOW_UP = '未发现问题或相关问题已规范已改正，无需后续处置';
const ORDER_CORRECTED = '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责';

/** A 公示 naming these entities, stored as the publication act stores one (content '[]' here; only the names count). */
function publishBySql(dbFile: string, taskId: number, entityIds: number[], on: string): void {
  const db = new Database(dbFile);
  try {
    const content = '[]';
    const hash = createHash('sha256').update(content).digest('hex');
    const id = db
      .prepare("INSERT INTO publications (task_id, kind, published_on, content, content_hash) VALUES (?, '公示', ?, ?, ?)")
      .run(taskId, on, content, hash).lastInsertRowid;
    for (const e of entityIds)
      db.prepare('INSERT INTO publication_entities (publication_id, task_id, entity_id) VALUES (?, ?, ?)').run(id, taskId, e);
  } finally {
    db.close();
  }
}

test('统计 shows 抽查工作情况统计 by task, item and month with a 合计, bars per result code and a line by month; 导出 Excel has a sheet per view', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task, draw } = await drawnTask(host, { count: 4, name: '统计用抽查' });
  const [a, b, c] = draw.selected.map((e) => e.entityId);
  const today = await todayOnPage(page);
  await host('results:set', { taskId: task.id, entityIds: [a!, b!], result: { codes: ['1'], disposal: NO_FOLLOW_UP, inspectedOn: today } });
  await host('results:set', {
    taskId: task.id,
    entityIds: [c!],
    result: { codes: ['4', 'E'], disposal: ORDER_CORRECTED, inspectedOn: today },
  });
  publishBySql(path.join(dataDir, 'test.db'), task.id, [a!, c!], today);

  await page.goto(`${preview.url}#/stats`);
  await expect(page.getByRole('heading', { name: '统计', level: 1 })).toBeVisible();
  const base = draw.poolSize;
  const ratio = `${(Math.floor((2000 * 4 + base) / (2 * base)) / 10).toFixed(1)}%`;
  // 户数 4, 已录入 3, 已公示 2 (50.0%), 完结 1 of the 2 published (50.0%); codes 1 ×2, 4 ×1, E ×1; 后续处置 无需 ×2, 责令改正 ×1.
  const counts = [String(base), ratio, '4', '3', '2', '50.0%', '1', '50.0%', '2', '1', '1', '2', '0', '1', '0', '0', '0'];
  const byTask = page.getByRole('grid', { name: '按抽查任务统计' });
  await expect(byTask.getByRole('columnheader', { name: '检查结果', exact: true })).toBeVisible();
  await expect(byTask.getByRole('columnheader', { name: '后续处置', exact: true })).toBeVisible();
  const lines = byTask.locator('[role="row"][data-id]');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0).getByRole('gridcell')).toHaveText([`${task.code} 统计用抽查`, ...counts]);
  await expect(lines.nth(1).getByRole('gridcell')).toHaveText(['合计', ...counts]);

  const bars = page.getByRole('img', { name: '各检查结果户数柱状图' });
  await expect(bars).toContainText('1 未发现问题');
  await expect(bars).toContainText(task.code);
  // One bar segment per result code that occurs (1, 4, E) for the one task.
  await expect(bars.locator('.MuiBarChart-element')).toHaveCount(3);
  const line = page.getByRole('img', { name: '按月完成率与完结率折线图' });
  const month = dayjs(draw.drawnAt).format('YYYY年M月');
  await expect(line).toContainText(month);
  await expect(line).toContainText('完成率（已公示 ÷ 户数）');

  await page.getByRole('tab', { name: '按事项' }).click();
  const byItem = page.getByRole('grid', { name: '按检查事项统计' });
  // The task has two 检查事项: its four entities count under each, once in the 合计.
  await expect(byItem.locator('[role="row"][data-id]')).toHaveCount(3);
  for (const i of [0, 1, 2]) await expect(byItem.locator('[role="row"][data-id]').nth(i).getByRole('gridcell').nth(3)).toHaveText('4');

  await page.getByRole('tab', { name: '按月份' }).click();
  const byMonth = page.getByRole('grid', { name: '按抽取月份统计' });
  await expect(byMonth.locator('[role="row"][data-id]').nth(0).getByRole('gridcell')).toHaveText([month, ...counts]);

  const year = Number(task.code.slice(0, 4));
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: `${year}年` }).click();
  await expect(byMonth.locator('[role="row"][data-id]')).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`抽查工作情况统计（${year}年）.xlsx`);
  const file = path.join(dataDir, 'stats.xlsx');
  await download.saveAs(file);
  expect(await sheetNames(file)).toEqual(['按任务', '按检查事项', '按区域', '按登记机关', '按月份', '按信用风险分类', '按部门']);
  await expect(page.locator('.MuiSnackbar-root')).toContainText('已导出统计表（7 个工作表）');
});
