import { daysFromToday } from './roster-files.ts';
import { TaskDetailPage } from './pages/task-detail-page.ts';
import { expect, seedRoster, test } from './task-fixture.ts';

test('a task is created through the form: the core refuses it field by field first, then the pool is previewed', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 40, 6);
  await page.goto(`${preview.url}#/tasks`);
  await expect(page.getByRole('heading', { name: '抽查任务', level: 1 })).toBeVisible();
  await expect(page.getByTestId('task-count')).toHaveText('共 0 个任务');

  await page.getByRole('button', { name: '新建任务' }).click();
  const form = page.getByRole('dialog', { name: '新建抽查任务' });
  await form.getByRole('spinbutton', { name: '每户执法人员' }).fill('1');
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(form.getByRole('textbox', { name: '任务名称' })).toHaveAccessibleDescription('任务名称不能为空');
  await expect(form.getByRole('combobox', { name: '抽查事项' })).toHaveAccessibleDescription('请至少选择一个抽查事项');
  await expect(form.getByRole('spinbutton', { name: '抽取数量' })).toHaveAccessibleDescription('请填写抽取数量或抽查比例（二选一）');
  await expect(form.getByRole('spinbutton', { name: '每户执法人员' })).toHaveAccessibleDescription('每个检查对象至少派 2 名执法人员');
  await expect(form.getByRole('alert')).toContainText('请检查填写的内容');

  await form.getByRole('textbox', { name: '任务名称' }).fill('第一批食品经营者双随机抽查');
  // A fixed field stops saying it is wrong; the others still do.
  await expect(form.getByRole('textbox', { name: '任务名称' })).toHaveAccessibleDescription(
    '不超过 100 字，如：2026年第一批食品经营企业双随机抽查',
  );
  await expect(form.getByRole('combobox', { name: '抽查事项' })).toHaveAccessibleDescription('请至少选择一个抽查事项');
  const items = form.getByRole('combobox', { name: '抽查事项' });
  await items.fill('产品质量');
  await page.getByRole('option', { name: /产品质量监督抽查/ }).click();
  await expect(form.getByTestId('task-scope-kind')).toContainText('不定向抽查');
  await form.getByRole('combobox', { name: '所属区域' }).click();
  await page.getByRole('option', { name: '西坪镇' }).click();
  await expect(form.getByTestId('task-scope-kind')).toContainText('定向抽查：先按以上 1 项条件筛选');
  await form.getByRole('spinbutton', { name: '抽取数量' }).fill('3');
  await form.getByLabel('检查开始日期').fill(daysFromToday(1));
  await form.getByLabel('检查结束日期').fill(daysFromToday(20));
  await form.getByRole('combobox', { name: '实施部门' }).fill('执法稽查科');
  await form.getByRole('spinbutton', { name: '每户执法人员' }).fill('2');
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(form).toBeHidden();

  // The new task opens on its own page, on step 1 of the draw.
  const detail = new TaskDetailPage(page);
  await expect(page).toHaveURL(/#\/tasks\/\d+$/);
  const year = daysFromToday(1).slice(0, 4);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${year}-001第一批食品经营者双随机抽查`);
  await expect(page.getByTestId('task-state')).toHaveText('未抽取');
  const terms = page.getByRole('region', { name: '任务条件' });
  await expect(terms).toContainText('1 产品质量监督抽查');
  await expect(terms).toContainText('定向　所属区域：西坪镇');
  await expect(terms).toContainText('每户 2 名执法人员，设组长');
  // 20 shops in 西坪镇 (odd numbers), none of them closed; 6 inspectors can go.
  await expect(detail.ceremony.getByTestId('pool-size')).toHaveText('20个');
  await expect(detail.ceremony.getByTestId('pool-drawing')).toHaveText('3户');
  await expect(detail.ceremony.getByTestId('pool-inspectors')).toHaveText('6名');
  await expect(detail.ceremony.getByTestId('pool-excluded')).toContainText(
    '已排除注销、吊销等状态的 0 个，近 12 个月已因相同事项抽查的 0 个',
  );
  await expect(detail.ceremony).toContainText('抽取结果不能重抽，也不能修改');

  await page.getByRole('button', { name: '抽查任务列表' }).click();
  await expect(page.getByTestId('task-count')).toHaveText('共 1 个任务');
  const row = page.getByRole('grid', { name: '抽查任务' }).locator('[role="row"][data-id]');
  await expect(row.locator('[data-field="code"]')).toHaveText(`${year}-001`);
  await expect(row.locator('[data-field="state"]')).toHaveText('未抽取');
  await expect(row.locator('[data-field="items"]')).toHaveText('产品质量监督抽查');
});

test('a 计划 task needs its plan; 新建计划 creates one and selects it', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 10, 4);
  await page.goto(`${preview.url}#/tasks`);
  await page.getByRole('button', { name: '新建任务' }).click();
  const form = page.getByRole('dialog', { name: '新建抽查任务' });
  await form.getByRole('textbox', { name: '任务名称' }).fill('计划内第一批');
  await form.getByRole('combobox', { name: '抽查事项' }).fill('产品质量');
  await page.getByRole('option', { name: /产品质量监督抽查/ }).click();
  await form.getByRole('radio', { name: '按比例' }).check();
  await form.getByRole('spinbutton', { name: '抽查比例' }).fill('10');
  await form.getByRole('radio', { name: '年度计划' }).check();
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(form.getByRole('combobox', { name: '所属年度计划' })).toHaveAccessibleDescription(
    '来源为“计划”时，请选择所属的年度抽查工作计划',
  );

  await form.getByRole('button', { name: '新建计划' }).click();
  const plan = page.getByRole('dialog', { name: '新建年度抽查工作计划' });
  await plan.getByRole('textbox', { name: '计划名称' }).fill('年度双随机抽查工作计划');
  await plan.getByRole('textbox', { name: '文号' }).fill('大同县市监〔2026〕3号');
  await plan.getByRole('button', { name: '保存计划' }).click();
  await expect(plan).toBeHidden();
  await expect(form.getByRole('combobox', { name: '所属年度计划' })).toContainText('年度双随机抽查工作计划（大同县市监〔2026〕3号）');
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(form).toBeHidden();
  const terms = page.getByRole('region', { name: '任务条件' });
  await expect(terms).toContainText('年度计划');
  await expect(terms).toContainText('年度双随机抽查工作计划');
  await expect(terms).toContainText('候选数量的 10%（向上取整）');
  const [saved] = await host('tasks:list', {});
  expect(saved).toMatchObject({ source: '计划', ratio: 10, count: null });
});

