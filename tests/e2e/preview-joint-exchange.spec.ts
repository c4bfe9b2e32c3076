import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { daysFromToday } from './roster-files.ts';
import { ResultsPage } from './pages/results-page.ts';
import { todayOnPage } from './task-dates.ts';
import { expect, seedRoster, test } from './task-fixture.ts';

const SHOTS = '/tmp/shots';
const ITEM = '危险化学品经营安全检查';

test('部门交换: export 县应急管理局’s part, fill it as its clerk would, import it back into its results only', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedRoster(host, dataDir, 10, 4);
  const safety = await host('departments:save', {
    department: { name: '县应急管理局', shortName: '县应急局', contact: '王应急', phone: '0352-1111111' },
  });
  const item = await host('items:create', { name: ITEM, category: '其它行政执法事项', departmentId: safety.id });
  for (const i of [1, 2]) {
    await host('inspectors:save', {
      inspector: { name: `应急员${i}`, certNo: `YJ000${i}`, certExpiry: '2030-12-31', departmentId: safety.id },
    });
  }
  const task = await host('tasks:save', {
    task: {
      name: '部门联合抽查',
      itemIds: [1, item.id],
      count: 3,
      periodStart: daysFromToday(1),
      periodEnd: daysFromToday(30),
      inspectorsPerEntity: 3,
      joint: true,
      departments: [
        { departmentId: 1, itemIds: [1], perEntity: 2 },
        { departmentId: safety.id, itemIds: [item.id], perEntity: 1 },
      ],
    },
  });
  const draw = await host('draws:run', { taskId: task.id, operator: '张操作', witness: '李监督' });

  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  await page.getByRole('button', { name: '部门交换' }).click();
  let dialog = page.getByRole('dialog', { name: '部门交换：部门联合抽查' });
  await expect(dialog.getByRole('radio', { name: /县应急管理局/ })).toBeChecked();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/exchange-dialog.png` });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出交换表…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${task.code} 县应急局 交换表.xlsx`);
  const exported = path.join(dataDir, 'exported.xlsx');
  await download.saveAs(exported);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // 县应急管理局's clerk fills two rows, leaves one blank and signs below the table.
  const today = await todayOnPage(page);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(exported);
  expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '检查对象', '执法人员', '抽查事项', '检查结果', '选项']);
  const sheet = book.getWorksheet('检查结果')!;
  const headers = (sheet.getRow(2).values as unknown[]).map(String);
  const col = (h: string) => headers.indexOf(h);
  sheet.getCell(3, col('检查结果')).value = '1';
  sheet.getCell(3, col('检查日期')).value = today.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  sheet.getCell(3, col(`${ITEM}-是否检查`)).value = '是';
  sheet.getCell(4, col('检查结果')).value = '4、A';
  sheet.getCell(4, col('检查日期')).value = today;
  sheet.getCell(4, col(`${ITEM}-发现问题`)).value = '台账不全';
  sheet.getCell(7, 1).value = '填表人：王应急';
  const filled = path.join(dataDir, '应急局交回.xlsx');
  await book.xlsx.writeFile(filled);

  await page.getByRole('button', { name: '部门交换' }).click();
  dialog = page.getByRole('dialog', { name: '部门交换：部门联合抽查' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '导入交回的文件…' }).click();
  await (await choosing).setFiles(filled);
  const previewDialog = page.getByRole('dialog', { name: '导入县应急管理局的检查结果：预览“应急局交回.xlsx”' });
  await expect(previewDialog.getByTestId('result-import-headline')).toHaveText(
    '确认导入后将新增 2 户、更改 0 户的检查结果；1 户与已录入的相同，保持不动；现在还没有写入任何数据。',
  );
  await expect(previewDialog.getByRole('table', { name: '新增的结果' }).locator('tbody tr')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/exchange-import-preview.png` });
  await previewDialog.getByRole('button', { name: '确认导入' }).click();
  await expect(previewDialog).toBeHidden();
  await expect(results.notice()).toContainText(`已导入 2 户的检查结果（任务 ${task.code}，县应急管理局）：新增 2 户，更改 0 户，1 户不变`);

  const mine = await host('results:list', { taskId: task.id, departmentId: safety.id });
  expect(mine.filter((r) => r.result).map((r) => r.result!.codes)).toEqual([['1'], ['4', 'A']]);
  expect(mine[0]!.code).toBe(draw.selected[0]!.code);
  const own = await host('results:list', { taskId: task.id, departmentId: 1 });
  expect(own.filter((r) => r.result)).toEqual([]);
});
