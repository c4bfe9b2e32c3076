import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { todayOnPage } from './task-dates.ts';
import { ResultsPage } from './pages/results-page.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const SHOTS = process.env.SSJ_SHOTS_DIR;

test('生成公示: refused naming the unreviewed, a 分批公示 of the reviewed, the rest, then a 更正 with its reason and a 更正公示', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedRoster(host, dataDir, 20, 6);
  await host('settings:save', { contactName: '张明', contactPhone: '0352-6021234' });
  const { task, draw } = await drawnTask(host, { count: 4 });
  await host('staff:save', { name: '李审核', canEnter: false, canReview: true });
  await host('staff:signIn', { name: '李审核' });
  const [a, b, c, d] = draw.selected;
  const today = await todayOnPage(page);
  const result = { codes: ['1'], inspectedOn: today };
  await host('results:set', { taskId: task.id, entityIds: [a!.entityId, b!.entityId, c!.entityId], result });
  await host('results:review', { taskId: task.id, entityIds: [a!.entityId, b!.entityId], reviewer: '李审核' });

  // The 文书 buttons print a stored 公示 only: none yet.
  await page.goto(`${preview.url}#/tasks/${task.id}`);
  await expect(page.getByTestId('no-publication')).toContainText('尚未生成公示');
  await expect(page.getByRole('button', { name: '抽查结果公示 (PDF)' })).toBeDisabled();

  await page.goto(`${preview.url}#/results/publication`);
  const line = page.getByRole('table', { name: '公示期限' }).locator('tbody tr').filter({ hasText: task.code });
  await line.getByRole('button', { name: `${task.code} 生成公示` }).click();
  const dialog = page.getByRole('dialog', { name: `生成公示：${task.code} ${task.name}` });
  await expect(dialog.getByTestId('publish-summary')).toContainText(
    '共 4 户：已公示 0 户，已审核待公示 2 户，未审核 2 户（其中未录入 1 户）',
  );
  await expect(dialog.getByTestId('publish-missing')).toContainText(
    `以下 2 户的检查结果尚未审核，不能公示全部：${c!.name}（${c!.code}）、${d!.name}（${d!.code}）。`,
  );
  // A full 公示 is refused by the core too, naming the same two.
  await expect(host('publication:publish', { taskId: task.id, date: today })).rejects.toThrow(
    `${c!.name}（${c!.code}）、${d!.name}（${d!.code}）`,
  );
  await expect(dialog.getByRole('checkbox', { name: /^分批公示已审核的 2 户/ })).toBeChecked();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h2-publish.png') });
  await dialog.getByRole('button', { name: '分批公示' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '已生成分批公示 #' })).toContainText(`（${today}，2 户）`);
  await expect(dialog.getByRole('table', { name: '公示记录' })).toContainText('分批公示');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h2-published.png') });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('alert').getByRole('button', { name: '保存 PDF' }).click();
  const pdf = path.join(dataDir, '公示.pdf');
  await (await downloading).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(a!.code);
  expect(text).not.toContain(c!.code);
  expect(text).not.toContain('尚未录入');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(line).toContainText('2 / 4');

  // The rest, once entered and reviewed: a 公示 completes the task.
  await host('results:set', { taskId: task.id, entityIds: [d!.entityId], result });
  await host('results:review', { taskId: task.id, all: true, reviewer: '李审核' });
  await line.getByRole('button', { name: `${task.code} 生成公示` }).click();
  await expect(dialog.getByTestId('publish-missing')).toBeHidden();
  await dialog.getByRole('button', { name: '生成公示' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '已生成公示 #' })).toContainText('2 户');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(line).toHaveAttribute('data-state', '已公示');

  // A published result changes only with a 更正理由: the entry form asks, the core refuses without.
  const results = new ResultsPage(page);
  await results.open(preview.url, task.id);
  await results.cell(2, 'name').click();
  await expect(results.form.getByTestId('correction-notice')).toContainText(`该检查结果已于 ${today} 公示`);
  await results.form.getByRole('button', { name: '保存并下一户' }).click();
  await expect(results.form.getByLabel('更正理由')).toHaveAccessibleDescription(/的检查结果已经公示，修改须作为更正并说明理由/);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h2-correction-reason.png') });
  await results.form.getByLabel('更正理由').fill('核对原始记录');
  await results.form.getByRole('button', { name: '保存并下一户' }).click();
  await expect(results.form.getByTestId('result-form-entity')).toHaveText(c!.name);
  // The change that matters, as the import or the form makes it, reviewed again.
  await host('results:set', {
    taskId: task.id,
    entityIds: [b!.entityId],
    result: { codes: ['4', 'A'], inspectedOn: today },
    correctionReason: '漏选结果代码',
  });
  await host('results:review', { taskId: task.id, entityIds: [b!.entityId], reviewer: '李审核' });

  await page.goto(`${preview.url}#/results/publication`);
  await expect(line.getByText('待更正 1')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h2-board.png') });
  await line.getByRole('button', { name: `${task.code} 生成公示` }).click();
  await expect(dialog.getByTestId('pending-corrections')).toContainText(`待更正公示 1 户：${b!.name}（${b!.code}）`);
  await dialog.getByRole('button', { name: '生成更正公示' }).click();
  const correction = page.getByRole('dialog', { name: `生成更正公示：${task.code}` });
  await expect(correction.getByLabel('更正理由')).toHaveValue('漏选结果代码');
  await correction.getByRole('button', { name: '生成更正公示' }).click();
  await expect(correction.getByTestId('correction-done')).toContainText('更正理由：漏选结果代码');
  await expect(correction.getByTestId('correction-done')).toContainText(
    `${b!.name} 检查结果：未发现问题 → 违反质量技术监督相关规定；发现问题待后续处理`,
  );
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'h2-correction.png') });
  await correction.getByRole('button', { name: '完成' }).click();
  await expect(dialog.getByRole('table', { name: '公示记录' }).locator('tbody tr')).toHaveCount(3);
  // The first publication is intact: same hash, still naming 未发现问题 for the corrected entity.
  const [first] = (await host('publication:list', { taskId: task.id })).publications;
  const stored = await host('publication:get', { id: first!.id });
  expect(stored).toMatchObject({ intact: true, contentHash: first!.contentHash });
  expect(stored.content.rows.find((r) => r.code === b!.code)!.codes.map((x) => x.code)).toEqual(['1']);
  expect((await host('audit:verify', {})).ok).toBe(true);
  fs.rmSync(pdf);
});
