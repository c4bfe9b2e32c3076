import path from 'node:path';
import { expect, seedJointDesk, test } from './joint-fixture.ts';
import { todayOnPage } from './task-dates.ts';
import { drawnTask } from './task-fixture.ts';

const SHOTS = process.env.SSJ_SHOTS_DIR;

test('a joint task’s 公示 is made per department: 应急 publishes its reviewed part while 卫健’s waits; 统计 按部门 counts each', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const desk = await seedJointDesk(host, dataDir);
  await host('settings:save', { contactName: '张明', contactPhone: '0352-6021234' });
  const { task, draw } = await drawnTask(host, {
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
  await host('staff:save', { name: '李审核', canEnter: false, canReview: true });
  await host('staff:signIn', { name: '李审核' });
  const today = await todayOnPage(page);
  const entityIds = draw.selected.map((e) => e.entityId);
  for (const departmentId of [1, desk.safety.id, desk.health.id])
    await host('results:set', { taskId: task.id, departmentId, entityIds, result: { codes: ['1'], inspectedOn: today } });
  await host('results:review', { taskId: task.id, departmentId: desk.safety.id, entityIds, reviewer: '李审核' });

  await page.goto(`${preview.url}#/results/publication`);
  const line = page.getByRole('table', { name: '公示期限' }).locator('tbody tr').filter({ hasText: task.code });
  await expect(line).toContainText('联合');
  await line.getByRole('button', { name: `${task.code} 生成公示` }).click();
  const dialog = page.getByRole('dialog', { name: `生成公示：${task.code} ${task.name}` });
  // The lead first: 本局's results are entered, not reviewed, so nothing can be published for it yet.
  const department = dialog.getByRole('combobox', { name: '公示部门' });
  await expect(department).toHaveText('大同县市场和质量监督管理局');
  await expect(dialog.getByTestId('publish-summary')).toContainText(
    '大同县市场和质量监督管理局：共 3 户：已公示 0 户，已审核待公示 0 户，未审核 3 户',
  );
  await expect(dialog.getByRole('button', { name: '分批公示' })).toBeDisabled();

  await department.click();
  await page.getByRole('option', { name: '县应急管理局' }).click();
  await expect(dialog.getByTestId('publish-summary')).toContainText('县应急管理局：共 3 户：已公示 0 户，已审核待公示 3 户，未审核 0 户');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h-publish-dialog.png') });
  await dialog.getByRole('button', { name: '生成公示' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '已生成公示 #' })).toContainText(`（${today}，3 户）`);
  await expect(dialog.getByRole('table', { name: '公示记录' })).toContainText('公示');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h-publish-done.png') });

  // 卫健's part waits for its review; 应急's publication is its own.
  await department.click();
  await page.getByRole('option', { name: '县卫生健康局' }).click();
  await expect(dialog.getByTestId('publish-summary')).toContainText('县卫生健康局：共 3 户：已公示 0 户，已审核待公示 0 户，未审核 3 户');
  await expect(dialog.getByText('还没有公示。')).toBeVisible();
  const stored = await host('publication:list', { taskId: task.id, departmentId: desk.safety.id });
  expect(stored.publications.map((p) => [p.department, p.count])).toEqual([['县应急管理局', 3]]);
  await dialog.getByRole('button', { name: '关闭' }).click();

  // 统计 按部门: each department's 3 shops, 应急's published.
  await page.goto(`${preview.url}#/stats`);
  await page.getByRole('tab', { name: '按部门' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').filter({ hasText: '县应急管理局' })).toContainText('100.0%');
  await expect(grid.getByRole('row').filter({ hasText: '县卫生健康局' })).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: '大同县市场和质量监督管理局' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h-publish-stats.png') });
});
