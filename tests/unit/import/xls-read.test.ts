import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { openTableFile, type OpenTableOptions, type TableFile } from '../../../electron/core/import/table-file.ts';
import type { SheetRow } from '../../../electron/core/xlsx/sheet-rows.ts';
import { worksheetRows } from '../../../electron/core/xlsx/sheet-rows.ts';
import { openWorkbook } from '../../../electron/core/xlsx/workbook-open.ts';
import { readXlsWorkbook, xlsSheetRows, type XlsWorkbook } from '../../../electron/core/xlsx/xls-read.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { codeFor } from './roster-fixtures.ts';

/** Every parse of an .xls goes through unchanged, and is recorded: a test can tell how much of a file was read. */
vi.mock('../../../electron/core/xlsx/xls-read.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/core/xlsx/xls-read.ts')>();
  return { ...real, readXlsWorkbook: vi.fn(real.readXlsWorkbook) };
});
const xlsReads = vi.mocked(readXlsWorkbook);

/** A cell of a fixture, written the same way into the .xlsx (exceljs) and the .xls (SheetJS). */
type Spec = string | number | boolean | Date | { percent: number } | { error: string } | null;

interface SheetSpec {
  name: string;
  /** Row 1-based, column 1-based, of the first spec row's first cell. */
  at?: { row: number; col: number };
  rows: Spec[][];
  merges?: { from: [number, number]; to: [number, number] }[];
  hidden?: boolean;
}

const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const dateFormat = (d: Date) => (d.getUTCHours() || d.getUTCMinutes() ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd');

/** A roster as clerks keep it: a merged title row above the header, text codes with letters, real dates, a blank row. */
const ROSTER: SheetSpec = {
  name: '市场主体',
  rows: [
    ['大同县市场主体名录（2026年）'],
    ['统一社会信用代码', '名称', '法定代表人', '成立日期', '注册资本（万元）', '抽查比例', '备注'],
    ['91110000600037341L', '北京同仁堂大同药店有限公司', '张三', day(2015, 6, 30), 500, { percent: 0.05 }, '  前后有空格  '],
    ['911402214E41475874', '大同县隆盛五金店', '李四', day(2018, 3, 5), 12.5, { percent: 0.125 }, '第一行\n第二行'],
    [],
    ['110108000000016', '注册号是数字文本的公司', '王五', day(2020, 1, 2, 8, 30), 0, null, true],
    ['92140221MA0000001X', '有错误单元格的店', { error: '#N/A' }, null, -3.75, { error: '#DIV/0!' }, false],
  ],
  merges: [{ from: [1, 1], to: [1, 7] }],
};

/** A sheet whose used range starts at C3, below a title that starts at B2. */
const OFFSET: SheetSpec = {
  name: '第二页',
  at: { row: 2, col: 2 },
  rows: [
    ['汇总', null, null],
    [null, '代码', '日期'],
    [null, '911402214E41475874', day(2026, 11, 24)],
  ],
};

async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
    eachCell(spec, (row, col, value) => {
      const cell = ws.getCell(row, col);
      if (value instanceof Date) {
        cell.value = value;
        cell.numFmt = dateFormat(value);
      } else if (typeof value === 'object' && value !== null && 'percent' in value) {
        cell.value = value.percent;
        cell.numFmt = '0%';
      } else if (typeof value === 'object' && value !== null) {
        cell.value = { error: value.error } as ExcelJS.CellErrorValue;
      } else {
        cell.value = value;
      }
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m.from[0], m.from[1], m.to[0], m.to[1]);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const ERROR_CODES: Record<string, number> = { '#N/A': 0x2a, '#DIV/0!': 0x07 };

/** The same sheets as a BIFF8 .xls (Excel 97–2003), written by SheetJS. */
function writeXls(file: string, sheets: SheetSpec[], bookType: XLSX.BookType = 'xls'): string {
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) {
    const ws: XLSX.WorkSheet = {};
    const range = { s: { r: Infinity, c: Infinity }, e: { r: 0, c: 0 } };
    eachCell(spec, (row, col, value) => {
      const r = row - 1;
      const c = col - 1;
      range.s = { r: Math.min(range.s.r, r), c: Math.min(range.s.c, c) };
      range.e = { r: Math.max(range.e.r, r), c: Math.max(range.e.c, c) };
      ws[XLSX.utils.encode_cell({ r, c })] = xlsCell(value);
    });
    ws['!ref'] = range.s.r === Infinity ? 'A1' : XLSX.utils.encode_range(range);
    ws['!merges'] = (spec.merges ?? []).map((m) => ({ s: { r: m.from[0] - 1, c: m.from[1] - 1 }, e: { r: m.to[0] - 1, c: m.to[1] - 1 } }));
    XLSX.utils.book_append_sheet(wb, ws, spec.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  fs.writeFileSync(file, XLSX.write(wb, { bookType, type: 'buffer', bookSST: bookType === 'xls' }) as Buffer);
  return file;
}

function xlsCell(value: Exclude<Spec, null>): XLSX.CellObject {
  if (value instanceof Date) return { t: 'n', v: value.getTime() / 86_400_000 + 25569, z: dateFormat(value) };
  if (typeof value === 'string') return { t: 's', v: value };
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if ('percent' in value) return { t: 'n', v: value.percent, z: '0%' };
  return { t: 'e', v: ERROR_CODES[value.error]! };
}

function eachCell(spec: SheetSpec, write: (row: number, col: number, value: Exclude<Spec, null>) => void): void {
  const at = spec.at ?? { row: 1, col: 1 };
  spec.rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== null) write(at.row + r, at.col + c, value);
    }),
  );
}

