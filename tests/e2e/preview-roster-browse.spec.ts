import path from 'node:path';
import { cleanEntityWorkbook, codeFor, sheetTexts } from './roster-files.ts';
import { expect, importByHost, test } from './roster-fixture.ts';

test('search and filters narrow the list on the host; the count follows', async ({ entities, host, dataDir, page }) => {
  await importByHost(host, 'entities', await cleanEntityWorkbook(dataDir, 120));
  await page.reload();
  await entities.expectCount('共 120 个市场主体');
  await expect(entities.column('name').first()).toHaveText('大同县第1号商店');

  // The next page comes from the host too.
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(entities.column('name').first()).toHaveText('大同县第51号商店');

  await entities.searchBox.fill('第7号');
  await entities.expectCount('找到 1 个市场主体');
  await expect(entities.column('name')).toHaveText(['大同县第7号商店']);
  await entities.searchBox.fill(codeFor(12).slice(-6));
  await expect(entities.column('name')).toHaveText(['大同县第12号商店']);
  await entities.searchBox.fill('');

  await entities.filter('所属区域', '聚乐乡');
  await entities.expectCount('找到 60 个市场主体');
  await entities.filter('行业门类', '住宿和餐饮业');
  await entities.expectCount('找到 20 个市场主体');
  await entities.filter('信用风险分类', 'A');
  // i even, i % 3 = 0 and i % 4 = 0: 12, 24, … 120.
  await entities.expectCount('找到 10 个市场主体');
  await expect(entities.column('riskClass').first()).toHaveText('A');

  // 导出 Excel writes what is shown.
  const downloading = page.waitForEvent('download');
  await entities.toolbarButton('导出 Excel').click();
  const exported = path.join(dataDir, 'export.xlsx');
  await (await downloading).saveAs(exported);
  const names = (await sheetTexts(exported)).flat().filter((t) => /^大同县第\d+号商店$/.test(t));
  expect(names).toHaveLength(10);

  await page.getByRole('button', { name: '清除筛选' }).click();
  await entities.expectCount('共 120 个市场主体');
  await entities.filter('登记状态', '吊销');
  await expect(entities.column('name')).toHaveText(['大同县第4号商店']);
  await expect(entities.rows.locator('[data-closed="true"]')).toHaveText('吊销');
});

test('登记机关 and 管辖单位 (behind 更多筛选) find the entities they name; the detail and the form show both', async ({
  entities,
  host,
  page,
}) => {
  const shops = [
    ['大同县第1号商店', '大同县市场监督管理局', '西坪市场监管所'],
    ['大同县第2号商店', '大同县市场监督管理局', '聚乐市场监管所'],
    ['大同县第3号商店', '大同市市场监督管理局', '西坪市场监管所'],
  ] as const;
  for (const [i, [name, regAuthority, jurisdiction]] of shops.entries()) {
    await host('entities:save', { entity: { code: codeFor(i + 1), name, regAuthority, jurisdiction }, rosters: ['市场主体名录'] });
  }
  await page.reload();
  await entities.expectCount('共 3 个市场主体');

  // Hidden until asked for, so the first row of filters fits a 1366 px screen.
  await expect(page.getByRole('combobox', { name: /^登记机关/ })).toHaveCount(0);
  await page.getByRole('button', { name: '更多筛选' }).click();
  await entities.filter('登记机关', '大同县市场监督管理局');
  await entities.expectCount('找到 2 个市场主体');
  await expect(entities.column('name')).toHaveText(['大同县第1号商店', '大同县第2号商店']);
  await entities.filter('管辖单位', '西坪市场监管所');
  await entities.expectCount('找到 1 个市场主体');
  await expect(entities.column('name')).toHaveText(['大同县第1号商店']);
  await entities.filter('登记机关', '全部');
  await expect(entities.column('name')).toHaveText(['大同县第1号商店', '大同县第3号商店']);
  // A filter that is set stays in sight: 更多筛选 cannot fold it away.
  await expect(page.getByRole('button', { name: /^(更多筛选|收起筛选)$/ })).toHaveCount(0);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await entities.expectCount('共 3 个市场主体');

  const detail = await entities.open('大同县第3号商店');
  await expect(detail).toContainText('登记机关大同市市场监督管理局');
  await expect(detail).toContainText('管辖单位西坪市场监管所');
  await detail.getByRole('button', { name: '编辑' }).click();
  const form = entities.form();
  await expect(form.getByRole('combobox', { name: '登记机关' })).toHaveValue('大同市市场监督管理局');
  await form.getByRole('combobox', { name: '管辖单位' }).fill('聚乐市场监管所');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(detail.getByRole('region', { name: '修改记录' })).toContainText('管辖单位：西坪市场监管所→聚乐市场监管所');
  await page.keyboard.press('Escape');
  // Once opened, the second row stays until the clerk folds it.
  await expect(page.getByRole('button', { name: '收起筛选' })).toHaveAttribute('aria-expanded', 'true');
  await entities.filter('管辖单位', '聚乐市场监管所');
  await expect(entities.column('name')).toHaveText(['大同县第2号商店', '大同县第3号商店']);
});

