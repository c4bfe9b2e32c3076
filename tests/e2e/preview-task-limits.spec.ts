import fs from 'node:fs';
import { expect, seedRoster, test } from './task-fixture.ts';

test('the task form states every limit before the clerk types, and the inputs hold them', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 8, 4);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${preview.url}#/tasks`);
  await page.getByRole('button', { name: '新建任务' }).click();
  const form = page.getByRole('dialog', { name: '新建抽查任务' });

  const name = form.getByRole('textbox', { name: '任务名称' });
  await expect(name).toHaveAccessibleDescription(/^不超过 100 字/);
  await expect(name).toHaveAttribute('maxlength', '100');
  await expect(form.getByRole('combobox', { name: '抽查事项' })).toHaveAccessibleDescription(/^至少选 1 项/);
  const count = form.getByRole('spinbutton', { name: '抽取数量' });
  await expect(count).toHaveAccessibleDescription('至少 1 户，不超过候选数量');
  await expect(count).toHaveAttribute('min', '1');
  const months = form.getByRole('spinbutton', { name: '避免重复抽查' });
  await expect(months).toHaveAccessibleDescription(/^0–60 个月/);
  await expect(months).toHaveAttribute('min', '0');
  await expect(months).toHaveAttribute('max', '60');
  const perEntity = form.getByRole('spinbutton', { name: '每户执法人员' });
  await expect(perEntity).toHaveAccessibleDescription('2–10 名，执法证号各不相同');
  await expect(perEntity).toHaveAttribute('min', '2');
  await expect(perEntity).toHaveAttribute('max', '10');
  await expect(form.getByRole('combobox', { name: '实施部门' })).toHaveAccessibleDescription(/^不超过 100 字/);
  await expect(form.getByLabel('检查结束日期')).toHaveAccessibleDescription('不早于开始日期');

  await form.getByRole('radio', { name: '按比例' }).check();
  const ratio = form.getByRole('spinbutton', { name: '抽查比例' });
  await expect(ratio).toHaveAccessibleDescription(/^大于 0%，至多 100%/);
  await expect(ratio).toHaveAttribute('max', '100');
  await form.getByRole('checkbox', { name: /按信用风险分类分别设定比例/ }).check();
  await expect(form.getByText('各类大于 0%、至多 100%')).toBeVisible();
  await expect(form.getByRole('spinbutton', { name: 'A 类' })).toHaveAttribute('max', '100');

  // Typed past the limit anyway, the refusal names the field and the limit in Chinese, no zod wording.
  await form.getByRole('radio', { name: '按数量' }).check();
  await name.fill('超过上限的任务');
  await form.getByRole('combobox', { name: '抽查事项' }).fill('产品质量');
  await page.getByRole('option', { name: /产品质量监督抽查/ }).click();
  await count.fill('2');
  await perEntity.fill('11');
  await months.fill('61');
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(perEntity).toHaveAccessibleDescription(/^每户执法人员不能超过 10 名/);
  await expect(months).toHaveAccessibleDescription('避免重复抽查的月数不能超过 60 个月');
  await expect(form.getByRole('alert')).not.toContainText(/期望|数值过大|[A-Za-z]/);

  await perEntity.fill('2');
  await months.fill('12');
  await form.getByRole('radio', { name: '按比例' }).check();
  await form.getByRole('checkbox', { name: /按信用风险分类分别设定比例/ }).check();
  fs.mkdirSync('/tmp/shots', { recursive: true });
  await form.screenshot({ path: '/tmp/shots/h7-task-form.png' });

  // The 年度抽查工作计划 dialog states its limits too.
  await form.getByRole('radio', { name: '年度计划' }).check();
  await form.getByRole('button', { name: '新建计划' }).click();
  const plan = page.getByRole('dialog', { name: '新建年度抽查工作计划' });
  const year = plan.getByRole('spinbutton', { name: '年度' });
  await expect(year).toHaveAccessibleDescription('2015–2100');
  await expect(year).toHaveAttribute('min', '2015');
  await expect(plan.getByRole('textbox', { name: '计划名称' })).toHaveAccessibleDescription(/^不超过 100 字/);
  await expect(plan.getByRole('textbox', { name: '文号' })).toHaveAccessibleDescription(/^不超过 50 字/);
});
