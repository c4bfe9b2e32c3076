import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../electron/core/documents/batches/document-batch.ts';
import { startNoticeBatch, startSheetBatch } from '../../../electron/core/documents/batches/document-jobs.ts';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { DEPARTMENTS, drawnJointTask, SHORT_NAMES } from './joint-doc-fixtures.ts';
import { readingText, squeeze } from './poppler.ts';

const fonts = chooseDocumentFonts([]);

describe('a joint task’s document batches', () => {
  it('print every notice as a joint notice and every sheet with its departments, through the batch worker', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnJointTask(ctx);
    const notices = tempDir();
    const combinedPath = path.join(tempDir(), '全部通知书.pdf');
    const done = await ctx.jobs.wait(
      startNoticeBatch(ctx, { taskId: task.id, outDir: notices, combinedPath, date: '2026-11-24', fonts }).id,
    );
    expect(done).toMatchObject({ state: 'done' });
    expect((done.result as BatchResult).count).toBe(draw.selected.length);
    const all = readingText(combinedPath);
    const heading = squeeze(`${DEPARTMENTS.join('')}市场监管领域随机抽查通知书`);
    const seal = squeeze(`${SHORT_NAMES.join('')}2026年11月24日`);
    expect(all.split(heading).length - 1).toBe(draw.selected.length);
    expect(all.split(seal).length - 1).toBe(draw.selected.length);
    for (const e of draw.selected)
      for (const i of e.inspectors) expect(all).toContain(`${i.name}（${i.departmentName}，执法证号：${i.certNo}）`);

    const sheets = tempDir();
    const sheetDone = await ctx.jobs.wait(startSheetBatch(ctx, { taskId: task.id, outDir: sheets, fonts }).id);
    expect(sheetDone).toMatchObject({ state: 'done' });
    const files = fs.readdirSync(sheets);
    expect(files).toHaveLength(draw.selected.length);
    for (const f of files) {
      const text = readingText(path.join(sheets, f));
      for (const d of DEPARTMENTS) expect(text).toContain(`${d}执法检查人员`);
    }
  });
});