async function readAll(table: TableFile, sheet?: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  try {
    for await (const row of table.rows(sheet)) rows.push(row);
  } finally {
    table.close();
  }
  return rows;
}

async function tableRows(file: string, sheet?: string, options?: OpenTableOptions): Promise<SheetRow[]> {
  return readAll(await openTableFile(file, options), sheet);
}

/** The import wizard's first look at a file: only its first rows are meant to be read. */
const firstLook = (file: string) => openTableFile(file, { head: 40 });

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).message;
}

/** A Chinese message for the clerk: no SheetJS or CFB English leaks through. */
function expectChineseOnly(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/Error|password|CFB|Workbook|stream|undefined|Cannot/i);
}

/** An .xls whose workbook stream starts with a FILEPASS record, as Excel writes for an opening password. */
function encryptedXls(file: string, plain: string): string {
  const cfb = XLSX.CFB.read(fs.readFileSync(plain), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook') as { content: Buffer; size: number };
  const stream = Buffer.from(entry.content);
  const afterBof = 4 + stream.readUInt16LE(2);
  // FILEPASS (0x002F): XOR obfuscation, key 0x1234, verifier 0x5678.
  const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
  entry.content = Buffer.concat([stream.subarray(0, afterBof), filePass, stream.subarray(afterBof)]);
  entry.size = entry.content.length;
  fs.writeFileSync(file, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  return file;
}

describe('reading a legacy .xls in process', () => {
  it('gives the same rows as the same table saved as .xlsx: row numbers, text codes, dates, numbers, blank rows skipped', async () => {
    const dir = tempDir();
    const xls = await tableRows(writeXls(path.join(dir, '名录.xls'), [ROSTER, OFFSET]));
    const xlsx = await tableRows(await writeXlsx(path.join(dir, '名录.xlsx'), [ROSTER, OFFSET]));
    expect(xls).toEqual(xlsx);
    expect(xls.map((r) => r.number)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(xls[0]!.cells).toEqual(['大同县市场主体名录（2026年）']);
    expect(xls[2]!.cells).toEqual([
      '91110000600037341L',
      '北京同仁堂大同药店有限公司',
      '张三',
      day(2015, 6, 30),
      500,
      0.05,
      '  前后有空格  ',
    ]);
    expect(xls[3]!.cells[0]).toBe('911402214E41475874');
    expect(xls[3]!.cells[6]).toBe('第一行\n第二行');
    expect(xls[4]!.cells).toEqual(['110108000000016', '注册号是数字文本的公司', '王五', day(2020, 1, 2, 8, 30), 0, '', true]);
    expect(xls[5]!.cells).toEqual(['92140221MA0000001X', '有错误单元格的店', '#N/A', '', -3.75, '#DIV/0!', false]);
  });

  it('reads dates as the UTC instant of the typed date, whatever the time zone', async () => {
    const file = writeXls(path.join(tempDir(), '日期.xls'), [ROSTER]);
    const zone = process.env.TZ;
    try {
      for (const tz of ['Asia/Shanghai', 'America/New_York', 'UTC']) {
        process.env.TZ = tz;
        const rows = await tableRows(file);
        expect(rows[2]!.cells[3], tz).toEqual(new Date('2015-06-30T00:00:00.000Z'));
        expect(rows[4]!.cells[3], tz).toEqual(new Date('2020-01-02T08:30:00.000Z'));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('numbers rows as Excel does when the used range starts below and right of A1', async () => {
    const dir = tempDir();
    const xls = await tableRows(writeXls(path.join(dir, '偏移.xls'), [ROSTER, OFFSET]), '第二页');
    const xlsx = await tableRows(await writeXlsx(path.join(dir, '偏移.xlsx'), [ROSTER, OFFSET]), '第二页');
    expect(xls).toEqual(xlsx);
    expect(xls).toEqual([
      { number: 2, cells: ['', '汇总'] },
      { number: 3, cells: ['', '', '代码', '日期'] },
      { number: 4, cells: ['', '', '911402214E41475874', day(2026, 11, 24)] },
    ]);
  });

  it('lists the sheets in tab order, hands them out in chunks, and names a sheet that is not there', async () => {
    const file = writeXls(path.join(tempDir(), '两页.xls'), [ROSTER, OFFSET]);
    const table = await openTableFile(file);
    expect(table).toMatchObject({ fileName: '两页.xls', format: 'xls', sheets: ['市场主体', '第二页'] });
    const chunks: SheetRow[][] = [];
    for await (const chunk of table.rowChunks()) chunks.push(chunk);
    expect(chunks.flat().map((r) => r.number)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(await failure(readAll(table, '第三页'))).toBe('文件“两页.xls”中没有名为“第三页”的工作表。');
  });

  it('reads a WPS .et the same way, whether it is an OLE2 file or a zip', async () => {
    const dir = tempDir();
    const ole2 = await openTableFile(writeXls(path.join(dir, '名录.et'), [ROSTER]));
    const zip = await openTableFile(await writeXlsx(path.join(dir, '新版.et'), [ROSTER]));
    expect([ole2.format, zip.format]).toEqual(['xls', 'xlsx']);
    expect(await readAll(ole2)).toEqual(await readAll(zip));
  });

  it('splits 2,000 rows into chunks of at most 500, in order', async () => {
    const rows: Spec[][] = [['统一社会信用代码', '名称']];
    for (let i = 1; i <= 2000; i++) rows.push([`92140221MA${String(i).padStart(7, '0')}`, `第${i}号商店`]);
    const table = await openTableFile(writeXls(path.join(tempDir(), '大.xls'), [{ name: 'Sheet1', rows }]));
    const sizes: number[] = [];
    const numbers: number[] = [];
    for await (const chunk of table.rowChunks('Sheet1')) {
      sizes.push(chunk.length);
      numbers.push(...chunk.map((r) => r.number));
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(500);
    expect(numbers).toEqual(Array.from({ length: 2001 }, (_, i) => i + 1));
  });
});

describe('opening a legacy .xls as a whole workbook (item list, results)', () => {
  it('gives the same rows as the .xlsx: merged title filled across, percentages as the clerk sees them', async () => {
    const dir = tempDir();
    const fromXls = await openWorkbook(writeXls(path.join(dir, '清单.xls'), [ROSTER, OFFSET]));
    const fromXlsx = await openWorkbook(await writeXlsx(path.join(dir, '清单.xlsx'), [ROSTER, OFFSET]));
    expect(fromXls.worksheets.map((s) => s.name)).toEqual(['市场主体', '第二页']);
    const rows = worksheetRows(fromXls.worksheets[0]!);
    expect(rows).toEqual(worksheetRows(fromXlsx.worksheets[0]!));
    expect(worksheetRows(fromXls.worksheets[1]!)).toEqual(worksheetRows(fromXlsx.worksheets[1]!));
    expect(rows[0]!.cells).toEqual(Array(7).fill('大同县市场主体名录（2026年）'));
    expect(rows[2]!.cells.slice(3, 6)).toEqual([day(2015, 6, 30), 500, '5%']);
    expect(rows[3]!.cells[5]).toBe('12.5%');
    expect(fromXls.worksheets[0]!.getCell('A1').isMerged).toBe(true);
  });

  it('keeps a hidden sheet hidden', async () => {
    const file = writeXls(path.join(tempDir(), '隐藏.xls'), [{ ...OFFSET, hidden: true }, ROSTER]);
    const workbook = await openWorkbook(file);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['第二页', 'hidden'],
      ['市场主体', 'visible'],
    ]);
  });

  it('refuses an .xls with no content, naming the file', async () => {
    const file = writeXls(path.join(tempDir(), '空表.xls'), [{ name: 'Sheet1', rows: [] }]);
    expect(await failure(openWorkbook(file))).toContain('“空表.xls”是空的');
  });
});

describe('an .xls that cannot be read says why, in Chinese, naming the file', () => {
  it('an .xls with an opening password', async () => {
    const dir = tempDir();
    const file = encryptedXls(path.join(dir, '加密名录.xls'), writeXls(path.join(dir, 'plain.xls'), [ROSTER]));
    for (const open of [openTableFile, firstLook, openWorkbook]) {
      const message = await failure(open(file));
      expect(message).toContain('文件“加密名录.xls”已加密');
      expect(message).toContain('取消密码');
      expectChineseOnly(message);
    }
  });

  it('an .xlsx with an opening password (Excel stores it as an OLE2 file)', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(200, 1));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
    const file = path.join(tempDir(), '加密.xlsx');
    fs.writeFileSync(file, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    for (const open of [openTableFile, firstLook, openWorkbook]) expect(await failure(open(file))).toContain('文件“加密.xlsx”已加密');
  });

  it('a truncated or garbled .xls', async () => {
    const dir = tempDir();
    const bytes = fs.readFileSync(writeXls(path.join(dir, 'ok.xls'), [ROSTER, OFFSET]));
    const half = path.join(dir, '半截.xls');
    fs.writeFileSync(half, bytes.subarray(0, bytes.length >> 1));
    const garbled = path.join(dir, '乱码.xls');
    fs.writeFileSync(garbled, Buffer.concat([bytes.subarray(0, 8), Buffer.alloc(504)]));
    for (const file of [half, garbled]) {
      for (const open of [openTableFile, firstLook, openWorkbook]) {
        const message = await failure(open(file));
        expect(message).toContain(`文件“${path.basename(file)}”是旧版 Excel（.xls）格式，但已损坏或不完整`);
        expectChineseOnly(message);
      }
    }
  });

  it('a Word document renamed .xls, and an Excel 95 workbook', async () => {
    const dir = tempDir();
    const doc = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(doc, '/WordDocument', Buffer.alloc(4096, 1));
    const word = path.join(dir, '通知.xls');
    fs.writeFileSync(word, XLSX.CFB.write(doc, { type: 'buffer' }) as Buffer);
    const excel95 = writeXls(path.join(dir, '九五.xls'), [ROSTER], 'biff5');
    for (const open of [openTableFile, firstLook]) {
      expect(await failure(open(word))).toContain('文件“通知.xls”不是 Excel 表格');
      const message = await failure(open(excel95));
      expect(message).toContain('文件“九五.xls”是 Excel 95 或更早版本的格式');
      expect(message).toContain('另存为 .xlsx');
    }
  });

  it('a web page saved under the name .xls or .et', async () => {
    const dir = tempDir();
    for (const name of ['导出.xls', '导出.et']) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, '<html><table><tr><td>1</td></tr></table></html>');
      const message = await failure(openWorkbook(file));
      expect(message).toContain(`文件“${name}”的扩展名是${path.extname(name)}，但内容不是 Excel 表格`);
      expect(message).toContain('请在 Excel 中将其另存为 .xlsx 格式后再导入');
    }
  });
});

/** A BIFF record: type, length, data. */
function biffRecord(type: number, data: number[]): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, Buffer.from(data)]);
}
const u16 = (...values: number[]) => values.flatMap((v) => [v & 0xff, (v >> 8) & 0xff]);
const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
/** An integer as an RK number ([MS-XLS] 2.5.217). */
const rk = (n: number) => u32((n << 2) | 2);

/**
 * Adds to the last sheet of an .xls the cell records Excel writes and SheetJS's writer never does
 * ([MS-XLS] 2.4): a ROW record and an RK number in A4, a MulRk in A5:B5, a MulBlank in A6:B6
 * and a formula in B7 with its cached text (in a String record after it).
 */
function withExcelRecords(file: string): string {
  const cfb = XLSX.CFB.read(fs.readFileSync(file), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook') as { content: Buffer; size: number };
  const stream = Buffer.from(entry.content);
  let lastEof = -1;
  for (let pos = 0; pos + 4 <= stream.length; pos += 4 + stream.readUInt16LE(pos + 2)) {
    if (stream.readUInt16LE(pos) === 0x000a) lastEof = pos;
  }
  const xf = 15;
  const records = Buffer.concat([
    biffRecord(0x0208, [...u16(3, 0, 4, 255, 0, 0), ...u32(0x100)]),
    biffRecord(0x027e, [...u16(3, 0, xf), ...rk(7)]),
    biffRecord(0x00bd, [...u16(4, 0, xf), ...rk(8), ...u16(xf), ...rk(9), ...u16(1)]),
    biffRecord(0x00be, u16(5, 0, xf, xf, 1)),
    // Formula =1 in B7 whose cached result is text: 0xFFFF in the value's last two bytes.
    biffRecord(0x0006, [...u16(6, 1, xf), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(3), 0x1e, 1, 0]),
    biffRecord(0x0207, [...u16(4), 0, ...Buffer.from('calc', 'latin1')]),
  ]);
  entry.content = Buffer.concat([stream.subarray(0, lastEof), records, stream.subarray(lastEof)]);
  entry.size = entry.content.length;
  fs.writeFileSync(file, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  return file;
}

const rowsOf = (book: XlsWorkbook) => book.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: xlsSheetRows(s, book.date1904) }));

