import { expect, test } from './preview-fixture.ts';
import { inspectorWorkbook } from './roster-files.ts';
import { test as rosterTest } from './roster-fixture.ts';

test('设置 → 部门: 本局 first, a department added, its 简称 edited and it is 停用', async ({ items }) => {
  const page = items.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  const card = page.getByRole('region', { name: '部门' });
  const table = card.getByRole('table', { name: '部门名单' });
  await expect(table.getByRole('row').nth(1)).toContainText('大同县市场和质量监督管理局');
  await expect(table.getByRole('row').nth(1)).toContainText('名称即上方“单位信息”中的单位名称');

  await card.getByRole('button', { name: '添加部门' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('textbox', { name: '部门名称' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('textbox', { name: '部门名称' }).fill('县应急管理局');
  await dialog.getByRole('textbox', { name: '简称' }).fill('县应急局');
  await dialog.getByRole('textbox', { name: '联系人' }).fill('王应急');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(items.notice()).toContainText('已添加“县应急管理局”');
  const row = table.getByRole('row', { name: /县应急管理局/ });
  await expect(row).toContainText('县应急局');
  await expect(row).toContainText('王应急');

  await card.getByRole('button', { name: '编辑 县应急管理局' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: '简称' }).fill('应急局');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('应急局');
  await page.screenshot({ path: 'test-results/departments-card.png', fullPage: false });

  await card.getByRole('button', { name: '停用 县应急管理局' }).click();
  await expect(row).toContainText('已停用');
  await expect(card.getByRole('button', { name: '恢复 县应急管理局' })).toBeVisible();
});

rosterTest('an inspector list is imported for the department chosen in the wizard', async ({ inspectors, host, dataDir, page }) => {
  await host('departments:save', { department: { name: '县应急管理局', shortName: '县应急局' } });
  await page.reload();
  const wizard = await inspectors.openImport('导入人员', '导入执法检查人员');
  await wizard.chooseFile(await inspectorWorkbook(dataDir));
  await page.getByRole('dialog').getByRole('combobox', { name: '为哪个部门导入' }).click();
  await page.getByRole('option', { name: '县应急管理局' }).click();
  await wizard.preview();
  await wizard.expectCounts({ new: 3, rejected: 0 });
  await wizard.confirm();
  await wizard.finish();
  await expect(inspectors.row('王一').locator('[data-field="departmentName"]')).toHaveText('县应急管理局');
});
