/**
 * `r` (a row's number, a cell's reference) is optional in a worksheet's XML, and some systems
 * leave it out; exceljs's whole-workbook loader then refuses the file ("Invalid row number").
 * This gives each <row> and <c> without one the place the format implies: a row follows the row
 * before it, a cell the cell before it. The tags are rewritten in place and nothing else changes;
 * attribute values of <row> and <c> never hold '>' (numbers, references, type codes).
 *
 * Returns null when every row and cell already has its `r`.
 */
export function addMissingRefs(xml: string): string | null {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  const end = xml.search(/<\/(?:[\w.-]+:)?sheetData>/);
  if (start < 0 || end < start) return null;
  let changed = false;
  let row = 0;
  let column = 0;
  const data = xml
    .slice(start, end)
    .replace(/<([\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/g, (tag: string, prefix: string | undefined, name: string, rest: string) => {
      const ref = /\sr="([^"]*)"/.exec(rest)?.[1];
      if (name === 'row') {
        row = ref ? Number.parseInt(ref, 10) : row + 1;
        column = 0;
      } else {
        column = ref ? columnOf(ref) : column + 1;
      }
      if (ref) return tag;
      changed = true;
      const value = name === 'row' ? String(row) : `${columnName(column)}${row}`;
      return `<${prefix ?? ''}${name} r="${value}"${rest}>`;
    });
  return changed ? xml.slice(0, start) + data + xml.slice(end) : null;
}

/** "AB7" → 28 (1-based). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

function columnName(n: number): string {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}