/** A roster of `count` rows under a title and a blank row, as a bureau's system exports one. */
function bigRoster(count: number): SheetSpec {
  const rows: Spec[][] = [['大同县市场主体名录（2026年）'], [], ['统一社会信用代码', '名称', '法定代表人', '成立日期', '注册资本（万元）']];
  for (let i = 1; i <= count; i++)
    rows.push([codeFor(i), `大同县第${i}号商店`, `经营者${i}`, day(2015, 1 + (i % 12), 1 + (i % 28)), i * 0.5]);
  return { name: '名录', rows };
}

const withoutFile = <T extends { fileName: string; format: string }>(inspection: T) => ({ ...inspection, fileName: '', format: '' });

describe("the import wizard's first look at an .xls parses only the first rows", () => {
  it('the head of each sheet is exactly the first rows of a whole read, Excel’s own cell records too, and says whether the sheet goes on', async () => {
    const dir = tempDir();
    const file = withExcelRecords(writeXls(path.join(dir, '记录.xls'), [ROSTER, { ...OFFSET, hidden: true }]));
    const whole = await readXlsWorkbook(file);
    const wholeRows = rowsOf(whole);
    expect(wholeRows[1]!.rows.slice(-3)).toEqual([
      { number: 4, cells: [7, '', '911402214E41475874', day(2026, 11, 24)] },
      { number: 5, cells: [8, 9] },
      { number: 7, cells: ['', 'calc'] },
    ]);
    expect(whole.sheets.map((s) => s.complete)).toEqual([true, true]);
    for (let rows = 1; rows <= 8; rows++) {
      const head = await readXlsWorkbook(file, { rows });
      expect(rowsOf(head), `${rows} rows`).toEqual(wholeRows.map((s) => ({ ...s, rows: s.rows.filter((r) => r.number <= rows) })));
      // ROSTER's last row is row 7; the second sheet's last record (the formula) is in row 7 too.
      expect(
        head.sheets.map((s) => s.complete),
        `${rows} rows`,
      ).toEqual([rows >= 7, rows >= 7]);
    }
  });

  it('inspecting a 2,000-row .xls finds the same header, columns and sample as the .xlsx, from its first rows only', async () => {
    const dir = tempDir();
    const xls = writeXls(path.join(dir, '大名录.xls'), [bigRoster(2000)]);
    const xlsx = await writeXlsx(path.join(dir, '大名录.xlsx'), [bigRoster(2000)]);
    xlsReads.mockClear();
    const fromXls = await inspectImportFile(tempContext().db, 'entities', xls);
    const fromXlsx = await inspectImportFile(tempContext().db, 'entities', xlsx);
    expect(fromXls).toMatchObject({ format: 'xls', sheet: '名录', headerRow: 3, missing: [] });
    expect(fromXls.sample).toHaveLength(8);
    expect(withoutFile(fromXls)).toEqual(withoutFile(fromXlsx));
    // One parse, of the first rows only: the 2,003 rows were never all held.
    expect(xlsReads).toHaveBeenCalledTimes(1);
    const [, options] = xlsReads.mock.calls[0]!;
    expect(options?.rows).toBeLessThanOrEqual(200);
    const parsed = await xlsReads.mock.results[0]!.value;
    expect(parsed.sheets[0].cells.length).toBe(options?.rows);
    expect(parsed.sheets[0].complete).toBe(false);
  });

  it('a caller that reads on past the first rows still gets every row, from one whole parse', async () => {
    const file = writeXls(path.join(tempDir(), '大名录.xls'), [bigRoster(2000)]);
    const whole = await tableRows(file);
    expect(whole).toHaveLength(2002);
    xlsReads.mockClear();
    expect(await tableRows(file, undefined, { head: 40 })).toEqual(whole);
    expect(xlsReads.mock.calls.map(([, options]) => options?.rows)).toEqual([expect.any(Number), undefined]);
  });

  it('a small sheet is read once, and a roster below many blank rows on a second sheet is still found', async () => {
    const dir = tempDir();
    const small = writeXls(path.join(dir, '小.xls'), [ROSTER]);
    xlsReads.mockClear();
    expect(await inspectImportFile(tempContext().db, 'entities', small)).toMatchObject({
      headerRow: 2,
      sample: [{ row: 3 }, { row: 4 }, { row: 6 }, { row: 7 }],
    });
    expect(xlsReads).toHaveBeenCalledTimes(1);

    const notes: SheetSpec = { name: '说明', rows: [['填表说明'], ['1. 统一社会信用代码填 18 位'], ['2. 名称填全称']] };
    const roster = bigRoster(5);
    const low: SheetSpec = { ...roster, rows: [roster.rows[0]!, ...Array.from({ length: 299 }, () => []), ...roster.rows.slice(2)] };
    const xls = writeXls(path.join(dir, '低.xls'), [notes, low]);
    const xlsx = await writeXlsx(path.join(dir, '低.xlsx'), [notes, low]);
    xlsReads.mockClear();
    const fromXls = await inspectImportFile(tempContext().db, 'entities', xls);
    expect(fromXls).toMatchObject({ sheets: ['说明', '名录'], sheet: '名录', headerRow: 301, missing: [] });
    expect(withoutFile(fromXls)).toEqual(withoutFile(await inspectImportFile(tempContext().db, 'entities', xlsx)));
    expect(xlsReads.mock.calls.map(([, options]) => options?.rows)).toEqual([expect.any(Number), undefined]);
  });
});

