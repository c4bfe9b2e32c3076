import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { getEntityDetail } from '../../../electron/core/entities/entity-service.ts';
import { queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { runImport, type ImportRequest } from '../../../electron/core/import/run-import.ts';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { importAs } from './import-as.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { cleanEntityWorkbook, codeFor, gbkEntityCsv, longEntityWorkbook, messyEntityWorkbook } from './roster-fixtures.ts';

const importFile = (ctx: AppContext, file: string, extra: Partial<ImportRequest> = {}) => importAs(ctx, 'entities', file, extra);

const entityCount = (ctx: AppContext) => ctx.db.prepare('SELECT count(*) FROM entities').pluck().get();

describe('importing a messy entity roster', () => {
  it('finds the header under the title rows and maps the other office’s column names', async () => {
    const ctx = tempContext();
    const inspection = await inspectImportFile(ctx.db, 'entities', await messyEntityWorkbook(tempDir()));
    expect(inspection.headerRow).toBe(3);
    expect(inspection.columns).toMatchObject({
      code: 1,
      name: 2,
      legalRep: 3,
      address: 4,
      area: 5,
      entityType: 6,
      regStatus: 7,
      established: 8,
      riskClass: 9,
    });
    expect(inspection.missing).toEqual([]);
    expect(inspection.sample[0]?.values[2]).toBe('大同县华兴商贸有限公司');
  });

  it('imports the good rows, keeps out the bad ones and says why, by row and column', async () => {
    const ctx = tempContext();
    const result = await importFile(ctx, await messyEntityWorkbook(tempDir()), { roster: '特种设备生产单位' });
    expect(result.counts).toMatchObject({ total: 12, new: 4, flagged: 1, rejected: 5, skipped: 2 });
    const reasons = Object.fromEntries(result.errors.map((e) => [e.row, e.reason]));
    expect(reasons[6]).toContain('单元格为数值格式，代码已失真，请将该列设为文本');
    expect(reasons[7]).toMatch(/“社会信用代码”列：校验位不符/);
    expect(reasons[11]).toMatch(/“社会信用代码”列：与第 4 行重复/);
    expect(reasons[12]).toContain('统一社会信用代码为空');
    expect(reasons[13]).toMatch(/“企业名称”列：名称不能为空/);
    expect(reasons[14]).toMatch(/“成立日期”列：成立日期无法识别/);
    expect(entityCount(ctx)).toBe(4);
  });

  it('normalises full-width and lower-case codes, reads rich text and formula results, dates and loose types', async () => {
    const ctx = tempContext();
    await importFile(ctx, await messyEntityWorkbook(tempDir()));
    const rows = queryEntities(ctx.db, { limit: 10 }).rows;
    const byCode = Object.fromEntries(rows.map((e) => [e.code, e]));
    expect(byCode[codeFor(2)]).toMatchObject({
      name: '大同县隆盛五金店',
      entityType: '个体工商户',
      established: '2018-03-05',
      riskClass: 'B',
    });
    expect(byCode[codeFor(5)]?.name).toBe('大同县富文本超市');
    expect(byCode[codeFor(6)]).toMatchObject({ name: '公式饭店', regStatus: '注销' });
    expect(byCode[codeFor(1)]).toMatchObject({ entityType: '企业', established: '2015-06-30', rosters: ['市场主体名录'] });
  });

  it('imports a checksum-flagged row only when the clerk accepts flagged rows', async () => {
    const ctx = tempContext();
    const result = await importFile(ctx, await messyEntityWorkbook(tempDir()), { acceptFlagged: true });
    expect(result.counts).toMatchObject({ new: 5, flagged: 0, flaggedAccepted: 1 });
    const flagged = queryEntities(ctx.db, { search: '校验位错误' }).rows[0];
    expect(flagged?.codeFlagged).toBe(true);
  });

  it('previews without writing anything, with the same counts the commit then has', async () => {
    const ctx = tempContext();
    const file = await messyEntityWorkbook(tempDir());
    const preview = await importFile(ctx, file, { dryRun: true });
    expect(entityCount(ctx)).toBe(0);
    expect(preview.preview.find((r) => r.row === 7)).toMatchObject({ verdict: 'flagged' });
    const commit = await importFile(ctx, file);
    expect(commit.counts).toEqual(preview.counts);
  });

  it('changes nothing when the same file is imported again', async () => {
    const ctx = tempContext();
    const file = await cleanEntityWorkbook(tempDir(), 30);
    expect((await importFile(ctx, file)).counts).toMatchObject({ new: 30 });
    const before = ctx.db.prepare('SELECT * FROM entities ORDER BY id').all();
    const historyBefore = ctx.db.prepare('SELECT count(*) FROM entity_history').pluck().get();
    const again = await importFile(ctx, file);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 30 });
    expect(ctx.db.prepare('SELECT * FROM entities ORDER BY id').all()).toEqual(before);
    expect(ctx.db.prepare('SELECT count(*) FROM entity_history').pluck().get()).toBe(historyBefore);
  });

  it('updates changed entities and keeps the changed fields in their history', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    await importFile(ctx, await cleanEntityWorkbook(dir, 3));
    const changed = await cleanEntityWorkbook(dir, 4, '名录-新.xlsx');
    ctx.db.prepare("UPDATE entities SET legal_rep = '旧经营者' WHERE code = ?").run(codeFor(2));
    const result = await importFile(ctx, changed, { roster: '计量器具生产企业' });
    expect(result.counts).toMatchObject({ new: 1, updated: 1, unchanged: 2 });
    const id = ctx.db.prepare('SELECT id FROM entities WHERE code = ?').pluck().get(codeFor(2)) as number;
    const detail = getEntityDetail(ctx.db, id);
    expect(detail.entity.rosters).toEqual(['市场主体名录', '计量器具生产企业']);
    expect(detail.history[0]).toMatchObject({
      source: '名录-新.xlsx 第 3 行',
      changes: [{ label: '法定代表人', before: '旧经营者', after: '经营者2' }],
    });
  });

  it('puts every imported entity in the chosen roster, new and existing alike, however many rows', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    // New entities join their roster a few thousand at a time; these counts cross those steps.
    await importFile(ctx, await longEntityWorkbook(dir, 4500));
    const result = await importFile(ctx, await longEntityWorkbook(dir, 7100, '名录-全.xlsx'), { roster: '计量器具生产企业' });
    expect(result.counts).toMatchObject({ new: 2600, unchanged: 4500 });
    const members = (roster: string) =>
      ctx.db.prepare('SELECT count(*) FROM entity_rosters er JOIN rosters r ON r.id = er.roster_id WHERE r.name = ?').pluck().get(roster);
    expect(members('市场主体名录')).toBe(4500);
    expect(members('计量器具生产企业')).toBe(7100);
    expect(
      ctx.db
        .prepare('SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_rosters er WHERE er.entity_id = e.id)')
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('writes nothing the table’s CHECK constraints would refuse, though it leaves checking them to the schema', async () => {
    const ctx = tempContext();
    // The import skips SQLite's row-by-row CHECK for speed; entityInputSchema must state each of these.
    const table = ctx.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'entities'").pluck().get() as string;
    expect(table.match(/CHECK \((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g)).toEqual([
      'CHECK (length(trim(name)) > 0)',
      "CHECK (entity_type IN ('企业', '个体工商户', '农民专业合作社', '其他'))",
      "CHECK (risk_class IS NULL OR risk_class IN ('A', 'B', 'C', 'D'))",
    ]);
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名录');
    ws.addRow(['统一社会信用代码', '名称', '主体类型', '信用风险分类']);
    ws.addRow([codeFor(1), '\u3000\u3000', '企业', 'A']);
    ws.addRow([codeFor(2), '大同县风险分类错误店', '个体工商户', 'E']);
    ws.addRow([codeFor(3), '大同县类型不明社', '外星组织', '']);
    ws.addRow([codeFor(4), '大同县正常商店', '个体户', 'c类']);
    const file = path.join(dir, '约束.xlsx');
    await wb.xlsx.writeFile(file);
    const result = await importFile(ctx, file);
    // An unknown class or type is no reason to refuse a row (issue 12): it imports with the field
    // empty (the type from the code) and a 提示, so no value outside the CHECK ever reaches the table.
    expect(result.counts).toMatchObject({ new: 3, rejected: 1, hinted: 2 });
    expect(ctx.db.prepare('SELECT code, entity_type, risk_class FROM entities ORDER BY code').raw().all()).toEqual([
      [codeFor(2), '个体工商户', null],
      [codeFor(3), '个体工商户', null],
      [codeFor(4), '个体工商户', 'C'],
    ]);
    // A NUL ends a string for SQLite's length(): such a name would slip past the CHECK itself.
    const csv = path.join(dir, '控制字符.csv');
    fs.writeFileSync(csv, `统一社会信用代码,名称\r\n${codeFor(5)},\u0000坏店\r\n`);
    const fromCsv = await importFile(ctx, csv);
    expect(fromCsv.counts).toMatchObject({ new: 0, rejected: 1 });
    expect(fromCsv.errors[0]?.reason).toMatch(/“名称”列：名称含有看不见的控制字符/);
    // integrity_check re-evaluates every CHECK constraint over the whole table.
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('reads a GBK-encoded CSV with quotes and commas, and rejects a code in scientific notation', async () => {
    const ctx = tempContext();
    const result = await importFile(ctx, gbkEntityCsv(tempDir()));
    expect(result.counts).toMatchObject({ new: 2, rejected: 1 });
    expect(result.errors[0]).toMatchObject({ row: 4, code: '9.11402E+17' });
    const names = queryEntities(ctx.db, {}).rows.map((e) => [e.name, e.address, e.entityType]);
    expect(names).toContainEqual(['大同县"老字号"醋坊', '西坪镇, 东街 3 号', '个体工商户']);
  });

  it('remembers the clerk’s corrected mapping for the next file with the same header', async () => {
    const ctx = tempContext();
    const file = await messyEntityWorkbook(tempDir());
    const first = await inspectImportFile(ctx.db, 'entities', file);
    await runImport(ctx.dbPath, {
      kind: 'entities',
      file,
      sheet: first.sheet,
      headerRow: first.headerRow,
      columns: { ...first.columns, notes: 0 },
      dryRun: false,
    });
    const second = await inspectImportFile(ctx.db, 'entities', file);
    expect(second.remembered).toBe(true);
    expect(second.columns.notes).toBe(0);
  });

  it('cancels a running import and leaves nothing written', async () => {
    const ctx = tempContext();
    const file = await cleanEntityWorkbook(tempDir(), 3000);
    const inspection = await inspectImportFile(ctx.db, 'entities', file);
    const controller = new AbortController();
    const run = runImport(
      ctx.dbPath,
      { kind: 'entities', file, sheet: inspection.sheet, headerRow: inspection.headerRow, columns: inspection.columns, dryRun: false },
      { signal: controller.signal, onProgress: (p) => p.rows >= 500 && controller.abort() },
    );
    await expect(run).rejects.toThrow('已取消导入，没有写入任何数据。');
    expect(entityCount(ctx)).toBe(0);
  });

  it('writes nothing when the file turns out damaged after thousands of rows were already written', async () => {
    const ctx = tempContext();
    const file = await longEntityWorkbook(tempDir(), 20_000);
    const inspection = await inspectImportFile(ctx.db, 'entities', file);
    // Garble the sheet's compressed data two thirds in; the zip's directory stays whole.
    const bytes = fs.readFileSync(file);
    const sheetAt = bytes.indexOf('xl/worksheets/sheet1.xml');
    const nextEntry = bytes.indexOf('PK\x03\x04', sheetAt);
    const end = nextEntry > 0 ? nextEntry : bytes.indexOf('PK\x01\x02', sheetAt);
    const at = sheetAt + Math.floor(((end - sheetAt) * 2) / 3);
    bytes.fill(0xff, at, at + 64);
    fs.writeFileSync(file, bytes);
    let rowsSeen = 0;
    const run = runImport(
      ctx.dbPath,
      { kind: 'entities', file, sheet: inspection.sheet, headerRow: inspection.headerRow, columns: inspection.columns, dryRun: false },
      { onProgress: (p) => (rowsSeen = p.rows) },
    );
    await expect(run).rejects.toThrow('无法读取');
    expect(rowsSeen).toBeGreaterThan(1000);
    expect(entityCount(ctx)).toBe(0);
  });

  it('answers a 取消 that arrives through the event loop while rows keep coming, as the screen sends it', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const file = path.join(dir, '大名录.csv');
    const lines = ['统一社会信用代码,名称,法定代表人,住所'];
    for (let i = 1; i <= 60_000; i++) lines.push(`${codeFor(i)},大同县第${i}号商店,经营者${i},西坪镇${i}号`);
    fs.writeFileSync(file, lines.join('\r\n'));
    const controller = new AbortController();
    let rowsAtCancel = 0;
    let asked = false;
    const run = runImport(
      ctx.dbPath,
      { kind: 'entities', file, sheet: 'CSV', headerRow: 1, columns: { code: 0, name: 1, legalRep: 2, address: 3 }, dryRun: false },
      {
        signal: controller.signal,
        onProgress: (p) => {
          rowsAtCancel = p.rows;
          if (asked) return;
          asked = true;
          // Like a click on 取消: a timer, which runs only when the host gets back to its event loop.
          setTimeout(() => controller.abort(), 0);
        },
      },
    );
    await expect(run).rejects.toThrow('已取消导入，没有写入任何数据。');
    expect(rowsAtCancel).toBeLessThan(10_000);
    expect(entityCount(ctx)).toBe(0);
  });

  it('reads a legacy .xls (the same roster saved as Excel 97–2003)', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const xlsx = await cleanEntityWorkbook(dir, 5, 'legacy.xlsx');
    const xls = path.join(dir, 'legacy.xls');
    fs.writeFileSync(xls, XLSX.write(XLSX.read(fs.readFileSync(xlsx)), { bookType: 'xls', type: 'buffer' }) as Buffer);
    const result = await importFile(ctx, xls);
    expect(result.fileName).toBe('legacy.xls');
    expect(result.counts).toMatchObject({ new: 5 });
  });
});
