import fs from 'node:fs';
import path from 'node:path';
import { ItemWorkbook } from './item-workbook.ts';
import { expect, test } from './preview-fixture.ts';

test('导出 Excel downloads the list; the edited file imports back after a preview', async ({ items, dataDir }) => {
  const page = items.page;
  const downloading = page.waitForEvent('download');
  await items.toolbarButton('导出 Excel').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('随机抽查事项清单.xlsx');
  const exported = path.join(dataDir, 'exported.xlsx');
  await download.saveAs(exported);
  await expect(items.notice()).toContainText('已导出 14 项');

  const book = await ItemWorkbook.read(exported);
  expect(book.title()).toContain('随机抽查事项清单');
  const rows = book.itemRows();
  expect(rows).toHaveLength(14);
  expect(rows.map((r) => book.text(r, '序号'))).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
  expect(book.text(rows[13]!, '抽查事项')).toBe('食品相关产品安全监督检查');

  // The clerk edits one 适用对象 and adds a new item under the last row.
  book.set(rows[6]!, '适用对象', '全县取得管理体系和服务认证的企业');
  const added = rows[13]! + 1;
  book.set(added, '序号', 15);
  book.set(added, '抽查事项', '广告发布监督检查');
  book.set(added, '检查内容', '1.广告内容是否真实合法。\n2.广告发布登记情况。');
  book.set(added, '检查方式', '现场检查\n网络监测');
  book.set(added, '适用对象', '全县广告发布单位');
  book.set(added, '备注', '市场监管执法事项');
  const edited = path.join(dataDir, '修改后的清单.xlsx');
  await book.write(edited);

  const choosing = page.waitForEvent('filechooser');
  await items.toolbarButton('从 Excel 导入').click();
  await (await choosing).setFiles(edited);

  const preview = page.getByRole('dialog', { name: /导入预览/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('import-count-new')).toContainText('1');
  await expect(preview.getByTestId('import-count-updated')).toContainText('1');
  await expect(preview.getByTestId('import-count-unchanged')).toContainText('13');
  await expect(preview.locator('tr[data-action="new"]')).toContainText('广告发布监督检查');
  const update = preview.locator('tr[data-action="update"]');
  await expect(update).toContainText('管理体系和服务认证专项监督检查');
  await expect(update).toContainText('适用对象');
  await expect(update).toContainText('全县取得管理体系和服务认证的企业');
  // Nothing is written before 确认导入 (the list behind the dialog still counts 14).
  await expect(items.count).toHaveText('共 14 项');

  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(preview).toBeHidden();
  await expect(items.notice()).toContainText('新增 1 项，更新 1 项');
  await items.expectCount(15);
  await expect(items.row('广告发布监督检查').locator('[data-field="seq"]')).toHaveText('15');
  await expect(items.row('管理体系和服务认证专项监督检查').locator('[data-field="target"]')).toHaveText('全县取得管理体系和服务认证的企业');
});

test('an import with problems lists them by 行 and 列 and cannot be confirmed', async ({ items, dataDir }) => {
  const page = items.page;
  const downloading = page.waitForEvent('download');
  await items.toolbarButton('导出 Excel').click();
  const exported = path.join(dataDir, 'exported.xlsx');
  await (await downloading).saveAs(exported);
  const book = await ItemWorkbook.read(exported);
  const row = book.itemRows()[2]!;
  book.set(row, '备注', '不存在的类别');
  const broken = path.join(dataDir, 'broken.xlsx');
  await book.write(broken);

  const choosing = page.waitForEvent('filechooser');
  await items.toolbarButton('从 Excel 导入').click();
  await (await choosing).setFiles(broken);
  const preview = page.getByRole('dialog', { name: /导入预览/ });
  await expect(preview.getByRole('alert').first()).toContainText('不能导入');
  const problems = preview.getByRole('table', { name: '文件中的问题' });
  await expect(problems.getByRole('row').nth(1)).toContainText(String(row));
  await expect(problems).toContainText('事项类别只能是');
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('打印清单 (PDF) opens the PDF in a new tab', async ({ items, context }) => {
  const opened = context.waitForEvent('response', {
    predicate: (r) => r.url().includes('/files/view'),
    timeout: 20_000,
  });
  await items.toolbarButton('打印清单 (PDF)').click();
  const response = await opened;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(decodeURIComponent(response.url())).toContain('随机抽查事项清单.pdf');
  // The tab's body is Chromium's PDF viewer; fetch the same address to check the file itself.
  const file = await context.request.get(response.url());
  expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(items.notice()).toContainText('已生成 PDF（14 项）');
});

test('a file that is not a workbook is refused with the core’s Chinese message', async ({ items, dataDir }) => {
  const page = items.page;
  const fake = path.join(dataDir, '清单.xlsx');
  fs.writeFileSync(fake, '这不是 Excel 文件');
  const choosing = page.waitForEvent('filechooser');
  await items.toolbarButton('从 Excel 导入').click();
  await (await choosing).setFiles(fake);
  const notice = items.notice().getByRole('alert');
  await expect(notice).toContainText('不是 Excel 工作簿');
  await expect(notice).toContainText(/参考号 [0-9A-F]{6}/);
  await expect(notice).not.toContainText(/Error|\bat\s/);
  await expect(page.getByRole('dialog', { name: /导入预览/ })).toHaveCount(0);
  await expect(items.count).toHaveText('共 14 项');
});