test('a task names a required 执法领域 chosen from the inspectors’ tags; the pool preview counts who lacks it', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 12, 4);
  const valid = daysFromToday(400);
  await host('inspectors:save', { inspector: { name: '食安甲', certNo: '14020040001', certExpiry: valid, tags: '食品安全、特种设备' } });
  await host('inspectors:save', { inspector: { name: '食安乙', certNo: '14020040002', certExpiry: valid, tags: ['食品安全'] } });
  await host('inspectors:save', {
    inspector: { name: '食安丙', certNo: '14020040003', certExpiry: valid, tags: '食品安全', status: '休假' },
  });
  await page.goto(`${preview.url}#/tasks`);
  await page.getByRole('button', { name: '新建任务' }).click();
  const form = page.getByRole('dialog', { name: '新建抽查任务' });
  await form.getByRole('textbox', { name: '任务名称' }).fill('食品经营者专项抽查');
  await form.getByRole('combobox', { name: '抽查事项' }).fill('产品质量');
  await page.getByRole('option', { name: /产品质量监督抽查/ }).click();
  await form.getByRole('spinbutton', { name: '抽取数量' }).fill('2');
  await form.getByLabel('检查开始日期').fill(daysFromToday(1));
  await form.getByLabel('检查结束日期').fill(daysFromToday(20));
  const required = form.getByRole('combobox', { name: '所需执法领域' });
  await expect(required).toHaveAccessibleDescription('具备其中任一项的在岗执法人员才参与抽取；不填则不限');
  await required.click();
  // The inspectors' tags are offered, with how many hold each (and how many of them are 在岗).
  await expect(page.getByRole('option', { name: /食品安全/ })).toContainText('3 人（在岗 2）');
  await page.getByRole('option', { name: /食品安全/ }).click();
  await expect(form.getByRole('button', { name: '食品安全' })).toBeVisible();
  await required.press('Tab');
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/task-form-required-tags.png` });
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(form).toBeHidden();

  const detail = new TaskDetailPage(page);
  await expect(page.getByRole('region', { name: '任务条件' })).toContainText('执法领域食品安全（具备其一即可）');
  // 食安甲 and 食安乙 may go; 食安丙 is 休假; the 4 imported inspectors hold no tag.
  await expect(detail.ceremony.getByTestId('pool-inspectors')).toHaveText('2名');
  await expect(detail.ceremony.getByTestId('pool-inspectors-excluded')).toHaveText(
    '执法人员：非在岗 1 名、执法证过期或未填有效期 0 名不参与抽取；另有 4 人不具备所需执法领域（食品安全）；需回避的人员抽取时逐户排除',
  );
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/task-pool-preview.png` });
});
