import type { Locator, Page } from '@playwright/test';
import { expect, seedJointDesk, test } from './joint-fixture.ts';
import { TaskDetailPage } from './pages/task-detail-page.ts';
import { daysFromToday } from './roster-files.ts';

/** Chooses one option of a multiple-choice field by typing part of it. */
async function choose(page: Page, field: Locator, typed: string, option: RegExp) {
  await field.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

test('a joint task is created through the form (本局 leads, two departments each with its items and k), drawn, and its teams shown by department', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  const desk = await seedJointDesk(host, dataDir);
  await page.goto(`${preview.url}#/tasks`);
  await page.getByRole('button', { name: '新建任务' }).click();
  const form = page.getByRole('dialog', { name: '新建抽查任务' });
  await form.getByRole('textbox', { name: '任务名称' }).fill('2026年度餐饮场所部门联合抽查');
  await form.getByRole('radio', { name: '部门联合抽查（跨部门）' }).check();
  // The items are chosen per department below; 本局 leads unless changed.
  await expect(form.getByRole('combobox', { name: '抽查事项', exact: true })).toHaveCount(0);
  const lead = form.getByRole('group', { name: '牵头部门', exact: true });
  await expect(lead.getByRole('combobox', { name: '牵头部门' })).toHaveText('本局');
  await choose(page, lead.getByRole('combobox', { name: '该部门的抽查事项' }), '产品质量', /产品质量监督抽查/);
  await lead.getByRole('spinbutton', { name: '每户执法人员' }).fill('2');
  // The limit is stated before anything is typed wrong.
  await expect(form.getByTestId('joint-departments')).toContainText('每个部门每户至少 1 名，联合检查组每户合计 2–10 名');

  await form.getByRole('button', { name: '添加参与部门' }).click();
  const safety = form.getByRole('group', { name: '参与部门 1', exact: true });
  await expect(safety.getByRole('combobox', { name: '参与部门' })).toHaveText('县应急管理局');
  // Only the items 县应急管理局 carries out are offered to it.
  await safety.getByRole('combobox', { name: '该部门的抽查事项' }).fill('产品质量');
  await expect(page.getByRole('option')).toHaveCount(0);
  await choose(page, safety.getByRole('combobox', { name: '该部门的抽查事项' }), '危险化学品', /危险化学品经营安全检查/);

  await form.getByRole('button', { name: '添加参与部门' }).click();
  const health = form.getByRole('group', { name: '参与部门 2', exact: true });
  await expect(health.getByRole('combobox', { name: '参与部门' })).toHaveText('县卫生健康局');
  await expect(form.getByRole('button', { name: '添加参与部门' })).toBeDisabled();
  await expect(form.getByTestId('joint-team-size')).toHaveText('联合检查组每户 4 名（本局 2 + 县应急局 1 + 县卫健局 1）');
  await form.getByRole('spinbutton', { name: '抽取数量' }).fill('3');
  await form.getByLabel('检查开始日期').fill(daysFromToday(1));
  await form.getByLabel('检查结束日期').fill(daysFromToday(20));

  // 县卫生健康局 has no item yet: the core's reason shows beside its items, in Chinese.
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(health.getByRole('combobox', { name: '该部门的抽查事项' })).toHaveAccessibleDescription('每个部门至少选择一个抽查事项');
  await expect(form.getByRole('alert').first()).toContainText('请检查填写的内容');
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/joint-task-form-refused.png` });
  await choose(page, health.getByRole('combobox', { name: '该部门的抽查事项' }), '公共场所', /公共场所卫生检查/);
  await expect(health.getByRole('combobox', { name: '该部门的抽查事项' })).toHaveAccessibleDescription(
    '至少选 1 项；只列出实施部门为该部门的事项',
  );
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/joint-task-form.png` });
  await form.getByRole('button', { name: '保存任务' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: '抽查任务列表' }).click();
  await expect(page.getByTestId('task-joint')).toHaveText('跨部门');
  await page.getByRole('grid', { name: '抽查任务' }).locator('[role="row"][data-id]').first().click();

  // The task as saved: joint, lead first, items and team size from the departments.
  const [saved] = await host('tasks:list', {});
  expect(saved).toMatchObject({ joint: true, inspectorsPerEntity: 4 });
  expect(saved!.departments.map((d) => [d.name, d.role, d.perEntity, d.itemIds.length])).toEqual([
    [expect.any(String), '牵头', 2, 1],
    ['县应急管理局', '参与', 1, 1],
    ['县卫生健康局', '参与', 1, 1],
  ]);
  expect(saved!.departments[1]!.itemIds).toEqual([desk.safetyItem]);
  expect(saved!.departments[2]!.itemIds).toEqual([desk.healthItem]);

  const terms = page.getByRole('region', { name: '任务条件' });
  await expect(terms).toContainText('跨部门联合抽查');
  await expect(terms).toContainText('参与部门：县应急管理局、县卫生健康局');
  await expect(terms).toContainText('联合检查组每户 4 名');
  const termRows = terms.getByRole('table', { name: '联合抽查部门' }).getByTestId('joint-term');
  await expect(termRows).toHaveCount(3);
  await expect(termRows.nth(1)).toContainText('参与部门县应急管理局');
  await expect(termRows.nth(1)).toContainText('危险化学品经营安全检查');
  await expect(termRows.nth(2)).toContainText('公共场所卫生检查1 名');

  // 修改任务条件 opens on the departments as saved.
  await page.getByRole('button', { name: '修改任务条件' }).click();
  const edit = page.getByRole('dialog', { name: /^修改抽查任务/ });
  await expect(edit.getByRole('radio', { name: '部门联合抽查（跨部门）' })).toBeChecked();
  await expect(edit.getByRole('group', { name: '参与部门 2', exact: true }).getByRole('combobox', { name: '参与部门' })).toHaveText(
    '县卫生健康局',
  );
  await expect(
    edit.getByRole('group', { name: '参与部门 2', exact: true }).getByRole('button', { name: /公共场所卫生检查/ }),
  ).toBeVisible();
  await expect(edit.getByRole('group', { name: '牵头部门', exact: true }).getByRole('spinbutton', { name: '每户执法人员' })).toHaveValue(
    '2',
  );
  await edit.getByRole('button', { name: '取消' }).click();
  await expect(edit).toBeHidden();

  // The pool preview: each department's own inspectors, none short.
  const detail = new TaskDetailPage(page);
  const pool = detail.ceremony.getByTestId('pool-department');
  await expect(pool).toHaveCount(3);
  await expect(pool.nth(0)).toContainText('牵头部门');
  await expect(pool.nth(0)).toContainText('6 名2 名');
  await expect(pool.nth(1)).toContainText('县应急管理局3 名1 名');
  await expect(pool.nth(2)).toContainText('县卫生健康局2 名1 名');
  await expect(detail.ceremony.getByTestId('pool-department-shortfall')).toHaveCount(0);
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/joint-task-terms.png` });

  await detail.draw('张操作', '李监督');
  await expect(detail.notice()).toContainText('共抽中 3 户');
  await expect(detail.drawnRows).toHaveCount(3);
  await expect(detail.ceremony.getByTestId('draw-departments')).toContainText(
    '参与　县应急管理局（每户 1 名）；参与　县卫生健康局（每户 1 名）',
  );
  await expect(detail.drawnTable.getByRole('columnheader', { name: '联合检查组（按部门）' })).toBeVisible();
  for (let row = 0; row < 3; row++) {
    const groups = detail.drawnRows.nth(row).getByTestId('team-department');
    await expect(groups).toHaveCount(3);
    // The lead's line comes first and holds the 组长; each other department sends its one member.
    await expect(groups.nth(0).locator('.MuiChip-root')).toHaveCount(2);
    await expect(groups.nth(0).locator('.MuiChip-root').first()).toContainText('（组长）');
    await expect(groups.nth(1)).toHaveAttribute('data-department', '县应急管理局');
    await expect(groups.nth(1).locator('.MuiChip-root')).toHaveText(/^应急员\d$/);
    await expect(groups.nth(2)).toHaveAttribute('data-department', '县卫生健康局');
    await expect(groups.nth(2).locator('.MuiChip-root')).toHaveText(/^卫健员\d$/);
  }
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/joint-task-teams.png`, fullPage: true });

  // 递补 stays within the department: the dialog says so, and the new member is 县应急管理局's too.
  const safetyLine = detail.drawnRows.nth(0).getByTestId('team-department').nth(1);
  const before = (await safetyLine.locator('.MuiChip-root').textContent()) ?? '';
  await safetyLine.locator('.MuiChip-root').click();
  const replace = page.getByRole('dialog', { name: '递补执法人员' });
  await expect(replace).toContainText('系统将从县应急管理局可派的执法人员中随机抽取一名接替（递补限于同一部门');
  await replace.getByRole('textbox', { name: '递补理由' }).fill('出差');
  await replace.getByRole('button', { name: '随机递补' }).click();
  await expect(replace).toBeHidden();
  await expect(safetyLine.locator('.MuiChip-root')).toHaveText(/^应急员\d$/);
  await expect(safetyLine.locator('.MuiChip-root')).not.toHaveText(before);
});

test('a department short of inspectors is named in the pool preview before the draw', async ({ page, preview, host, dataDir }) => {
  const desk = await seedJointDesk(host, dataDir);
  const task = await host('tasks:save', {
    task: {
      name: '卫健人手不足的联合抽查',
      itemIds: [1, desk.healthItem],
      count: 2,
      periodStart: daysFromToday(1),
      periodEnd: daysFromToday(20),
      joint: true,
      departments: [
        { departmentId: 1, itemIds: [1], perEntity: 1 },
        { departmentId: desk.health.id, itemIds: [desk.healthItem], perEntity: 3 },
      ],
    },
  });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  await expect(detail.ceremony.getByTestId('pool-department')).toHaveCount(2);
  await expect(detail.ceremony.getByTestId('pool-department-shortfall')).toHaveText(
    '县卫生健康局可派的执法人员不足：符合条件的只有 2 名，每户需要 3 名。请补充该部门的执法人员或减少每户人数。',
  );
  await detail.ceremony.getByTestId('pool-department-shortfall').scrollIntoViewIfNeeded();
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/joint-pool-shortfall.png` });
});
