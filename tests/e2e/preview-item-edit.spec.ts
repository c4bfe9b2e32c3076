import { expect, test } from './preview-fixture.ts';

test('editing an item’s 适用对象 shows the new text in the table', async ({ items }) => {
  const name = '制造（修理）计量器具企业证后监督检查';
  await items.open(name);
  await items.detailButton('编辑').click();
  const form = items.form();
  await form.field('适用对象').fill('全县获得制造、修理计量器具许可的生产企业');
  await form.save();
  await expect(form.dialog).toBeHidden();
  await expect(items.detail).toContainText('全县获得制造、修理计量器具许可的生产企业');
  await items.closeDetail();
  await expect(items.row(name).locator('[data-field="target"]')).toHaveText('全县获得制造、修理计量器具许可的生产企业');
});

test('an empty 抽查事项 is refused and the field says why', async ({ items }) => {
  await items.open('产品质量监督抽查');
  await items.detailButton('编辑').click();
  const form = items.form();
  const name = form.field('抽查事项');
  await name.fill('');
  await name.press('Enter'); // Enter submits the form
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.dialog.getByText('抽查事项不能为空', { exact: true })).toBeVisible();
  await expect(form.dialog.getByRole('alert')).toContainText('抽查事项不能为空');
  // Nothing was saved. Esc asks before throwing away what was typed; 继续填写 keeps it, 放弃 closes.
  await items.page.keyboard.press('Escape');
  const discard = items.page.getByRole('dialog', { name: '放弃已填写的内容？' });
  await discard.getByRole('button', { name: '继续填写' }).click();
  await expect(discard).toBeHidden();
  await expect(name).toHaveValue('');
  await items.page.keyboard.press('Escape');
  await discard.getByRole('button', { name: '放弃' }).click();
  await expect(form.dialog).toBeHidden();
  await items.closeDetail();
  await expect(items.row('产品质量监督抽查')).toHaveCount(1);
});

test('a new item is added at the end with every field', async ({ items }) => {
  await items.toolbarButton('新增').click();
  const form = items.form();
  await form.field('抽查事项').fill('电梯维护保养单位监督检查');
  await form.choose('事项类别', '其它行政执法事项');
  await form.choose('事项级别', '重点');
  await form.dialog.getByRole('spinbutton', { name: '默认抽查比例' }).fill('5');
  await form.field('抽查频次').fill('每年一次');
  await form.field('适用对象').fill('全县电梯维护保养单位');
  await form.field('检查方式').fill('现场检查\n查阅资料');
  await form.field('检查内容').fill('1.维保资质。\n2.维保记录。');
  await form.field('检查依据').fill('《特种设备安全法》第四十五条');
  await form.save();
  await expect(form.dialog).toBeHidden();
  await expect(items.detail.getByTestId('item-methods').getByRole('listitem')).toHaveText(['现场检查', '查阅资料']);
  await items.closeDetail();
  await items.expectCount(15);
  const row = items.row('电梯维护保养单位监督检查');
  await expect(row.locator('[data-field="seq"]')).toHaveText('15');
  await expect(row.locator('[data-field="level"]')).toHaveText('重点');
  await expect(row.locator('[data-field="ratio"]')).toHaveText('5%');
  await expect(row.locator('[data-field="category"]')).toHaveText('其它行政执法事项');
});

test('moving an item up, down and to a 序号 renumbers the list', async ({ items }) => {
  const last = '食品相关产品安全监督检查';
  await items.open(last);
  await expect(items.detailButton('下移')).toBeDisabled();
  await items.detailButton('上移').click();
  await expect(items.detail).toContainText('序号 13');
  await items.detail.getByRole('spinbutton', { name: '移到序号' }).fill('1');
  await items.detailButton('移动').click();
  await expect(items.detail).toContainText('序号 1');
  await expect(items.detailButton('上移')).toBeDisabled();
  await items.closeDetail();
  await expect(items.column('name').first()).toHaveText(last);
  await expect(items.column('name').nth(1)).toHaveText('产品质量监督抽查');
  await expect(items.column('seq')).toHaveText(Array.from({ length: 14 }, (_, i) => String(i + 1)));
});

test('a retired item leaves the list, shows greyed with 已停用, and can be restored', async ({ items }) => {
  const name = '能效标识计量专项监督检查';
  await items.open(name);
  await items.detailButton('停用').click();
  await expect(items.detail).toContainText('已停用的事项');
  await items.closeDetail();
  await items.expectCount(13);
  await expect(items.row(name)).toHaveCount(0);
  await expect(items.column('seq').nth(4)).toHaveText('5'); // renumbered

  await items.showRetired.check();
  await expect(items.count).toHaveText('共 13 项，另有已停用 1 项（列在最后）');
  await expect(items.rows).toHaveCount(14);
  const retired = items.row(name);
  await expect(retired).toHaveClass(/item-retired/);
  await expect(retired.locator('[data-field="seq"]')).toHaveText('已停用');

  await items.open(name);
  await items.detailButton('恢复').click();
  await expect(items.detail).toContainText('序号 14');
  await items.closeDetail();
  await expect(items.row(name)).not.toHaveClass(/item-retired/);
  await expect(items.row(name).locator('[data-field="seq"]')).toHaveText('14');
});

test('deleting asks first, naming the item; 取消 keeps it, 删除 removes it', async ({ items }) => {
  const name = '有机产品认证监督抽查';
  await items.open(name);
  await items.detailButton('删除').click();
  const confirm = items.page.getByRole('dialog', { name: '删除抽查事项' });
  await expect(confirm).toContainText(`确定要删除“${name}”吗？`);
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toBeHidden();
  await expect(items.detail).toBeVisible();

  await items.detailButton('删除').click();
  await confirm.getByRole('button', { name: '删除', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(items.detail).toBeHidden();
  await expect(items.notice()).toContainText(`已删除“${name}”`);
  await items.expectCount(13);
  await expect(items.row(name)).toHaveCount(0);
});
