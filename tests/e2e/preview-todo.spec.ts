import path from 'node:path';
import Database from 'better-sqlite3';
import { daysFromToday } from './roster-files.ts';
import { todayOnPage } from './task-dates.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const STOP = '停止检查，反馈至日常监管部门依法依规处理';
const ORDER = '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责';
const REFER = '发现案件线索，初步固定相关证据后移送办案机构依法依规处理';

/**
 * Inspections some weeks back: the contract takes no inspection date before the draw (today in
 * these tests), so the dates are moved back in the file, as a desk drawn in the autumn has them.
 */
function inspectedDaysAgo(dbFile: string, taskId: number, byEntity: [number, number][]): void {
  const db = new Database(dbFile);
  try {
    for (const [entityId, days] of byEntity) {
      db.prepare('UPDATE results SET inspected_on = ? WHERE task_id = ? AND entity_id = ?').run(daysFromToday(-days), taskId, entityId);
    }
  } finally {
    db.close();
  }
}

test('待办: overdue 公示 and 经营异常名录 in red with a count on the navigation; 列入 and 登记完结 clear them; open 后续处置 by age', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const { task, draw } = await drawnTask(host, { count: 4 });
  const [unreachable, ordered, referred, clean] = draw.selected.map((e) => e.entityId) as [number, number, number, number];
  const today = daysFromToday(0);
  const set = (entityId: number, codes: string[], disposal: string) =>
    host('results:set', { taskId: task.id, entityIds: [entityId], result: { codes, disposal, inspectedOn: today } });
  await set(unreachable, ['6'], STOP);
  await set(ordered, ['E'], ORDER);
  await set(referred, ['A'], REFER);
  await set(clean, ['1'], '');
  inspectedDaysAgo(path.join(dataDir, 'test.db'), task.id, [
    [unreachable, 40],
    [ordered, 40],
    [referred, 100],
    [clean, 40],
  ]);

  // SSJ_SHOTS=folder: screenshots of each part, to look at by eye.
  const shot = async (name: string) => {
    if (!process.env.SSJ_SHOTS) return;
    await page.waitForTimeout(400); // MUI's colour transitions settle, so the picture shows the state
    await page.screenshot({ path: path.join(process.env.SSJ_SHOTS, `h3-${name}.png`) });
  };
  await page.goto(preview.url);
  const nav = page.getByRole('navigation', { name: '功能导航' });
  // 公示 20 working days after the last inspection and 无法联系's 10 days are both past: 2 overdue.
  await expect(nav.getByTestId('overdue-count')).toHaveText('2');
  await nav.getByRole('button', { name: /待办/ }).click();
  await expect(page.getByRole('heading', { name: '待办', level: 1 })).toBeVisible();
  await expect(page.getByTestId('todo-summary')).toContainText('已逾期 2 项');
  await expect(page.getByTestId('todo-summary')).toContainText('未完结的后续处置 3 项');

  const publications = page.getByRole('table', { name: '逾期和即将到期的公示' });
  const late = publications.getByRole('row').filter({ hasText: task.name });
  await expect(late).toHaveAttribute('data-state', '已逾期');
  await expect(late).toContainText(/已逾期 \d+ 个工作日/);
  await shot('todo-publications');

  await page.getByRole('tab', { name: /经营异常名录/ }).click();
  const abnormal = page.getByRole('table', { name: '经营异常名录' });
  const row = abnormal.getByRole('row').filter({ hasText: draw.selected[0]!.name });
  await expect(row).toHaveAttribute('data-state', '已逾期');
  await expect(row).toContainText(daysFromToday(-40));
  await shot('todo-abnormal');
  await row.getByRole('button', { name: `登记列入 ${draw.selected[0]!.name}` }).click();
  const listing = page.getByRole('dialog', { name: `登记列入经营异常名录：${draw.selected[0]!.name}` });
  await listing.getByLabel('列入日期').fill(daysFromToday(1));
  await listing.getByRole('button', { name: '登记列入' }).click();
  await expect(listing.getByLabel('列入日期')).toHaveAccessibleDescription(`列入日期不能晚于今天（${await todayOnPage(page)}）`);
  await listing.getByLabel('列入日期').fill(today);
  await listing.getByLabel('决定书文号').fill('大同县市监异〔2026〕7号');
  await listing.getByRole('button', { name: '登记列入' }).click();
  await expect(listing).toBeHidden();
  await expect(row).toHaveAttribute('data-state', '已列入');
  await expect(row).toContainText('大同县市监异〔2026〕7号');
  // The navigation's count follows at once: only the 公示 is left overdue.
  await expect(nav.getByTestId('overdue-count')).toHaveText('1');
  await shot('todo-listed');
  await expect(page.getByRole('tab', { name: /经营异常名录/ })).toHaveText('经营异常名录（待列入 0）');

  await page.getByRole('tab', { name: /未完结的后续处置/ }).click();
  const open = page.getByRole('table', { name: '后续处置' });
  const names = draw.selected.map((e) => e.name);
  // Oldest first; the 100-day one on the warmest patch.
  await expect(open.getByRole('row').nth(1)).toContainText(names[2]!);
  await expect(open.getByTestId('disposition-age')).toHaveText(['100 天', '40 天', '40 天']);
  const ages = await open.getByTestId('disposition-age').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(ages[0]).not.toBe(ages[1]);
  await shot('todo');

  await open.getByRole('button', { name: `登记完结 ${names[1]}` }).click();
  const closing = page.getByRole('dialog', { name: `登记完结：${names[1]}` });
  await expect(closing).toContainText(ORDER);
  await closing.getByRole('button', { name: '登记完结' }).click();
  await expect(closing.getByLabel('完结情况')).toHaveAccessibleDescription('请填写完结情况（不超过 500 字）');
  await closing.getByLabel('完结情况').fill('已整改到位，复查合格');
  await shot('todo-close');
  await closing.getByRole('button', { name: '登记完结' }).click();
  await expect(closing).toBeHidden();
  await expect(open.getByRole('row').filter({ hasText: names[1]! })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /未完结的后续处置/ })).toHaveText('未完结的后续处置（2）');
  const [stored] = (await host('results:list', { taskId: task.id })).filter((r) => r.entityId === ordered);
  expect(stored!.result).toMatchObject({ closed: true, closedOn: today, closureNotes: '已整改到位，复查合格', status: '已录入' });

  await page.getByLabel('含已完结').check();
  const closed = open.getByRole('row').filter({ hasText: names[1]! });
  await expect(closed).toContainText(`${today} 完结：已整改到位，复查合格`);
  await closed.getByRole('button', { name: `撤销完结 ${names[1]}` }).click();
  const reopening = page.getByRole('dialog', { name: `撤销完结：${names[1]}` });
  await reopening.getByLabel('撤销理由').fill('复查发现未整改');
  await reopening.getByRole('button', { name: '撤销完结' }).click();
  await expect(reopening).toBeHidden();
  await expect(closed).toContainText('未完结');
});
