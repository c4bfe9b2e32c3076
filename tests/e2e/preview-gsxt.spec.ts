import path from 'node:path';
import ExcelJS from 'exceljs';
import { TaskDetailPage } from './pages/task-detail-page.ts';
import { todayOnPage } from './task-dates.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const SHOTS = process.env.GSXT_SHOTS;

test('公示系统编号 on the task page and 导出公示系统表: published results only, the rest counted as left out', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedRoster(host, dataDir, 20, 6);
  const plan = await host('plans:save', { plan: { year: 2026, name: '2026年度双随机抽查工作计划' } });
  const { task, draw } = await drawnTask(host, { count: 3, source: '计划', planId: plan.id });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  const codes = page.getByRole('region', { name: '公示系统编号' });
  await expect(codes.getByTestId('national-抽查任务')).toHaveText('（尚无）');
  await expect(codes.getByRole('button', { name: '生成编号需先在“设置”中填写机关代码' })).toBeVisible();

  // Results entered by one person, reviewed by another, and two of three published (the 分批公示 of h2's flow).
  await host('settings:save', { authorityCode: '140221' });
  await host('staff:save', { name: '王录入', canEnter: true });
  await host('staff:save', { name: '李审核', canEnter: false, canReview: true });
  const today = await todayOnPage(page);
  const ids = draw.selected.map((e) => e.entityId);
  await host('results:set', { taskId: task.id, entityIds: ids, result: { codes: ['1'], inspectedOn: today }, actor: '王录入' });
  await host('results:review', { taskId: task.id, all: true, reviewer: '李审核' });
  await host('publication:publish', { taskId: task.id, entityIds: ids.slice(0, 2), date: today });

  await page.reload();
  // With people on the staff list the program asks who uses this PC; the export needs no one.
  await page.getByRole('dialog', { name: '谁在使用本机？' }).getByRole('button', { name: '暂不选择' }).click();
  await codes.getByRole('button', { name: '按机关代码 140221 生成编号' }).click();
  await expect(codes.getByTestId('national-抽查任务')).toHaveText(/^140221\d{8}1001$/);
  await expect(codes.getByTestId('national-抽查计划')).toHaveText('14022120261001');
  // The number the national system gave is typed over the program's own; a wrong one is refused at the field.
  await codes.getByRole('button', { name: '修改' }).first().click();
  const dialog = page.getByRole('dialog', { name: '抽查任务的公示系统编号' });
  const field = dialog.getByRole('textbox');
  await field.fill('2026-001');
  await dialog.getByRole('button', { name: '保存编号' }).click();
  await expect(field).toHaveAccessibleDescription(/任务的公示系统编号应为 18 位数字/);
  await field.fill('140221202612011005');
  await dialog.getByRole('button', { name: '保存编号' }).click();
  await expect(dialog).toBeHidden();
  await expect(codes.getByTestId('national-抽查任务')).toHaveText('140221202612011005');
  if (SHOTS) await codes.screenshot({ path: path.join(SHOTS, 'h4-national-codes.png') });

  const docs = page.getByRole('region', { name: '文书' });
  const downloading = page.waitForEvent('download');
  await docs.getByRole('button', { name: '导出公示系统表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${task.code} 公示系统表.xlsx`);
  await expect(page.getByText('已导出公示系统表：2 户，4 行，任务编号 140221202612011005；另有 1 户尚未公示，未导出')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h4-gsxt-export.png') });
  const file = path.join(dataDir, 'gsxt.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('抽查计划编号');
  expect(sheet.rowCount).toBe(5);
  expect([sheet.getCell('A2').value, sheet.getCell('B2').value, sheet.getCell('C2').value]).toEqual([
    '14022120261001',
    '2026年度双随机抽查工作计划',
    '140221202612011005',
  ]);
  expect([sheet.getCell('H2').value, sheet.getCell('H4').value]).toEqual(draw.selected.slice(0, 2).map((e) => e.code));
});

test('设置: 机关代码 takes 6 digits and says why otherwise, kept after a reload', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(preview.url);
  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  const code = page.getByRole('textbox', { name: '机关代码' });
  await expect(code).toHaveValue('');
  await expect(code).toHaveAccessibleDescription(/6 位数字，如 140221/);
  await code.fill('14022');
  await code.press('Enter');
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toHaveAccessibleDescription('机关代码应为 6 位数字（如 140221），不知道时可留空');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h4-settings-authority-code.png') });
  await code.fill('140221');
  await code.press('Enter');
  await expect(code).toHaveAttribute('aria-invalid', 'false');
  await page.reload();
  await expect(page.getByRole('textbox', { name: '机关代码' })).toHaveValue('140221');
});
