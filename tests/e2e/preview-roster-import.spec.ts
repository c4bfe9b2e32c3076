import path from 'node:path';
import { problemCells } from './pages/import-wizard.ts';
import { MESSY_IMPORTED, codeFor, gbkEntityCsv, messyEntityWorkbook, sheetTexts } from './roster-files.ts';
import { expect, test } from './roster-fixture.ts';

test('a messy roster: columns proposed, problems shown before anything is written, then imported with a report', async ({
  entities,
  host,
  dataDir,
}) => {
  const page = entities.page;
  const file = await messyEntityWorkbook(dataDir);
  await entities.expectCount('共 0 个市场主体');

  const wizard = await entities.openImport();
  await wizard.chooseFile(file);
  // The header is found under the title and 填报单位 rows, and the other office's names are mapped.
  await expect(wizard.dialog.getByTestId('import-file-name')).toHaveText(path.basename(file));
  await expect(wizard.column('统一社会信用代码')).toContainText('社会信用代码');
  await expect(wizard.column('名称')).toContainText('企业名称');
  await expect(wizard.column('法定代表人')).toContainText('法定代表人（负责人）');
  await expect(wizard.column('住所')).toContainText('经营场所');
  await expect(wizard.column('所属区域')).toContainText('所属乡镇');
  await expect(wizard.column('成立日期')).toContainText('（不导入）');
  await expect(wizard.dialog.getByRole('table', { name: '文件中的前几行' })).toContainText('大同县华兴商贸有限公司');
  await expect(wizard.dialog.getByRole('combobox', { name: /^导入到名录/ })).toHaveValue('市场主体名录');

  await wizard.preview();
  // skipped: the 合计 row and the blank row
  await wizard.expectCounts({ new: 4, updated: 0, unchanged: 0, flagged: 1, rejected: 2, skipped: 2 });
  // Each bad cell is marked, with the core's reason on hover.
  await expect(problemCells(wizard.previewRow(6))).toHaveAttribute('title', /单元格为数值格式，代码已失真/);
  await expect(problemCells(wizard.previewRow(7))).toHaveAttribute('title', /校验位/);
  await expect(wizard.previewRow(7)).toHaveAttribute('data-verdict', 'flagged');
  await expect(wizard.previewRow(10)).toHaveAttribute('data-verdict', 'rejected');
  await expect(problemCells(wizard.previewRow(10))).toHaveAttribute('title', /与第 4 行重复/);
  await expect(wizard.previewRow(12)).toHaveAttribute('data-verdict', 'skipped');
  await expect(wizard.previewRow(5)).toHaveAttribute('data-verdict', 'new');
  await expect(problemCells(wizard.previewRow(4))).toHaveCount(0);
  await expect(wizard.notImported.getByRole('row')).toHaveCount(4);
  await expect(wizard.notImported).toContainText('与第 4 行重复');
  // Nothing is written yet: the host holds no entity.
  expect((await host('entities:query', { offset: 0, limit: 1 })).total).toBe(0);
  await entities.expectCount('共 0 个市场主体');

  await wizard.confirm();
  await expect(wizard.headline).toContainText('新增 4 个市场主体');
  await wizard.expectCounts({ new: 4, flagged: 1, rejected: 2, skipped: 2 });

  const downloading = page.waitForEvent('download');
  await wizard.button('下载错误报告').click();
  const report = path.join(dataDir, 'report.xlsx');
  await (await downloading).saveAs(report);
  const lines = (await sheetTexts(report)).map((cells) => cells.join('|'));
  expect(lines.find((l) => l.startsWith('6|'))).toContain('代码已失真');
  expect(lines.find((l) => l.startsWith('7|'))).toContain('校验位');
  expect(lines.find((l) => l.startsWith('10|'))).toContain('与第 4 行重复');

  await wizard.finish();
  await entities.expectCount('共 4 个市场主体');
  await expect(entities.column('name')).toHaveText(MESSY_IMPORTED);
  // The full-width lower-case code was normalised; the 注销 entity is marked.
  await expect(entities.row('大同县隆盛五金店').locator('[data-field="code"]')).toHaveText(codeFor(2));
  await expect(entities.row('大同县聚乐饭店').locator('[data-field="regStatus"]')).toHaveText('注销');
  await expect(entities.row('大同县聚乐饭店').locator('[data-closed="true"]')).toBeVisible();
  await expect(entities.row('大同县华兴商贸有限公司').locator('[data-field="rosters"]')).toHaveText('市场主体名录');

  // The same file again: the remembered mapping, and nothing would change.
  const again = await entities.openImport();
  await again.chooseFile(file);
  await expect(again.dialog.getByTestId('mapping-hint')).toContainText('已按上次相同表头的对应关系填好');
  await again.preview();
  await again.expectCounts({ new: 0, updated: 0, unchanged: 4, flagged: 1, rejected: 2 });
});

test('a GBK-encoded CSV imports with its Chinese intact', async ({ entities, dataDir }) => {
  const wizard = await entities.openImport();
  await wizard.chooseFile(gbkEntityCsv(dataDir));
  await expect(wizard.dialog).toContainText('CSV 文件');
  await wizard.preview();
  await wizard.expectCounts({ new: 2, rejected: 0 });
  await wizard.confirm();
  await wizard.finish();
  await entities.expectCount('共 2 个市场主体');
  await expect(entities.column('name')).toHaveText(['大同县"老字号"醋坊', '大同县黄花菜农民专业合作社']);
  await expect(entities.row('大同县"老字号"醋坊').locator('[data-field="address"]')).toHaveText('西坪镇, 东街 3 号');
});

test('accepting codes that fail the checksum imports them, flagged in the detail', async ({ entities, dataDir }) => {
  const wizard = await entities.openImport();
  await wizard.chooseFile(await messyEntityWorkbook(dataDir));
  await wizard.dialog.getByRole('checkbox', { name: '接受校验位不符的代码（早期试点代码）' }).check();
  await wizard.dialog.getByRole('combobox', { name: /^导入到名录/ }).fill('农民专业合作社名录');
  await wizard.preview();
  await wizard.expectCounts({ new: 5, flagged: 0, rejected: 2 });
  await expect(wizard.count('flaggedAccepted' as never)).toContainText('1');
  await wizard.confirm();
  await wizard.finish();
  const detail = await entities.open('大同县周士庄养殖专业合作社');
  await expect(detail.getByTestId('code-flagged')).toContainText('校验位不符');
  await expect(detail.getByTestId('entity-rosters')).toHaveText('农民专业合作社名录');
});
