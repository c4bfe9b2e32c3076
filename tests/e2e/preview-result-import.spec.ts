import fs from 'node:fs';
import { todayOnPage } from './task-dates.ts';
import { ResultsPage } from './pages/results-page.ts';
import { codeFor } from './roster-files.ts';
import { resultWorkbook } from './task-files.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const SHOTS = '/tmp/shots';

test('从 Excel 导入结果 previews new, changed, unchanged and refused rows; 取消 writes nothing, 确认导入 writes them', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 3 });
  const [a, b, c] = draw.selected;
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const today = await todayOnPage(page);
  await host('results:set', {
    taskId: task.id,
    entityIds: [a!.entityId],
    result: { codes: ['1'], methods: ['实地检查'], inspectedOn: today },
  });
  await host('results:set', { taskId: task.id, entityIds: [b!.entityId], result: { codes: ['1'], inspectedOn: today } });
  await page.reload();
  await expect(results.progress).toHaveText('已录入 2 / 3');
  const before = await host('results:list', { taskId: task.id });

  const file = await resultWorkbook(dataDir, [
    [a!.code, '4 违反质量技术监督相关规定', today, '检验检测'],
    [b!.code, '1', today, ''],
    [c!.code, '未发现问题', today, '实地检查'],
    [codeFor(99), '1', today, ''],
  ]);
  const choose = async () => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
    await (await choosing).setFiles(file);
    return page.getByRole('dialog', { name: '导入检查结果：预览“检查结果.xlsx”' });
  };

  let dialog = await choose();
  await expect(dialog.getByTestId('result-import-headline')).toHaveText(
    '确认导入后将新增 1 户、更改 1 户的检查结果；1 户与已录入的相同，保持不动；1 行不会导入（原因见下方）；现在还没有写入任何数据。',
  );
  await expect(dialog.getByRole('listitem')).toHaveText(['新增 1 户', '更改 1 户', '不变 1 户', '不导入 1 行']);
  const changes = dialog.getByRole('table', { name: '更改的结果' });
  await expect(changes.locator('tbody tr[data-field="codes"]')).toContainText(['1 未发现问题→4 违反质量技术监督相关规定']);
  await expect(changes.locator('tbody tr[data-field="methods"]')).toContainText(['实地检查→检验检测']);
  await expect(changes.locator('tbody tr')).toHaveCount(2);
  await expect(changes.locator('tbody tr').first()).toContainText(a!.name);
  await expect(dialog.getByRole('table', { name: '新增的结果' }).locator('tbody tr')).toContainText([c!.name]);
  await expect(dialog.getByTestId('result-import-unchanged')).toContainText(b!.name);
  await expect(dialog.getByRole('table', { name: '不会导入的行' }).locator('tbody tr')).toContainText([
    '第 5 行“统一社会信用代码”列：该代码不在任务的抽取结果中',
  ]);
  expect(await host('results:list', { taskId: task.id })).toEqual(before);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/result-import-preview.png` });

  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await host('results:list', { taskId: task.id })).toEqual(before);

  dialog = await choose();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(results.notice()).toContainText(
    `已导入 2 户的检查结果（任务 ${task.code}）：新增 1 户，更改 1 户，1 户不变，1 行有问题未导入`,
  );
  await expect(results.progress).toHaveText('已录入 3 / 3');
  await expect(results.cell(1, 'codes')).toHaveText('4 违反质量技术监督相关规定');
  const after = await host('results:list', { taskId: task.id });
  expect(after[1]!.result).toEqual(before[1]!.result);
});

test('确认导入 is disabled when nothing would change, and refused when the results changed after the preview', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task, draw } = await drawnTask(host, { count: 2 });
  const [a, b] = draw.selected;
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  const today = await todayOnPage(page);
  await host('results:set', { taskId: task.id, entityIds: [a!.entityId], result: { codes: ['1'], inspectedOn: today } });

  const same = await resultWorkbook(dataDir, [[a!.code, '1', today, '']], '相同.xlsx');
  let choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(same);
  let dialog = page.getByRole('dialog', { name: '导入检查结果：预览“相同.xlsx”' });
  await expect(dialog.getByTestId('result-import-headline')).toHaveText('没有需要写入的新结果或更改：1 户与已录入的相同。');
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  const file = await resultWorkbook(dataDir, [[b!.code, '1', today, '']], '新增.xlsx');
  choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 Excel 导入结果' }).click();
  await (await choosing).setFiles(file);
  dialog = page.getByRole('dialog', { name: '导入检查结果：预览“新增.xlsx”' });
  await expect(dialog.getByRole('listitem')).toHaveText(['新增 1 户', '更改 0 户', '不变 0 户', '不导入 0 行']);
  // Someone enters that entity's result on another screen meanwhile.
  await host('results:set', { taskId: task.id, entityIds: [b!.entityId], result: { codes: ['B'], inspectedOn: today } });
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByRole('alert').last()).toHaveText(
    '预览之后，文件或已录入的检查结果有了变化，没有导入。请重新选择文件，核对预览后再导入。',
  );
  expect((await host('results:list', { taskId: task.id }))[1]!.result!.codes).toEqual(['B']);
  await dialog.getByRole('button', { name: '重新预览' }).click();
  await expect(dialog.getByRole('listitem')).toHaveText(['新增 0 户', '更改 1 户', '不变 0 户', '不导入 0 行']);
  await expect(dialog.getByRole('table', { name: '更改的结果' })).toContainText('B 未按规定公示应当公示的信息');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toBeHidden();
  await expect(results.notice()).toContainText(`已导入 1 户的检查结果（任务 ${task.code}）：新增 0 户，更改 1 户`);
  expect((await host('results:list', { taskId: task.id }))[1]!.result!.codes).toEqual(['1']);
});
