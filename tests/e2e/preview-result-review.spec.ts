import fs from 'node:fs';
import { todayOnPage } from './task-dates.ts';
import { ResultsPage } from './pages/results-page.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const SHOTS = process.env.SSJ_SHOTS_DIR;

test('review: staff in 设置, sign in, enter as 录入员, switch to 审核员 at start, bulk-review, return one with a reason', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task } = await drawnTask(host, { count: 3 });

  // 设置 → 人员: a 录入员 and a 审核员; sign this PC in as the 录入员.
  await page.goto(`${preview.url}#/settings`);
  const card = page.getByRole('heading', { name: '人员', exact: true }).locator('..');
  await card.getByLabel('姓名').fill('张录入');
  await card.getByRole('button', { name: '添加人员' }).click();
  await expect(card.getByRole('table', { name: '人员名单' })).toContainText('张录入');
  await card.getByLabel('姓名').fill('李审核');
  await card.getByRole('checkbox', { name: '录入员', exact: true }).uncheck();
  await card.getByRole('checkbox', { name: '审核员', exact: true }).check();
  await card.getByRole('button', { name: '添加人员' }).click();
  await expect(card.getByRole('checkbox', { name: '李审核 审核员' })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: '李审核 录入员' })).not.toBeChecked();
  await card.getByRole('combobox', { name: '本机当前登录人员' }).click();
  await page.getByRole('option', { name: '张录入' }).click();
  await expect(page.getByTestId('signed-in')).toHaveText('当前：张录入');
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  await page
    .locator('.MuiSnackbar-root')
    .getByRole('button', { name: /关闭|Close/ })
    .click();
  await expect(page.locator('.MuiSnackbar-root')).toBeHidden();
  if (SHOTS) await card.screenshot({ path: `${SHOTS}/h1-staff.png` });

  // Entered as 张录入: the grid names him; he may not review his own entries.
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  await expect(results.cell(1, 'status')).toHaveText('未录入');
  for (const position of [1, 2, 3]) await results.tick(position);
  await page.getByRole('button', { name: '批量设置（已选 3 户）' }).click();
  const bulk = page.getByRole('dialog', { name: '批量设置检查结果（3 户）' });
  await bulk.getByRole('combobox', { name: '检查结果' }).fill('1');
  await page.keyboard.press('Enter');
  await bulk.getByLabel('检查日期').fill(await todayOnPage(page));
  await bulk.getByRole('button', { name: '设置 3 户' }).click();
  await expect(bulk).toBeHidden();
  await expect(results.cell(3, 'status')).toHaveText('已录入');
  await expect(results.cell(3, 'enteredBy')).toHaveText('张录入');
  await results.tick(1);
  await expect(page.getByRole('button', { name: '审核所选' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '审核所选' })).toHaveAccessibleDescription('张录入不是审核员，不能审核');

  // Next start with nobody signed in here: the program asks who works; 李审核 takes over.
  await host('staff:signOut', {});
  await page.reload();
  const ask = page.getByRole('dialog', { name: '谁在使用本机？' });
  await ask.getByRole('button', { name: /李审核/ }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('signed-in')).toHaveText('当前：李审核');
  for (const position of [1, 2, 3]) await results.tick(position);
  const review = page.getByRole('button', { name: '审核所选' });
  await expect(review).toBeEnabled();
  await review.click();
  await expect(results.notice()).toContainText('已审核 3 户检查结果');
  for (const position of [1, 2, 3]) {
    await expect(results.cell(position, 'status')).toHaveText('已审核');
    await expect(results.cell(position, 'reviewedBy')).toHaveText('李审核');
  }

  // 退回 one with a reason: back to 已录入, the reason on hover and in front of the 录入员.
  await results.tick(2);
  await page.getByRole('button', { name: '退回' }).click();
  const back = page.getByRole('dialog', { name: /退回“.*”的检查结果/ });
  await back.getByRole('button', { name: '退回' }).click();
  await expect(back.getByLabel('退回理由')).toHaveAccessibleDescription('请填写退回理由（不超过 200 字）');
  await back.getByLabel('退回理由').fill('检查日期与记录表不符，请核对');
  await back.getByRole('button', { name: '退回' }).click();
  await expect(back).toBeHidden();
  await expect(results.cell(2, 'status')).toHaveText('退回');
  await expect(results.cell(2, 'status').locator('.MuiChip-root')).toHaveAttribute('title', '退回理由：检查日期与记录表不符，请核对');
  await expect(results.cell(2, 'reviewedBy')).toHaveText('');
  const rows = await host('results:list', { taskId: task.id });
  expect(rows.map((r) => [r.result!.status, r.result!.returnedReason])).toEqual([
    ['已审核', ''],
    ['已录入', '检查日期与记录表不符，请核对'],
    ['已审核', ''],
  ]);
  const audit = await host('audit:list', {});
  expect(JSON.stringify(audit)).toContain('审核检查结果');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/h1-review.png` });
  await results.cell(2, 'name').click();
  await expect(results.form.getByTestId('returned-reason')).toHaveText('已退回：检查日期与记录表不符，请核对');
});