test('the detail shows every field and, after an edit, what changed and where it came from', async ({ entities, host, dataDir, page }) => {
  await importByHost(host, 'entities', await cleanEntityWorkbook(dataDir, 3));
  await page.reload();
  const detail = await entities.open('大同县第2号商店');
  await expect(detail).toContainText(codeFor(2));
  await expect(detail).toContainText('经营者2');
  await expect(detail).toContainText('名录.xlsx 第 3 行');
  await expect(detail.getByRole('region', { name: '修改记录' })).toContainText('名录.xlsx 第 3 行新增记录');
  await expect(detail.getByRole('region', { name: '修改记录' })).not.toContainText('→');

  await detail.getByRole('button', { name: '编辑' }).click();
  const form = entities.form();
  await form.getByRole('textbox', { name: '法定代表人' }).fill('王新');
  await form.getByRole('textbox', { name: '名称' }).fill('');
  await form.getByRole('button', { name: '保存' }).click();
  // The core's reason is shown at the field.
  await expect(form.getByRole('textbox', { name: '名称' })).toHaveAccessibleDescription('名称不能为空');
  await form.getByRole('textbox', { name: '名称' }).fill('大同县第2号便民商店');
  const rosters = form.getByRole('combobox', { name: '所属名录' });
  await rosters.fill('食品经营者名录');
  await rosters.press('Enter');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();

  const history = detail.getByRole('region', { name: '修改记录' });
  await expect(history).toContainText('手工修改');
  await expect(history).toContainText('法定代表人：经营者2→王新');
  await expect(history).toContainText('名称：大同县第2号商店→大同县第2号便民商店');
  await expect(detail.getByTestId('entity-rosters')).toHaveText(/市场主体名录.*食品经营者名录/);
  await page.keyboard.press('Escape');
  await expect(entities.row('大同县第2号便民商店').locator('[data-field="legalRep"]')).toHaveText('王新');
});

test('a new entity with a code failing the checksum is saved only when the clerk accepts it', async ({ entities }) => {
  await entities.toolbarButton('新增').click();
  const form = entities.form();
  const bad = codeFor(30).slice(0, 17) + (codeFor(30).endsWith('0') ? '1' : '0');
  await form.getByRole('textbox', { name: '统一社会信用代码' }).fill(bad);
  await form.getByRole('textbox', { name: '名称' }).fill('大同县试点代码商店');
  const accept = form.getByRole('checkbox', { name: /接受校验位不符的代码/ });
  await expect(accept).toHaveCount(0);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('textbox', { name: '统一社会信用代码' })).toHaveAccessibleDescription(/校验位/);
  await accept.check();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await entities.expectCount('共 1 个市场主体');
  await expect(entities.detail.getByTestId('code-flagged')).toBeVisible();
  await expect(entities.detail.getByRole('region', { name: '修改记录' })).toContainText('手工录入');
});

test('管理名录: add a roster for an item, see its count, delete it while its entities stay', async ({ entities, host, dataDir, page }) => {
  await importByHost(host, 'entities', await cleanEntityWorkbook(dataDir, 5));
  await page.reload();
  await entities.toolbarButton('管理名录').click();
  const manager = page.getByRole('dialog', { name: '管理名录' });
  const table = manager.getByRole('table', { name: '名录' });
  await expect(table.getByRole('row', { name: /市场主体名录/ })).toContainText('5');

  await manager.getByRole('button', { name: '新增名录' }).click();
  const form = page.getByRole('dialog', { name: '新增名录' });
  await form.getByRole('textbox', { name: '名录名称' }).fill('特种设备使用单位名录');
  await form.getByRole('combobox', { name: '适用的抽查事项' }).click();
  const option = page.getByRole('option').first();
  const itemName = (await option.textContent())!.replace(/^\d+\.\s*/, '');
  await option.click();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(table.getByRole('row', { name: /特种设备使用单位名录/ })).toContainText(itemName);

  await table
    .getByRole('row', { name: /市场主体名录/ })
    .getByRole('button', { name: '删除' })
    .click();
  const confirm = page.getByRole('dialog', { name: '删除名录' });
  await expect(confirm).toContainText('5 个市场主体仍保留在检查对象名录库中');
  await confirm.getByRole('button', { name: '删除名录' }).click();
  await expect(table.getByRole('row', { name: /^市场主体名录/ })).toHaveCount(0);
  await manager.getByRole('button', { name: '关闭' }).click();
  await entities.expectCount('共 5 个市场主体');
  await expect(entities.column('rosters').first()).toHaveText('');
});
