import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TaskDetailPage } from './pages/task-detail-page.ts';
import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

const SHOTS = process.env.DOC_SHOTS;

test('文书 of a drawn task: the combined notices PDF names the entities with their 文号, and the 公示 Excel downloads', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedRoster(host, dataDir, 20, 6);
  await host('settings:save', { contactName: '张明', contactPhone: '0352-6021234' });
  const { task, draw } = await drawnTask(host, { count: 3 });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  const docs = page.getByRole('region', { name: '文书' });
  await expect(docs).toBeVisible();

  const downloading = page.waitForEvent('download');
  await docs.getByRole('button', { name: '检查通知书（合并打印）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${task.code} 检查通知书.pdf`);
  const file = path.join(dataDir, 'notices.pdf');
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(draw.selected[0]!.name);
  expect(text).toMatch(/〔\d{4}〕\s*\d+\s*号/);

  const done = docs.getByTestId('batch-done');
  await expect(done).toContainText('已生成检查通知书 3 份');
  await expect(docs.getByTestId('batch-numbers')).toContainText(/〔\d{4}〕1号 至 .*〔\d{4}〕3号/);
  await expect(done.getByRole('button', { name: '打开 PDF' })).toBeVisible();
  if (SHOTS) await docs.screenshot({ path: path.join(SHOTS, 'documents-section.png') });

  // The 公示 prints a stored publication (生成公示 is on the 公示期限 board): one is made here.
  await expect(docs.getByRole('button', { name: '抽查结果公示 (Excel)' })).toBeDisabled();
  await host('results:set', { taskId: task.id, entityIds: draw.selected.map((e) => e.entityId), result: { codes: ['1'] } });
  await host('staff:save', { name: '李审核', canEnter: false, canReview: true });
  await host('staff:signIn', { name: '李审核' }); // else the reload asks who works here
  await host('results:review', { taskId: task.id, all: true, reviewer: '李审核' });
  const publication = await host('publication:publish', { taskId: task.id, date: '2026-12-20' });
  await page.reload();
  const excel = page.waitForEvent('download');
  await docs.getByRole('button', { name: `抽查结果公示 #${publication.id} (Excel)` }).click();
  const sheet = await excel;
  expect(sheet.suggestedFilename()).toBe(`${task.code} 抽查结果公示 #${publication.id}.xlsx`);
  const xlsx = path.join(dataDir, 'publication.xlsx');
  await sheet.saveAs(xlsx);
  expect(fs.readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(docs.getByRole('alert').filter({ hasText: `已保存抽查结果公示 #${publication.id}（Excel）` })).toBeVisible();
});

test('a missing contact is refused in Chinese before any 文号 is taken', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 10, 4);
  const { task } = await drawnTask(host, { count: 2 });
  const detail = new TaskDetailPage(page);
  await detail.open(preview.url, task.id);
  const docs = page.getByRole('region', { name: '文书' });
  await docs.getByRole('button', { name: '检查通知书（合并打印）' }).click();
  await expect(docs.getByRole('alert').first()).toContainText('尚未填写');
  expect(await host('docs:numbers', { taskId: task.id })).toHaveLength(0);
});

test('settings: the fonts are listed, and a template with an unknown placeholder is refused at the field', async ({ page, preview }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(preview.url);
  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  const fonts = page.getByRole('region', { name: '文书字体' });
  await expect(fonts.getByRole('table')).toContainText('仿宋');

  const editor = page.getByRole('region', { name: '文书模板' });
  const field = editor.getByRole('textbox', { name: '模板内容' });
  await expect(field).not.toHaveValue('');
  await field.press('ControlOrMeta+End');
  await field.pressSequentially('{{entity.nmae}}');
  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(field).toHaveAccessibleDescription(/entity\.nmae/);
  await editor.scrollIntoViewIfNeeded();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'template-editor.png') });
});
