import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import { quotedFileName } from './file-name.ts';
import { assertWorkbookFile } from './workbook-file-check.ts';

/**
 * Loads a whole .xlsx workbook for reading (nothing is ever written back). Every failure becomes
 * an AppError naming the file: missing, empty, legacy .xls, not Excel, damaged or truncated, or a
 * workbook without any content. Suits files up to a few thousand rows; a 100k-row roster should
 * stream instead, reusing `assertWorkbookFile` and `workbookLoadError`.
 */
export async function openWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  await assertWorkbookFile(filePath);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch (err) {
    throw workbookLoadError(filePath, err);
  }
  assertHasContent(filePath, workbook);
  return workbook;
}

/**
 * The message for a file that starts like a zip but cannot be read as a workbook: usually a copy
 * or download cut short, sometimes a zip of something else renamed .xlsx.
 */
export function workbookLoadError(filePath: string, err: unknown): AppError {
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
