import { todayOnPage } from './task-dates.ts';
import { ResultsPage } from './pages/results-page.ts';
import { codeFor } from './roster-files.ts';
import { resultWorkbook } from './task-files.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

test('results: one entity with the keyboard, the rest in bulk; progress, the 公示 deadline, then 生成公示 names the unreviewed', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task, draw } = await drawnTask(host, { count: 4 });
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  await expect(results.progress).toHaveText('已录入 0 / 4');
  await expect(results.deadline).toContainText('录入检查日期后计算公示期限');
  await expect(results.cell(1, 'name')).toHaveText(draw.selected[0]!.name);

  // Keyboard only: Enter on a row opens it; "1" Enter picks 未发现问题; Enter saves and moves on.
  await results.cell(1, 'name').click();
  await expect(results.form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(results.form).toBeHidden();
  await results.cell(1, 'name').focus();
  await page.keyboard.press('Enter');
  await expect(results.form.getByTestId('result-form-entity')).toHaveText(draw.selected[0]!.name);
  await expect(results.form.getByRole('combobox', { name: '检查结果' })).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(results.form.getByRole('button', { name: '1 未发现问题' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('实地');
  await page.keyboard.press('Enter');
  // Inspections happen between the draw (today, in these tests) and today: a date before is refused at the field.
  const today = await todayOnPage(page);
  const dateField = results.form.getByLabel('检查日期');
  await dateField.fill('2020-01-01');
  await page.keyboard.press('Enter');
  await expect(dateField).toHaveAccessibleDescription(`检查日期不能早于抽取日期（${today}）`);
  await expect(results.progress).toHaveText('已录入 0 / 4');
  await dateField.fill(today);
  await page.keyboard.press('Enter');
  await expect(results.form.getByTestId('result-form-entity')).toHaveText(draw.selected[1]!.name);
  await expect(results.progress).toHaveText('已录入 1 / 4');
  await expect(results.cell(1, 'codes')).toHaveText('1 未发现问题');
  await expect(results.cell(1, 'inspectedOn')).toHaveText(today);
  // The next entity starts with the date just entered and its whole team present.
  await expect(results.form.getByLabel('检查日期')).toHaveValue(today);
  await expect(results.form.getByRole('checkbox', { name: /^执法员/, checked: true })).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(results.form).toBeHidden();
  await expect(results.cell(2, 'name')).toBeFocused();
  const [first] = await host('results:list', { taskId: task.id });
  expect(first!.result).toMatchObject({ codes: ['1'], methods: ['实地检查'], inspectedOn: today });
  expect(first!.result!.inspectorsPresent).toEqual(first!.team.map((t) => t.certNo));

  // 批量设置 for the other three in one call.
  for (const position of [2, 3, 4]) await results.tick(position);
  await page.getByRole('button', { name: '批量设置（已选 3 户）' }).click();
  const bulk = page.getByRole('dialog', { name: '批量设置检查结果（3 户）' });
  await bulk.getByRole('button', { name: '设置 3 户' }).click();
  await expect(bulk.getByRole('combobox', { name: '检查结果' })).toHaveAccessibleDescription('请至少选择一个检查结果');
  await bulk.getByRole('combobox', { name: '检查结果' }).fill('1');
  await page.keyboard.press('Enter');
  await bulk.getByRole('combobox', { name: '核查方式' }).fill('书面');
  await page.keyboard.press('Enter');
  await bulk.getByLabel('检查日期').fill(today);
  await expect(bulk.getByRole('checkbox', { name: '实到执法人员按各户抽取的检查组记录' })).toBeChecked();
  await bulk.getByRole('button', { name: '设置 3 户' }).click();
  await expect(bulk).toBeHidden();
  await expect(results.notice()).toContainText('已为 3 户设置检查结果');
  await expect(results.progress).toHaveText('已录入 4 / 4');
  await expect(results.cell(4, 'methods')).toHaveText('书面检查');
  // Each entity's own team is recorded as present, not one list for all three.
  for (const row of (await host('results:list', { taskId: task.id })).slice(1)) {
    expect(row.result!.inspectorsPresent).toEqual(row.team.map((t) => t.certNo));
  }

  // The deadline is the core's: 20 working days after the last inspection date.
  const row = (await host('publication:dashboard', {})).find((p) => p.taskId === task.id)!;
  expect(row.lastInspection).toBe(today);
  await expect(results.deadline).toContainText(`公示截止 ${row.deadline}`);

  await page.getByRole('tab', { name: '公示期限' }).click();
  const board = page.getByRole('table', { name: '公示期限' });
  const line = board.locator('tbody tr').filter({ hasText: task.code });
  await expect(line).toContainText('4 / 4');
  await expect(line).toContainText(row.deadline!);
  await expect(line).toHaveAttribute('data-state', row.state);
  // 生成公示 takes only reviewed results: none is yet, so the dialog names all four and offers nothing.
  await line.getByRole('button', { name: `${task.code} 生成公示` }).click();
  const publish = page.getByRole('dialog', { name: `生成公示：${task.code} ${task.name}` });
  await expect(publish.getByTestId('publish-missing')).toContainText('以下 4 户的检查结果尚未审核，不能公示全部');
  await expect(publish.getByRole('button', { name: '分批公示' })).toBeDisabled();
  await publish.getByRole('button', { name: '关闭' }).click();
  await expect(line).toHaveAttribute('data-state', row.state);
});

test('从 Excel 导入结果: the preview lists a bad row and 取消 writes nothing; the fixed file imports after 确认导入', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 2 });
  const [a, b] = draw.selected.map((e) => e.code);
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);

  const today = await todayOnPage(page);
  const bad = await resultWorkbook(
    dataDir,
    [
      [a!, '1', today, '实地检查'],
      [codeFor(99), '未发现问题', today, '实地检查'],
    ],
    '有误.xlsx',
  );
  let choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(bad);
  const checked = page.getByRole('dialog', { name: '导入检查结果：预览“有误.xlsx”' });
  await expect(checked.getByRole('table', { name: '不会导入的行' }).locator('tbody tr')).toContainText([
    '第 3 行“统一社会信用代码”列：该代码不在任务的抽取结果中',
  ]);
  await checked.getByRole('button', { name: '取消' }).click();
  await expect(checked).toBeHidden();
  await expect(results.progress).toHaveText('已录入 0 / 2');

  const good = await resultWorkbook(
    dataDir,
    [
      [a!, '1', today, '实地检查'],
      [b!, '违反质量技术监督相关规定', today, '检验检测'],
    ],
    '正确.xlsx',
  );
  choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(good);
  await page.getByRole('dialog', { name: '导入检查结果：预览“正确.xlsx”' }).getByRole('button', { name: '确认导入' }).click();
  await expect(results.notice()).toContainText(`已导入 2 户的检查结果（任务 ${task.code}）`);
  await expect(results.progress).toHaveText('已录入 2 / 2');
  await expect(results.cell(2, 'codes')).toHaveText('4 违反质量技术监督相关规定');
  await expect(results.cell(2, 'methods')).toHaveText('检验检测');
});

test('results: the header checkbox selects every row for 批量设置; Esc with unsaved changes asks once before closing', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task } = await drawnTask(host, { count: 3 });
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const headerBox = results.grid.getByRole('columnheader').getByRole('checkbox');
  await headerBox.check();
  await expect(page.getByRole('button', { name: '批量设置（已选 3 户）' })).toBeEnabled();
  await headerBox.uncheck();
  await expect(page.getByRole('button', { name: /批量设置/ })).toBeDisabled();

  await results.cell(1, 'name').click();
  await expect(results.form).toBeVisible();
  await results.form.getByLabel('备注').fill('现场已拍照');
  await results.form.getByLabel('备注').press('Escape');
  await expect(results.form.getByRole('alert')).toContainText('有尚未保存的修改。再按一次 Esc 放弃修改并关闭');
  await expect(results.form).toBeVisible();
  await results.form.getByLabel('备注').press('Escape');
  await expect(results.form).toBeHidden();
  await expect(results.cell(1, 'status')).toHaveText('未录入');
});
