import { drawnTask, expect, seedRoster, test } from './task-fixture.ts';

test('恢复 of a backup older than the newest draw lists the draw it drops; confirming restores and records it in the audit log', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 10, 4);
  await drawnTask(host, { name: '第一次抽查', count: 2 });
  await host('backup:create', {});
  const later = await drawnTask(host, { name: '第二次抽查', count: 2 });

  await page.goto(`${preview.url}#/settings`);
  const data = page.getByRole('region', { name: '数据与备份' });
  const manual = data.getByRole('table', { name: '备份' }).locator('tbody tr[data-reason="manual"]');
  await manual.getByRole('button', { name: /^恢复/ }).click();
  const confirm = page.getByRole('dialog', { name: '从备份恢复' });
  await confirm.getByRole('button', { name: '恢复', exact: true }).click();

  // The first press restores nothing: it names what would be lost.
  const dropped = confirm.getByTestId('restore-dropped');
  await expect(dropped).toContainText('该备份早于以下 1 次抽取');
  await expect(dropped.locator('li')).toHaveText([
    new RegExp(`^抽取记录 #${later.draw.id} · 任务 ${later.task.code}「第二次抽查」 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 抽取$`),
  ]);
  expect((await host('tasks:get', { id: later.task.id })).liveDrawId).toBe(later.draw.id);

  await confirm.getByRole('button', { name: '丢弃 1 次抽取并恢复' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.locator('.MuiSnackbar-root')).toContainText('已从备份恢复');
  expect((await host('tasks:list', {})).map((t) => t.name)).toEqual(['第一次抽查']);
  const [entry] = await host('audit:list', { limit: 1 });
  expect(entry).toMatchObject({
    action: '恢复备份',
    details: { dropped: [{ id: later.draw.id, taskCode: later.task.code, taskName: '第二次抽查' }] },
  });
  expect((await host('audit:verify', {})).ok).toBe(true);
});
