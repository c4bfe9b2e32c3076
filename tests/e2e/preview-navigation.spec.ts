import { expect, test } from './preview-fixture.ts';

const AREAS = ['事项清单', '检查对象名录库', '执法人员名录库', '抽查任务', '检查结果', '待办', '统计', '设置'];
/** The areas opened last (tasks, results, statistics) and what each first shows on an empty database. */
const OPENED: [string, string][] = [
  ['抽查任务', '共 0 个任务'],
  ['检查结果', '还没有已抽取的任务'],
  ['待办', '没有已逾期或即将到期的事项。'],
  ['统计', '还没有有效的抽取，暂无统计。'],
];

test('every area is in the navigation and opens its own screen; none says 尚未开放 any more', async ({ items }) => {
  const page = items.page;
  const nav = page.getByRole('navigation', { name: '功能导航' });
  await expect(nav.getByRole('button')).toHaveText(AREAS);
  for (const [title, first] of OPENED) {
    await nav.getByRole('button', { name: title }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(first);
    await expect(page.getByRole('main')).not.toContainText('尚未开放');
    await expect(nav.getByRole('button', { name: title })).toHaveAttribute('aria-current', 'page');
  }
  await nav.getByRole('button', { name: '事项清单' }).click();
  await items.expectCount(14);
});

test('a reload keeps the area and still reaches the data without the token in the address', async ({ items }) => {
  const page = items.page;
  expect(page.url()).not.toContain('token=');
  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: '单位名称' })).toHaveValue('大同县市场和质量监督管理局');
});

test('a page opened without the token explains how to open it, in Chinese', async ({ browser, preview }) => {
  const page = await browser.newPage();
  await page.goto(preview.origin + '/');
  await expect(page.getByRole('alert').first()).toContainText('访问令牌无效');
  await page.close();
});