/**
 * A roster as a system's "导出Excel" writes it: a web page named .xls, in UTF-8 or GB2312 as its
 * <meta> says, with Excel's namespaces, a title cell across the table, a header of <th>, text
 * cells (mso-number-format "@"), &amp; and &nbsp;, a line break, and an empty row.
 */
function webPageXls(file: string, charset: 'utf-8' | 'gb2312'): string {
  const cells = (tag: string, values: string[]) => `<tr>${values.map((v) => `<${tag}>${v}</${tag}>`).join('')}</tr>`;
  const html =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"' +
    ` xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>市场主体</x:Name>` +
    `</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td { mso-number-format:"\\@"; }</style>
</head>
<body>
<table border="1" cellspacing="0">
<tr><td colspan="6" align="center" style="font-size:18pt"><b>大同县市场主体名录（2026年）</b></td></tr>
${cells('th', ['序号', '统一社会信用代码', '企业名称', '法定代表人', '成立日期', '注册资本（万元）'])}
${cells('td', ['1', codeFor(1), '大同县华兴&amp;隆盛商贸有限公司', '王&nbsp;堃', '2015-06-30', '0500'])}
${cells('td', ['2', '110108000000016', '大同县隆盛五金店<br>（分店）', '李明', '2018/3/5', '12.50'])}
${cells('td', ['', '', '', '', '', ''])}
${cells('td', ['3', codeFor(3), '大同县聚乐饭店', '张三', '', ''])}
</table>
</body>
</html>`;
  fs.writeFileSync(file, charset === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gbk'));
  return file;
}

const WEB_PAGE_ROWS: SheetRow[] = [
  { number: 1, cells: ['大同县市场主体名录（2026年）'] },
  { number: 2, cells: ['序号', '统一社会信用代码', '企业名称', '法定代表人', '成立日期', '注册资本（万元）'] },
  { number: 3, cells: ['1', codeFor(1), '大同县华兴&隆盛商贸有限公司', '王 堃', '2015-06-30', '0500'] },
  { number: 4, cells: ['2', '110108000000016', '大同县隆盛五金店\n（分店）', '李明', '2018/3/5', '12.50'] },
  { number: 6, cells: ['3', codeFor(3), '大同县聚乐饭店', '张三'] },
];

describe('a web page saved as .xls, as other offices’ systems export “Excel” files', () => {
  it('reads as a table, in UTF-8 and in GB2312 alike: the title across, every cell as the text shown', async () => {
    const dir = tempDir();
    for (const charset of ['utf-8', 'gb2312'] as const) {
      const file = webPageXls(path.join(dir, `导出-${charset}.xls`), charset);
      const table = await openTableFile(file);
      expect(table, charset).toMatchObject({ format: 'xls', sheets: ['Sheet1'] });
      expect(await readAll(table), charset).toEqual(WEB_PAGE_ROWS);
      expect(await tableRows(file, undefined, { head: 40 }), charset).toEqual(WEB_PAGE_ROWS);
    }
  });

  it('a web page of GBK text without a charset, and one saved as UTF-16 either way round, read the same', async () => {
    const dir = tempDir();
    const utf8 = fs
      .readFileSync(webPageXls(path.join(dir, 'u.xls'), 'utf-8'))
      .toString('utf8')
      .replace(/<meta[^>]*>/, '');
    const gbk = path.join(dir, '无声明.xls');
    fs.writeFileSync(gbk, iconv.encode(utf8, 'gbk'));
    const utf16 = path.join(dir, 'unicode.xls');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));
    // Big-endian, with a stray last byte.
    const utf16be = path.join(dir, 'unicode-be.xls');
    fs.writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf8, 'utf16le').swap16(), Buffer.from([0x0a])]));
    expect(await tableRows(gbk)).toEqual(WEB_PAGE_ROWS);
    expect(await tableRows(utf16)).toEqual(WEB_PAGE_ROWS);
    expect(await tableRows(utf16be)).toEqual(WEB_PAGE_ROWS);
  });

  it('a web page without a table is refused in Chinese, naming the file', async () => {
    const file = path.join(tempDir(), '导出失败.xls');
    fs.writeFileSync(
      file,
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>错误</title></head><body><p>会话已过期，请重新登录</p></body></html>',
    );
    for (const open of [openTableFile, firstLook]) {
      const message = await failure(open(file));
      expect(message).toContain('文件“导出失败.xls”是一个网页（HTML）文件，但其中没有可读取的表格');
      expectChineseOnly(message);
    }
  });

  it('a text file or an Excel 2003 XML file named .xls gets the one message whichever importer opens it', async () => {
    const dir = tempDir();
    const text = path.join(dir, '导出.xls');
    fs.writeFileSync(text, '统一社会信用代码\t名称\n91110000600037341L\t北京同仁堂\n');
    const xml = path.join(dir, 'XML表格.xls');
    fs.writeFileSync(
      xml,
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
        '<Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">名称</Data></Cell></Row></Table></Worksheet></Workbook>',
    );
    for (const file of [text, xml]) {
      const name = path.basename(file);
      const messages = [await failure(openTableFile(file)), await failure(firstLook(file)), await failure(openWorkbook(file))];
      expect(new Set(messages).size, name).toBe(1);
      expect(messages[0]).toContain(`文件“${name}”的扩展名是.xls，但内容不是 Excel 表格（可能是其他系统导出的网页或文本）`);
      expect(messages[0]).toContain('请在 Excel 中将其另存为 .xlsx 格式后再导入');
    }
  });

  it('a PDF, whichever importer opens it, is named as one', async () => {
    const file = path.join(tempDir(), '通知.xls');
    fs.writeFileSync(file, '%PDF-1.4 ...');
    expect(await failure(openTableFile(file))).toContain('“通知.xls”不是 Excel 工作簿或 CSV 文件（它是一个 PDF 文件）');
    expect(await failure(openWorkbook(file))).toContain('“通知.xls”不是 Excel 工作簿（它是一个 PDF 文件）');
  });
});
