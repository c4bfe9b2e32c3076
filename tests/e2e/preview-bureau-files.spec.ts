import path from 'node:path';
import {
  BUREAU_ROSTER,
  bureauCode,
  bureauInspectorTable,
  bureauRosterTable,
  writeGbkCsv,
  writeXls,
  writeXlsx,
} from '../unit/import/bureau-files.ts';
import { expect, test } from './roster-fixture.ts';

const SHOTS = process.env.SSJ_SHOTS;

test('a bureau’s own 300-row roster (.xls): header variants, long-form values checked in the value step, 299 imported', async ({
  entities,
  host,
  dataDir,
}) => {
  test.setTimeout(90_000);
  await entities.page.setViewportSize({ width: 1366, height: 768 });
  const file = writeXls(bureauRosterTable(), path.join(dataDir, '大同县市场主体名录（三季度）.xls'));
  const wizard = await entities.openImport();
  await wizard.chooseFile(file);
  await expect(wizard.column('法定代表人')).toContainText('法定代表人（负责人/经营者）');
  await expect(wizard.column('登记机关')).toContainText('登记机关');
  await expect(wizard.column('管辖单位')).toContainText('管辖单位');
  await expect(wizard.column('成立日期')).toContainText('成立日期');

  await wizard.values();
  // Every way the file writes a class, with what it is stored as and why.
  await expect(wizard.valueRow('riskClass', 'A类（低风险）')).toContainText('按常见写法');
  await expect(wizard.dialog.getByRole('combobox', { name: '“C类（较高风险）”导入为' })).toHaveText('C（较高风险）');
  await expect(wizard.dialog.getByRole('combobox', { name: '“一般风险”导入为' })).toHaveText('B（一般风险）');
  await expect(wizard.dialog.getByRole('combobox', { name: '“存续（在营、开业、在册）”导入为' })).toHaveText('存续');
  await expect(wizard.dialog.getByRole('combobox', { name: '“有限责任公司（自然人投资或控股）”导入为' })).toHaveText('企业');
  await expect(wizard.dialog.getByTestId('values-hint')).toContainText('文件中每一种写法都已对应好');
  if (SHOTS) await entities.page.screenshot({ path: path.join(SHOTS, 'import-values.png') });

  await wizard.preview();
  await wizard.expectCounts({ new: 299, rejected: 1, skipped: 5 });
  await expect(wizard.notImported.getByRole('row')).toHaveCount(2);
  await expect(wizard.notImported).toContainText(bureauCode(BUREAU_ROSTER.repeatOf));
  await expect(wizard.notImported).toContainText(/与第 \d+ 行重复/);
  expect((await host('entities:query', { offset: 0, limit: 1 })).total).toBe(0);
  await wizard.confirm();
  await wizard.finish();
  await entities.expectCount('共 299 个市场主体');
});

test('a value nobody knows is marked in the value step; the clerk’s choice is used and remembered', async ({ entities, dataDir }) => {
  await entities.page.setViewportSize({ width: 1366, height: 768 });
  const table = [
    ['统一社会信用代码', '企业名称', '信用风险分类', '登记状态'],
    [bureauCode(1), '大同县甲商店', '一般关注', '存续'],
    [bureauCode(2), '大同县乙商店', 'B类', '待核实'],
  ];
  const file = writeGbkCsv(table, path.join(dataDir, '名录（GBK）.csv'));
  const wizard = await entities.openImport();
  await wizard.chooseFile(file);
  await wizard.values();
  await expect(wizard.valueRow('riskClass', '一般关注')).toContainText('无法识别');
  await expect(wizard.dialog.getByTestId('values-hint')).toContainText('有 2 种写法无法识别');
  await expect(wizard.dialog.getByRole('combobox', { name: '“一般关注”导入为' })).toHaveText('未选择（按未分类导入）');
  if (SHOTS) await entities.page.screenshot({ path: path.join(SHOTS, 'import-values-unknown.png') });
  await wizard.chooseValue('riskClass', '一般关注', 'B（一般风险）');

  // Unmapped, 待核实 imports as 存续 with a 提示 on its row; the chosen 一般关注 has none.
  await wizard.preview();
  await wizard.expectCounts({ new: 2, rejected: 0, hinted: 1 });
  await expect(wizard.hinted).toContainText('登记状态“待核实”无法识别，已按“存续”导入');
  await expect(wizard.previewRow(3).locator('td[data-hint="true"]')).toHaveCount(1);
  if (SHOTS) await entities.page.screenshot({ path: path.join(SHOTS, 'import-preview-hints.png') });
  await wizard.confirm();
  await wizard.finish();
  await expect(entities.row('大同县甲商店').locator('[data-field="riskClass"]')).toHaveText('B');

  const again = await entities.openImport();
  await again.chooseFile(file);
  await again.values();
  await expect(again.valueRow('riskClass', '一般关注')).toContainText('上次的选择');
  await expect(again.dialog.getByRole('combobox', { name: '“一般关注”导入为' })).toHaveText('B（一般风险）');
});

test('an inspector list with free 执法领域, 退休/借调/休假 and text dates imports every row; one without 有效期 is marked', async ({
  inspectors,
  dataDir,
}) => {
  await inspectors.page.setViewportSize({ width: 1366, height: 768 });
  const file = await writeXlsx(bureauInspectorTable(), path.join(dataDir, '执法人员名单.xlsx'));
  const wizard = await inspectors.openImport('导入人员', '导入执法检查人员');
  await wizard.chooseFile(file);
  await expect(wizard.column('所属科室/所')).toContainText('科室或所');
  await wizard.values();
  await expect(wizard.dialog.getByRole('combobox', { name: '“在职”导入为' })).toHaveText('在岗');
  await expect(wizard.dialog.getByRole('combobox', { name: '“退休”导入为' })).toHaveText('退休');
  await wizard.preview();
  await wizard.expectCounts({ new: 10, rejected: 0, hinted: 2 });
  await expect(wizard.hinted).toContainText('未填写执法证有效期：填写之前不会被抽取');
  await expect(wizard.hinted).toContainText('执法证已于 2026-11-30 到期');
  await wizard.confirm();
  await wizard.finish();
  await expect(inspectors.count).toHaveText('共 10 人');
  await expect(inspectors.row('周明')).toContainText('不参与抽取');
  await expect(inspectors.page.getByTestId('inspector-undated')).toHaveText('1 人未填执法证有效期（不会被抽取）');
  await expect(inspectors.row('刘志强')).toContainText('退休');
});
