import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';
import { assertUnchanged, readFailure } from './file-snapshot.ts';
import { readWholeFile } from './whole-file.ts';
import { assertWorkbookFile } from './workbook-file-check.ts';
import { readXlsWorkbook, xlsCellValue, type XlsWorkbook } from './xls-read.ts';
import { withSheetRefs } from './workbook-refs.ts';
import { checkWholeArchive } from './zip-check.ts';
import { WHOLE_WORKBOOK_LIMITS } from './zip-limits.ts';

/**
 * Loads a whole .xlsx, or legacy .xls / WPS .et, workbook for reading (nothing is ever written
 * back). Every failure becomes an AppError naming the file: missing, empty, not Excel, encrypted,
 * damaged or truncated, or a workbook without any content. Suits files up to a few thousand rows;
 * a 100k-row roster should stream instead, reusing `assertWorkbookFile` and `workbookLoadError`.
 */
export async function openWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  const kind = await assertWorkbookFile(filePath);
  let workbook: ExcelJS.Workbook;
  if (kind === 'xls') {
    workbook = xlsAsExcelJs(await readXlsWorkbook(filePath));
  } else {
    workbook = await loadXlsx(filePath);
  }
  assertHasContent(filePath, workbook);
  return workbook;
}

/**
 * The file is read once, and exceljs is given those bytes only after they pass the checks of
 * `checkWholeArchive`: a zip bomb is refused by its directory before anything is inflated, and
 * a damaged entry by its CRC rather than read as data; a sheet without the optional `r` of its
 * rows and cells is given them, which exceljs needs.
 */
async function loadXlsx(filePath: string): Promise<ExcelJS.Workbook> {
  const { bytes, snapshot } = await readWholeFile(filePath);
  let checked: Buffer;
  try {
    await checkWholeArchive(filePath, bytes, WHOLE_WORKBOOK_LIMITS);
    checked = await withSheetRefs(bytes);
  } catch (err) {
    throw await readFailure(snapshot, err, () => workbookLoadError(filePath, err));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch (err) {
    throw workbookLoadError(filePath, err);
  }
  await assertUnchanged(snapshot);
  return workbook;
}

/**
 * An .xls as the exceljs workbook the same file saved as .xlsx would load into, so the readers of
 * whole workbooks (item list, results) need not know the format: the same values, number formats
 * where they matter (a percentage reads as "5%" through `worksheetRows`), merged ranges, and
 * hidden sheets still hidden.
 */
function xlsAsExcelJs(book: XlsWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const xls of book.sheets) {
    const sheet = workbook.addWorksheet(xls.name, { state: xls.hidden ? 'hidden' : 'visible' });
    xls.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell || cell.t === 'z') return;
        const target = sheet.getCell(r + 1, c + 1);
        const value = xlsCellValue(cell, book.date1904);
        target.value = cell.t === 'e' ? { error: value as ExcelJS.CellErrorValue['error'] } : value;
        if (cell.t === 'n' && typeof cell.z === 'string' && cell.z !== 'General') target.numFmt = cell.z;
      });
    });
    for (const { s, e } of xls.merges) {
      // Excel never saves overlapping merges; should a damaged file hold one, its cells stay apart.
      try {
        sheet.mergeCells(s.r + 1, s.c + 1, e.r + 1, e.c + 1);
      } catch {
        continue;
      }
    }
  }
  return workbook;
}

/**
 * The message for a file that starts like a zip but cannot be read as a workbook: usually a copy
 * or download cut short, sometimes a zip of something else renamed .xlsx.
 */
function workbookLoadError(filePath: string, err: unknown): AppError {
  return new AppError(
    `文件${quotedFileName(filePath)}已损坏或不完整（可能复制或下载时中断），无法读取。` +
      '请重新获取该文件；如果它能在 Excel 中打开，请另存为新的 .xlsx 文件后再导入。',
    { cause: `xlsx load failed: ${String(err)}` },
  );
}

function assertHasContent(filePath: string, workbook: ExcelJS.Workbook): void {
  const name = quotedFileName(filePath);
  if (workbook.worksheets.length === 0) {
    throw new AppError(`文件${name}中没有任何工作表，无法导入。请确认选择了正确的 Excel 文件。`, {
      cause: 'workbook has no worksheets',
    });
  }
  if (workbook.worksheets.every((sheet) => sheet.actualRowCount === 0)) {
    throw new AppError(`文件${name}是空的：工作表中没有任何内容。请确认选择了正确的文件，或先在表格中填好内容。`, {
      cause: 'all worksheets empty',
    });
  }
}
