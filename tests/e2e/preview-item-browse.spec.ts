import { expect, test } from './preview-fixture.ts';

test('the item list shows the bureau’s 14 items numbered 1 to 14', async ({ items }) => {
  await items.expectCount(14);
  await expect(items.column('seq')).toHaveText(Array.from({ length: 14 }, (_, i) => String(i + 1)));
  await expect(items.rows.nth(13).locator('[data-field="name"]')).toHaveText('食品相关产品安全监督检查');
  await expect(items.rows.nth(0).locator('[data-field="category"]')).toHaveText('市场监管执法事项');
  await expect(items.page.getByTestId('bureau-name')).toHaveText('大同县市场和质量监督管理局');
});

test('searching narrows the list, also by words found only in 检查依据', async ({ items }) => {
  await items.search('计量');
  await items.expectCount(5);
  await expect(items.row('销售、使用计量器具的监督检查')).toBeVisible();
  await expect(items.row('有机产品认证监督抽查')).toHaveCount(0);

  // 起重机械 appears in no name, only in the 检查依据 of item 9.
  await items.search('起重机械');
  await items.expectCount(1);
  await expect(items.column('seq')).toHaveText(['9']);
  await expect(items.column('name')).toHaveText(['特种设备生产（设计、制造、安装、修理）单位许可证后监管']);

  await items.search('');
  await items.expectCount(14);
});

test('Ctrl+F puts the cursor in the search box', async ({ items }) => {
  await items.page.getByRole('heading', { name: '随机抽查事项清单' }).click();
  await items.page.keyboard.press('Control+f');
  await expect(items.searchBox).toBeFocused();
});

test('the detail of item 3 keeps each numbered clause of 检查内容 on its own line', async ({ items }) => {
  const detail = await items.open('销售、使用计量器具的监督检查');
  const content = detail.getByTestId('item-content');
  await expect(content).toBeVisible();
  const lines = (await content.innerText()).split('\n').map((l) => l.trim());
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^1\./);
  expect(lines[0]).toContain('制造计量器具许可证');
  expect(lines[1]).toMatch(/^2\./);
  // Line breaks are shown, not only kept in the text: the second clause starts lower on screen.
  const tops = await content.evaluate((el) => {
    const text = el.firstChild;
    if (!text || !text.textContent) return [];
    const range = document.createRange();
    const second = text.textContent.indexOf('2.');
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect().top;
    range.setStart(text, second);
    range.setEnd(text, second + 1);
    return [first, range.getBoundingClientRect().top];
  });
  expect(tops[1]).toBeGreaterThan(tops[0] ?? Infinity);
  // 检查方式 is a list, one method per line.
  await expect(detail.getByTestId('item-methods').getByRole('listitem')).toHaveText(['现场核查', '书面检查']);
  await expect(detail.getByTestId('item-basis')).toContainText('《集贸市场计量监督管理办法》');
  await items.closeDetail();
});
