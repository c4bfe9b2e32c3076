import { expect, test } from './preview-fixture.ts';

test('settings are saved, shown in the title bar and kept after a reload', async ({ items }) => {
  const page = items.page;
  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  const bureau = page.getByRole('textbox', { name: '单位名称' });
  await expect(bureau).toHaveValue('大同县市场和质量监督管理局');
  const year = new Date().getFullYear();
  await expect(page.getByText(`例如：大同县市监〔${year}〕3号`)).toBeVisible();

  await bureau.fill('大同县市场监督管理局');
  await page.getByRole('textbox', { name: '文号前缀' }).fill('同市监');
  await expect(page.getByText(`例如：同市监〔${year}〕3号`)).toBeVisible();
  await page.getByRole('textbox', { name: '联系人' }).fill('张明');
  await page.getByRole('textbox', { name: '联系电话' }).fill('0352-6021234');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(items.notice()).toContainText('设置已保存');
  await expect(page.getByTestId('bureau-name')).toHaveText('大同县市场监督管理局');

  await page.reload();
  await expect(page.getByRole('textbox', { name: '联系人' })).toHaveValue('张明');
  await expect(page.getByRole('textbox', { name: '文号前缀' })).toHaveValue('同市监');
  await expect(page.getByTestId('db-path')).toHaveText(/test\.db$/);
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
});

test('a wrong 文号前缀 and 联系电话 are refused and each field says why', async ({ items }) => {
  const page = items.page;
  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  const prefix = page.getByRole('textbox', { name: '文号前缀' });
  const phone = page.getByRole('textbox', { name: '联系电话' });
  await prefix.fill('大同县市监〔2026〕');
  await phone.fill('电话0352');
  await phone.press('Enter');
  await expect(prefix).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('文号前缀只写机关代字（如“大同县市监”），年份和序号由程序生成', { exact: true })).toBeVisible();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('联系电话只能包含数字、连字符和括号', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('请检查填写的内容');

  await page.reload();
  await expect(prefix).toHaveValue('大同县市监');
});
