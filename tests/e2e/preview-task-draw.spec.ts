import fs from 'node:fs';
import path from 'node:path';
import { inspectorWorkbook } from './roster-files.ts';
import { importByHost } from './roster-fixture.ts';
import { TaskDetailPage } from './pages/task-detail-page.ts';
import { todayOnPage } from './task-dates.ts';
import { expect, seedRoster, taskTerms, test } from './task-fixture.ts';

const HEX64 = /^[0-9a-f]{64}$/;

test('the draw: 操作人 and 监督人, then the drawn list with seed and fingerprint; 复核 is all ✓', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 40, 6);
  const task = await host('tasks:save', { task: taskTerms() });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  await expect(detail.ceremony.getByTestId('pool-size')).toHaveText('39个');
  await expect(detail.ceremony.getByTestId('pool-excluded')).toContainText('已排除注销、吊销等状态的 1 个');

  await detail.draw('张操作', '张操作');
  await expect(detail.ceremony.getByRole('textbox', { name: '监督人', exact: true })).toHaveAccessibleDescription(
    '监督人不能与操作人为同一人',
  );
  expect(await host('draws:list', { taskId: task.id })).toHaveLength(0);

  await detail.draw('张操作', '李监督');
  await expect(detail.notice()).toContainText('抽取完成并已记录（抽取记录 #1），共抽中 5 户');
  await expect(page.getByTestId('task-state')).toHaveText('已抽取');
  await expect(detail.drawnRows).toHaveCount(5);
  const [record] = await host('draws:list', { taskId: task.id });
  await expect(detail.seed).toHaveText(HEX64);
  await expect(detail.seed).toHaveText(record!.seed);
  await expect(detail.poolHash).toHaveText(record!.poolHash);
  await expect(detail.ceremony.getByTestId('draw-operator')).toHaveText('张操作');
  await expect(detail.ceremony.getByTestId('draw-witness')).toHaveText('李监督');
  await expect(detail.ceremony.getByTestId('draw-id')).toHaveText('#1　算法 SSJ-DRAW-2');
  await expect(detail.button(/^(开始抽取|一键抽取)$/)).toHaveCount(0);
  // Each entity has two distinct inspectors; the first is the 组长.
  for (let position = 1; position <= 5; position++) {
    const team = detail.team(position);
    await expect(team).toHaveCount(2);
    await expect(team.first()).toHaveText(/（组长）$/);
    const names = await team.allTextContents();
    expect(new Set(names.map((n) => n.replace('（组长）', ''))).size).toBe(2);
  }
  await expect(detail.drawnRows.first()).toContainText(record!.selected[0]!.name);

  const verify = await detail.verify();
  await expect(verify.getByTestId('verify-summary')).toContainText('复核通过');
  const checks = verify.getByRole('list', { name: '复核项目' }).getByRole('listitem');
  await expect(checks).toHaveCount(8);
  await expect(checks.filter({ has: page.getByLabel('通过') })).toHaveCount(8);
  await expect(checks.first()).toContainText(`SHA-256 ${record!.poolHash}，39 个`);
});

test('递补 asks for a reason, shows who replaced whom, and 复核 re-runs it too', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 20, 6);
  const task = await host('tasks:save', { task: taskTerms({ count: 3 }) });
  await host('draws:run', { taskId: task.id, operator: '张操作', witness: '李监督' });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  const leaving = detail.team(2).nth(1);
  const leavingName = (await leaving.textContent())!;
  await leaving.click();

  const dialog = page.getByRole('dialog', { name: '递补执法人员' });
  await expect(dialog).toContainText(`${leavingName}（执法证号`);
  await dialog.getByRole('button', { name: '随机递补' }).click();
  await expect(dialog.getByRole('textbox', { name: '递补理由' })).toHaveAccessibleDescription('请填写递补理由（如：病休、回避）');
  await dialog.getByRole('textbox', { name: '递补理由' }).fill('病休');
  await dialog.getByRole('button', { name: '随机递补' }).click();
  await expect(dialog).toBeHidden();

  const [draw] = await host('draws:list', { taskId: task.id });
  const replacement = draw!.replacements[0]!;
  expect(replacement).toMatchObject({ oldName: leavingName, reason: '病休', operator: '' });
  await expect(detail.notice()).toContainText(`已随机抽取 ${replacement.newName}（${replacement.newCert}）递补 ${leavingName}`);
  const replaced = detail.team(2).nth(1);
  await expect(replaced).toHaveText(replacement.newName);
  await expect(replaced).toHaveAttribute('data-replaced', 'true');
  await expect(page.getByRole('list', { name: '递补记录' })).toContainText(
    `${leavingName}（${replacement.oldCert}）→ ${replacement.newName}（${replacement.newCert}），理由：病休`,
  );

  const verify = await detail.verify();
  await expect(verify.getByTestId('verify-summary')).toContainText('复核通过');
  await expect(verify.getByRole('listitem').filter({ hasText: '第 1 次递补' })).toContainText(
    `按种子重算为 ${replacement.newCert}，与记录和审计日志一致`,
  );

  // Once that entity's result is entered, its team is no longer offered for 递补.
  const inspected = draw!.selected[1]!;
  await host('results:set', {
    taskId: task.id,
    entityIds: [inspected.entityId],
    result: { codes: ['1'], inspectedOn: await todayOnPage(page) },
  });
  await detail.open(preview.url, task.id);
  await expect(detail.drawnRows.nth(1)).toContainText('已录入结果，不再递补');
  await expect(detail.drawnRows.nth(1).getByRole('button')).toHaveCount(0);
  await expect(detail.drawnRows.nth(0).getByRole('button')).not.toHaveCount(0);
});

