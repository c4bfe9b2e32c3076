import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import type { ImportResult } from '../../../electron/core/import/run-import.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { cleanEntityWorkbook, messyEntityWorkbook } from './roster-fixtures.ts';

async function readSheet(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { ws, rows };
}

describe('the import wizard through the contract', () => {
  it('inspects, previews as a job with progress, commits, and writes an error report', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const file = await messyEntityWorkbook(dir);
    const inspection = await invoke(ctx, 'import:inspect', { kind: 'entities', path: file });
    const base = {
      kind: 'entities' as const,
      path: file,
      sheet: inspection.sheet,
      headerRow: inspection.headerRow,
      columns: inspection.columns,
      roster: '测试名录',
    };
    const preview = await invoke(ctx, 'import:start', { ...base, dryRun: true });
    expect(preview.state).toBe('running');
    const previewDone = await invoke(ctx, 'jobs:wait', { jobId: preview.id });
    expect(previewDone).toMatchObject({ state: 'done', progress: { rows: 12 } }); // 11 rows and 1 blank row, counted as skipped
    expect((await invoke(ctx, 'entities:query', {})).total).toBe(0);

    const commit = await invoke(ctx, 'import:start', { ...base, dryRun: false });
    const done = await invoke(ctx, 'jobs:wait', { jobId: commit.id });
    expect((done.result as ImportResult).counts).toEqual((previewDone.result as ImportResult).counts);
    expect((await invoke(ctx, 'entities:query', { roster: '测试名录' })).total).toBe(4);

    const report = path.join(dir, '错误报告.xlsx');
    expect(await invoke(ctx, 'import:report', { jobId: commit.id, path: report })).toMatchObject({ count: 6 });
    const { ws, rows } = await readSheet(report);
    expect(rows[1]).toEqual(expect.arrayContaining(['原行号', '社会信用代码', '原因']));
    expect(rows[2]?.[0]).toBe(6);
    expect(String(rows[2]?.at(-1))).toContain('代码已失真');
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
  });

  it('reports a file that cannot be read as a failed job with a Chinese message, writing nothing', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const good = await cleanEntityWorkbook(dir, 5);
    const inspection = await invoke(ctx, 'import:inspect', { kind: 'entities', path: good });
    fs.truncateSync(good, 2000);
    const job = await invoke(ctx, 'import:start', {
      kind: 'entities',
      path: good,
      sheet: inspection.sheet,
      headerRow: 1,
      columns: inspection.columns,
      dryRun: false,
    });
    const done = await invoke(ctx, 'jobs:wait', { jobId: job.id });
    expect(done.state).toBe('failed');
    expect(done.error).toMatch(/名录\.xlsx.*无法读取|损坏/);
    expect((await invoke(ctx, 'entities:query', {})).total).toBe(0);
  });

  it('refuses files that are not tables, and a sheet without a roster header, by name', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const pdf = path.join(dir, '通知.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4 ...');
    await expect(invoke(ctx, 'import:inspect', { kind: 'entities', path: pdf })).rejects.toThrow(
      /“通知\.pdf”不是 Excel 工作簿或 CSV 文件（它是一个 PDF 文件）/,
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('其他').addRow(['日期', '金额']);
    const other = path.join(dir, '账目.xlsx');
    await wb.xlsx.writeFile(other);
    await expect(invoke(ctx, 'import:inspect', { kind: 'entities', path: other })).rejects.toThrow(
      /未找到表头：请确认表格中有“统一社会信用代码”、“名称”列，不像是市场主体名录/,
    );
    await expect(invoke(ctx, 'import:inspect', { kind: 'entities', path: path.join(dir, '没有.xlsx') })).rejects.toThrow(/不存在/);
  });

  it('exports the filtered roster and blank templates that import back', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const file = await cleanEntityWorkbook(dir, 12);
    const inspection = await invoke(ctx, 'import:inspect', { kind: 'entities', path: file });
    await invoke(ctx, 'jobs:wait', {
      jobId: (
        await invoke(ctx, 'import:start', {
          kind: 'entities',
          path: file,
          sheet: inspection.sheet,
          headerRow: 1,
          columns: inspection.columns,
          dryRun: false,
        })
      ).id,
    });
    const out = path.join(dir, '导出.xlsx');
    expect(await invoke(ctx, 'entities:export', { area: '聚乐乡', path: out })).toMatchObject({ count: 6 });
    const { rows } = await readSheet(out);
    expect(rows[0]?.[0]).toBe('大同县市场和质量监督管理局检查对象名录');
    expect(rows).toHaveLength(2 + 6);
    const again = await invoke(ctx, 'import:inspect', { kind: 'entities', path: out });
    expect(again.missing).toEqual([]);

    for (const kind of ['entities', 'inspectors', 'conflicts'] as const) {
      const template = path.join(dir, `${kind}-模板.xlsx`);
      await invoke(ctx, 'import:template', { kind, path: template });
      const inspected = await invoke(ctx, 'import:inspect', { kind, path: template });
      expect(inspected.missing).toEqual([]);
      expect(inspected.sample).toHaveLength(1);
      // Every column but 备注 shows the clerk an example of its value.
      const blank = inspected.headers.filter((h) => inspected.sample[0]!.values[h.index] === '').map((h) => h.title);
      expect(
        blank.filter((t) => t !== '备注'),
        kind,
      ).toEqual([]);
    }
  });
});
