import { expect, seedJointDesk, test } from './joint-fixture.ts';
import { ResultsPage } from './pages/results-page.ts';
import { todayOnPage } from './task-dates.ts';
import { drawnTask } from './task-fixture.ts';

const SHOTS = process.env.SHOTS_DIR;

test('a joint task’s results are entered per department through the selector, and 合并查看 shows every department side by side', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  const desk = await seedJointDesk(host, dataDir);
  const { task } = await drawnTask(host, {
    name: '2026年度餐饮场所部门联合抽查',
    itemIds: [1, desk.safetyItem, desk.healthItem],
    count: 3,
    joint: true,
    departments: [
      { departmentId: 1, itemIds: [1], perEntity: 2 },
      { departmentId: desk.safety.id, itemIds: [desk.safetyItem], perEntity: 1 },
      { departmentId: desk.health.id, itemIds: [desk.healthItem], perEntity: 1 },
    ],
  });
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const picker = page.getByRole('group', { name: '录入部门' });
  await expect(picker.getByRole('button')).toHaveCount(3);
  // The lead comes first and is chosen at first.
  await expect(picker.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(picker.getByRole('button').first()).toContainText('牵头');
  await expect(results.progress).toHaveText(/已录入 0 \/ 3$/);
  await expect(results.cell(1, 'team')).toHaveText(/^执法员\d、执法员\d$/);

  // 本局 enters the first shop: its form shows 本局's item only.
  const today = await todayOnPage(page);
  await results.cell(1, 'name').click();
  await expect(results.form.getByRole('group', { name: '检查事项' })).toContainText('检查事项（1 项）');
  await expect(results.form.getByRole('group', { name: '检查事项' })).not.toContainText('危险化学品');
  await results.form.getByRole('combobox', { name: '检查结果' }).fill('1');
  await page.keyboard.press('Enter');
  await results.form.getByLabel('检查日期').fill(today);
  await results.form.getByRole('button', { name: '保存并下一户' }).click();
  await expect(results.cell(1, 'codes')).toHaveText('1 未发现问题');
  await page.keyboard.press('Escape');
  await expect(results.form).toBeHidden();

  // 县应急局 enters the same shop on its own: its grid starts empty, its form has its item and member only.
  await picker.getByRole('button', { name: /县应急局/ }).click();
  await expect(picker.getByRole('button', { name: /县应急局/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(results.progress).toHaveText('县应急局已录入 0 / 3');
  await expect(results.cell(1, 'codes')).toHaveText('未录入');
  await expect(results.cell(1, 'team')).toHaveText(/^应急员\d$/);
  // The header's export follows the chosen department.
  await expect(page.getByRole('button', { name: '导出县应急局的 Excel' })).toBeVisible();
  await results.cell(1, 'name').click();
  await expect(results.form).toContainText('县应急管理局录入');
  const items = results.form.getByRole('group', { name: '检查事项' });
  await expect(items).toContainText('危险化学品经营安全检查');
  await expect(items).toContainText('检查事项（1 项）');
  await results.form.getByRole('combobox', { name: '检查结果' }).fill('4');
  await page.getByRole('option').first().click();
  await results.form.getByRole('textbox', { name: '危险化学品经营安全检查 发现问题' }).fill('未设安全警示标志');
  await results.form.getByLabel('检查日期').fill(today);
  await results.form.getByRole('button', { name: '保存并下一户' }).click();
  await expect(results.progress).toHaveText('县应急局已录入 1 / 3');
  await page.keyboard.press('Escape');
  await expect(results.form).toBeHidden();
  const safetyRows = await host('results:list', { taskId: task.id, departmentId: desk.safety.id });
  expect(safetyRows[0]!.result!.itemFindings).toEqual([
    { itemId: desk.safetyItem, checked: true, problem: '未设安全警示标志', handling: '' },
  ]);

  // 合并查看: every department's result and items side by side, the lead first.
  await expect(results.cell(1, 'departments')).toContainText('应急');
  await results.cell(1, 'departments').getByRole('button', { name: '合并查看' }).click();
  const combined = page.getByRole('dialog', { name: /合并查看/ });
  const columns = combined.getByTestId('combined-department');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(0)).toContainText('牵头');
  await expect(columns.nth(0)).toContainText('1 未发现问题');
  await expect(columns.nth(1)).toContainText('县应急管理局');
  await expect(columns.nth(1)).toContainText('发现问题：未设安全警示标志');
  await expect(columns.nth(2)).toContainText('县卫生健康局');
  await expect(columns.nth(2)).toContainText('尚未录入检查结果');
  await expect(columns.nth(2)).toContainText('公共场所卫生检查');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/joint-results-combined.png` });
  await combined.getByRole('button', { name: '关闭' }).click();
  await expect(combined).toBeHidden();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/joint-results-page.png` });

  // The choice is remembered for the task on this PC.
  await page.reload();
  await expect(page.getByRole('group', { name: '录入部门' }).getByRole('button', { name: /县应急局/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(results.cell(1, 'codes')).toContainText('4');
});
