import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { daysFromToday } from './roster-files.ts';
import { expect, test, type HostCall } from './roster-fixture.ts';

/** Where to keep screenshots for a person to look at (SHOTS_DIR=/tmp/shots), if anywhere. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

async function seedTagged(host: HostCall) {
  const people: [string, string, string, string][] = [
    ['王一', '14020030001', '食品安全、特种设备', '在岗'],
    ['李二', '14020030002', '食品安全 网络交易 广告 价格监督 知识产权', '在岗'],
    ['张三', '14020030003', '计量', '在岗'],
    ['赵四', '14020030004', '特种设备', '退休'],
    ['钱五', '14020030005', '', '借调'],
  ];
  for (const [name, certNo, tags, status] of people) {
    await host('inspectors:save', {
      inspector: { name, certNo, certExpiry: daysFromToday(400), unit: '西坪市场监管所', tags, status: status as '在岗' },
    });
  }
}

test('an inspector gets two tags as chips, the list filters by a tag, and one not 在岗 is marked 不参与抽取', async ({
  inspectors,
  host,
  page,
}) => {
  await seedTagged(host);
  await page.reload();
  await expect(inspectors.count).toHaveText('共 5 人');

  await inspectors.toolbarButton('新增').click();
  const form = page.getByRole('dialog', { name: '新增执法检查人员' });
  await form.getByRole('textbox', { name: '姓名' }).fill('孙六');
  await form.getByRole('textbox', { name: '执法证号' }).fill('14020030006');
  await form.getByLabel('证件有效期').fill(daysFromToday(300));
  const tags = form.getByRole('combobox', { name: '执法领域/业务专长' });
  // A tag in use is offered with how many hold it; a new one is typed and closed with 、.
  await tags.fill('特种');
  await expect(page.getByRole('option', { name: /特种设备/ })).toContainText('2 人（在岗 1）');
  await page.getByRole('option', { name: /特种设备/ }).click();
  await tags.pressSequentially('电梯安全、');
  await expect(tags).toHaveValue('');
  await expect(form.getByRole('button', { name: '特种设备' })).toBeVisible();
  await expect(form.getByRole('button', { name: '电梯安全' })).toBeVisible();
  await shot(page, 'inspector-form-tags.png');
  await tags.press('Tab');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(inspectors.detail.getByRole('list', { name: '执法领域/业务专长' }).getByRole('listitem')).toHaveText([
    '特种设备',
    '电梯安全',
  ]);
  await shot(page, 'inspector-detail.png');
  await inspectors.closeDetail();

  const cell = inspectors.row('孙六').locator('[data-field="tags"]');
  await expect(cell.getByRole('listitem')).toHaveText(['特种设备', '电梯安全']);
  // Five tags: three chips and one that names the other two.
  await expect(inspectors.row('李二').locator('[data-field="tags"]').getByRole('listitem')).toHaveText([
    '食品安全',
    '网络交易',
    '广告',
    '+2',
  ]);
  await expect(inspectors.row('赵四')).toHaveClass(/inspector-not-drawn/);
  await expect(inspectors.row('赵四').locator('[data-field="status"]')).toHaveText('退休不参与抽取');
  await expect(inspectors.row('王一').locator('[data-field="status"]')).toHaveText('在岗');
  await expect(page.getByRole('main')).toContainText('2 人不在岗（不参与抽取）');
  await shot(page, 'inspectors-list-chips.png');

  const filter = page.getByRole('combobox', { name: '按执法领域/业务专长筛选' });
  await filter.click();
  await expect(page.getByRole('option', { name: /特种设备/ })).toContainText('3 人');
  await page.getByRole('option', { name: /特种设备/ }).click();
  await expect(inspectors.count).toHaveText('找到 3 人');
  await expect(inspectors.rows).toHaveCount(3);
  await expect(inspectors.row('孙六')).toBeVisible();
  await expect(inspectors.row('赵四')).toBeVisible();
  await shot(page, 'inspectors-list-filtered.png');
  await filter.hover();
  await page.getByRole('main').getByRole('button', { name: '清空' }).click();
  await expect(inspectors.count).toHaveText('共 6 人');
});
