import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { cellText } from '../xlsx/cell-value.ts';
import { detectHeader, headerNotFoundMessage } from '../xlsx/header-detect.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { headerKey, rememberedColumns, type ImportKind } from './column-mapping.ts';
import { IMPORT_KINDS } from './import-kinds.ts';
import { openTableFile, type TableFormat } from './table-file.ts';

/** How many rows the wizard reads to find the header and show a sample. */
const HEAD_ROWS = 40;
const SAMPLE_ROWS = 8;

/** Step 1–2 of the import wizard: the file's sheets, its header and a proposed column mapping. */
export interface ImportInspection {
  fileName: string;
  format: TableFormat;
  sheets: string[];
  sheet: string;
  headerRow: number;
  headers: { index: number; title: string }[];
  fields: { key: string; label: string; required: boolean }[];
  columns: Record<string, number>;
  /** The mapping came from the last file with this very header. */
  remembered: boolean;
  /** Required fields with no column yet: the clerk must map them before importing. */
  missing: string[];
  sample: { row: number; values: string[] }[];
}

export async function inspectImportFile(db: Db, kind: ImportKind, file: string, sheet?: string): Promise<ImportInspection> {
  // Only the head of each sheet is looked at: an .xls is not parsed whole (seconds and hundreds of
  // MB for 65,000 rows) on the thread that called, which in Electron is the window's main process.
  const table = await openTableFile(file, { head: HEAD_ROWS });
  try {
    if (sheet !== undefined && !table.sheets.includes(sheet) && !table.hiddenSheets.includes(sheet))
      throw new AppError(`文件“${table.fileName}”中没有名为“${sheet}”的工作表。`);
    const { specs, label } = IMPORT_KINDS[kind];
    // Without a chosen sheet, the first visible sheet whose header names the required columns is
    // meant: a hidden sheet (an old version, a lookup list) is not what the clerk sees in Excel.
    let found: { chosen: string; head: SheetRow[]; match: NonNullable<ReturnType<typeof detectHeader>> } | null = null;
    for (const candidate of sheet !== undefined ? [sheet] : table.sheets) {
      const head = await firstRows(table.rows(candidate), HEAD_ROWS);
      const match = detectHeader(head, specs, HEAD_ROWS);
      if (match && (match.missing.length === 0 || sheet !== undefined)) {
        found = { chosen: candidate, head, match };
        break;
      }
    }
    if (!found) {
      const where =
        sheet !== undefined
          ? `工作表“${sheet}”`
          : table.sheets.length > 1
            ? `任何一个工作表（${table.sheets.join('、')}）`
            : `工作表“${table.sheets[0]}”`;
      throw new AppError(
        `文件“${table.fileName}”的${where}中都${headerNotFoundMessage(specs.filter((s) => s.required).map((s) => s.label))}，不像是${label}。`,
      );
    }
    const { chosen, head, match } = found;
    const header = head.find((r) => r.number === match.rowNumber)!;
    const remembered = rememberedColumns(db, kind, headerKey(header));
    const columns = (remembered ?? match.columns) as Record<string, number>;
    return {
      fileName: table.fileName,
      format: table.format,
      sheets: table.sheets,
      sheet: chosen,
      headerRow: header.number,
      headers: header.cells.map((c, index) => ({ index, title: cellText(c).replace(/\s+/g, '') || `第 ${index + 1} 列` })),
      fields: specs.map((s) => ({ key: s.key, label: s.label, required: s.required ?? false })),
      columns,
      remembered: remembered !== null,
      missing: specs.filter((s) => s.required && columns[s.key] === undefined).map((s) => s.label),
      sample: head
        .filter((r) => r.number > header.number)
        .slice(0, SAMPLE_ROWS)
        .map((r) => ({ row: r.number, values: r.cells.map((c) => cellText(c)) })),
    };
  } finally {
    table.close();
  }
}

async function firstRows(rows: AsyncGenerator<SheetRow>, n: number): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of rows) {
    out.push(row);
    if (out.length >= n) break;
  }
  return out;
}