test('作废 needs a reason; the task is drawn again and both draws stay listed', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 30, 6);
  const task = await host('tasks:save', { task: taskTerms({ count: 4 }) });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  await detail.draw('张操作', '李监督');
  await expect(detail.drawnRows).toHaveCount(4);
  const firstSeed = (await detail.seed.textContent())!;

  await detail.button('作废本次抽取…').click();
  const dialog = page.getByRole('dialog', { name: '作废本次抽取' });
  await dialog.getByRole('button', { name: '作废' }).click();
  await expect(dialog.getByRole('textbox', { name: '作废理由' })).toHaveAccessibleDescription('请填写作废理由');
  await dialog.getByRole('textbox', { name: '作废理由' }).fill('监督人未到场，按规定重新抽取');
  await dialog.getByRole('button', { name: '作废' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.notice()).toContainText('抽取记录 #1 已作废，可以重新抽取');
  await expect(page.getByTestId('task-state')).toHaveText('未抽取');
  await expect(detail.voided.locator('li')).toHaveCount(1);
  await expect(detail.voided).toContainText('理由：监督人未到场，按规定重新抽取');

  await detail.draw('张操作', '王监督');
  await expect(detail.ceremony.getByTestId('draw-id')).toHaveText('#2　算法 SSJ-DRAW-2');
  await expect(detail.seed).not.toHaveText(firstSeed);
  await expect(detail.voided.locator('li')).toHaveCount(1);
  const draws = await host('draws:list', { taskId: task.id });
  expect(draws.map((d) => [d.id, d.voided])).toEqual([
    [2, false],
    [1, true],
  ]);

  // The voided draw opens in full, read-only, with its reason.
  await detail.voided.getByRole('button', { name: '查看' }).click();
  const old = page.getByRole('dialog', { name: '抽取记录 #1（已作废）' });
  await expect(old.getByTestId('void-notice')).toContainText('理由：监督人未到场，按规定重新抽取');
  await expect(old.getByTestId('draw-seed')).toHaveText(firstSeed);
  await expect(old.getByRole('button', { name: /作废本次抽取/ })).toHaveCount(0);
  await expect(old.getByRole('table', { name: '抽中的检查对象' }).locator('tbody tr')).toHaveCount(4);
});

test('导出候选名单 downloads the frozen pool as CSV in canonical order', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 12, 4);
  const task = await host('tasks:save', { task: taskTerms({ count: 2 }) });
  await host('draws:run', { taskId: task.id, operator: '张操作', witness: '李监督' });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  const downloading = page.waitForEvent('download');
  await detail.button('导出候选名单 (CSV)').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^候选名单-\d{4}-001-抽取记录1\.csv$/);
  const file = path.join(dataDir, 'pool.csv');
  await download.saveAs(file);
  const lines = fs
    .readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toBe('序号,统一社会信用代码,分组');
  expect(lines).toHaveLength(12); // 11 open shops (number 4 is 吊销) and the header
  const codes = lines.slice(1).map((l) => l.split(',')[1]!);
  expect(codes).toEqual([...codes].sort());
  await expect(detail.notice()).toContainText('已导出候选名单（11 个）');
});

test('too few inspectors: the draw is refused with the shortfall named, and nothing is saved', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 10, 0);
  // 王一 is valid; 李二's certificate lapses before the period ends; 张三 is 病休.
  await importByHost(host, 'inspectors', await inspectorWorkbook(dataDir));
  const task = await host('tasks:save', { task: taskTerms({ count: 2 }) });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  await expect(detail.ceremony.getByTestId('pool-inspectors')).toHaveText('1名');
  await detail.draw('张操作', '李监督');
  const alert = detail.ceremony.getByRole('alert');
  await expect(alert).toContainText('执法人员不足');
  await expect(alert).toContainText('可派的执法人员只有 1 名，需要 2 名');
  await expect(alert).toContainText('未保存任何抽取结果');
  await expect(detail.button('一键抽取')).toBeVisible();
  expect(await host('draws:list', { taskId: task.id })).toHaveLength(0);
  expect((await host('tasks:get', { id: task.id })).state).toBe('未抽取');
});
