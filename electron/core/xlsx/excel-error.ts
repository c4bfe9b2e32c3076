import type { PlainCell } from './cell-value.ts';

/**
 * Excel's error values, and what each means to a clerk. A cell showing one holds no data: a
 * formula failed (#N/A from a VLOOKUP that found nothing) or was copied without its source.
 */
const MEANINGS: Record<string, string> = {
  '#N/A': '公式找不到要引用的数据',
  '#DIV/0!': '公式中除数为零',
  '#VALUE!': '公式中的值类型不对',
  '#REF!': '公式引用的单元格已被删除',
  '#NAME?': '公式中有无法识别的名称',
  '#NUM!': '公式得出的数值无效',
  '#NULL!': '公式引用的区域不相交',
  '#SPILL!': '公式的结果无处展开',
  '#CALC!': '公式无法计算',
  '#GETTING_DATA': '数据尚未取回',
};

/**
 * The error value a cell holds, or null. Matched on the text, whatever the format: an .xlsx error
 * cell or cached formula result reads as its code, and a CSV carries the code as text.
 */
export function excelErrorOf(cell: PlainCell | undefined): string | null {
  if (typeof cell !== 'string' || cell.length > 16 || !cell.includes('#')) return null;
  const code = cell.trim().toUpperCase();
  return code in MEANINGS ? code : null;
}

/** Follows “第 5 行“企业名称”列：”, as every importer words a problem. */
export function excelErrorMessage(code: string): string {
  return `Excel 错误值 ${code}（${MEANINGS[code] ?? '公式出错'}），不能作为数据导入，请在 Excel 中改正后重新导入`;
}

/** The cells of the given columns that hold an error value, by column key, in column order. */
export function errorCellsOf<K extends string>(
  cells: readonly PlainCell[],
  columns: Partial<Record<K, number>>,
): { key: K; code: string }[] {
  const found: { key: K; index: number; code: string }[] = [];
  for (const [key, index] of Object.entries(columns) as [K, number | undefined][]) {
    const code = index === undefined ? null : excelErrorOf(cells[index]);
    if (code) found.push({ key, index: index!, code });
  }
  return found.sort((a, b) => a.index - b.index).map(({ key, code }) => ({ key, code }));
}
