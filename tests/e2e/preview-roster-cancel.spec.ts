import { largeEntityWorkbook } from './roster-files.ts';
import { expect, test } from './roster-fixture.ts';

/*
 * The host answers polls and 取消 only between batches it has written; while the reading worker is
 * still opening a 30,000-row workbook there is a second or so to press 取消, which a clerk (and
 * this test) does at once.
 */
test('cancelling a long import, in the preview and in the import itself, leaves nothing written', async ({ entities, host, dataDir }) => {
  test.setTimeout(60_000);
  const file = await largeEntityWorkbook(dataDir, 30_000);
  const wizard = await entities.openImport();
  await wizard.chooseFile(file);

  // The value step reads the whole file (the preview's own dry run): 取消 it at once.
  await wizard.button('下一步：核对取值').click();
  await expect(wizard.progress).toContainText(/正在读取文件|已读取 [\d,]+ 行，每秒 [\d,]+ 行/);
  await wizard.button('取消').click();
  await expect(wizard.dialog.getByTestId('import-cancelled')).toHaveText('已取消导入，没有写入任何数据。');
  // The only 取消 during a run is the progress's own; afterwards the wizard offers the way on.
  await wizard.button('重新读取').click();
  await expect(wizard.dialog.getByTestId('values-hint')).toBeVisible({ timeout: 30_000 });
  // The preview is the run the value step made: no second read of 30,000 rows.
  await wizard.button('下一步：预览').click();
  await expect(wizard.headline).toContainText('新增 30,000 个市场主体', { timeout: 5_000 });

  await wizard.button('确认导入').click();
  await expect(wizard.progress).toBeVisible();
  await wizard.button('取消').click();
  await expect(wizard.dialog.getByTestId('import-cancelled')).toHaveText('已取消导入，没有写入任何数据。', { timeout: 30_000 });
  expect((await host('entities:query', { offset: 0, limit: 1 })).total).toBe(0);
  expect(await host('rosters:list', {})).toEqual([]);
  await wizard.button('关闭').click();
  await entities.expectCount('共 0 个市场主体');
});
