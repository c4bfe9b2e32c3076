import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { usccCheckChar } from '../../../electron/core/entities/uscc.ts';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { importAs } from './import-as.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const importFile = (ctx: AppContext, file: string) => importAs(ctx, 'entities', file);

/**
 * A valid code of digits with the one E at `position` (1–18): 92140221 and a serial, the serial
 * counted up until the check character comes out as a digit, or as the E itself at position 18.
 */
function eCode(position: number): string {
  for (let n = 0; n < 1000; n++) {
    const chars = [...`92140221${String(n).padStart(9, '0')}`];
    if (position <= 17) chars[position - 1] = 'E';
    const first17 = chars.join('');
    const check = usccCheckChar(first17);
    if (position === 18 ? check === 'E' : /\d/.test(check)) return first17 + check;
  }
  throw new Error(`no code with E at position ${position}`);
}

/**
 * Codes a "scientific notation" guess would take for numbers: the one from the issue, and E early,
 * in the middle, late and as the check character.
 */
const E_CODES = ['911402214E41475874', eCode(3), eCode(10), eCode(16), eCode(17), eCode(18)];

describe('codes with the letter E on import', () => {
  it('the fixtures are valid codes of digits and one E', () => {
    expect(new Set(E_CODES).size).toBe(E_CODES.length);
    for (const code of E_CODES) {
      expect(code).toMatch(/^\d*E\d*$/);
      expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('imports every E-code from an .xlsx roster of text cells, also typed lower-case and full-width', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['统一社会信用代码', '名称', '法定代表人', '住所', '所属区域']);
    E_CODES.forEach((code, i) => ws.addRow([code, `大同县字母E第${i + 1}号商店`, `经营者${i + 1}`, `西坪镇${i + 1}号`, '西坪镇']));
    // One more, as a clerk might have pasted it: full-width, lower case and padded.
    const fullWidth = eCode(12);
    const typed = ` ${fullWidth.toLowerCase().replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))} `;
    ws.addRow([typed, '大同县全角代码商店', '全角', '聚乐乡', '聚乐乡']);
    ws.getColumn(1).numFmt = '@';
    const file = path.join(tempDir(), '字母E代码.xlsx');
    await wb.xlsx.writeFile(file);

    const ctx = tempContext();
    const result = await importFile(ctx, file);
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({ total: E_CODES.length + 1, new: E_CODES.length + 1, flagged: 0, rejected: 0 });
    const codes = queryEntities(ctx.db, { limit: 100 }).rows.map((e) => e.code);
    expect(codes.sort()).toEqual([...E_CODES, fullWidth].sort());
  });

  it('imports E-codes from a CSV but refuses 9.11402E+17 and 9.1140221E17 there as lost', async () => {
    const lines = [
      '统一社会信用代码,名称,法定代表人,住所,所属区域',
      `${E_CODES[0]},大同县字母E商店,王一,西坪镇1号,西坪镇`,
      `${E_CODES[5]},大同县校验位E商店,王二,西坪镇2号,西坪镇`,
      '9.11402E+17,科学计数法公司,张科,周士庄镇,周士庄镇',
      '9.1140221E17,无符号科学计数法公司,李科,周士庄镇,周士庄镇',
    ];
    const file = path.join(tempDir(), '名录.csv');
    fs.writeFileSync(file, '\ufeff' + lines.join('\r\n'), 'utf8');

    const ctx = tempContext();
    const result = await importFile(ctx, file);
    expect(result.counts).toMatchObject({ new: 2, rejected: 2 });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [4, '9.11402E+17'],
      [5, '9.1140221E17'],
    ]);
    for (const error of result.errors) expect(error.reason).toContain('单元格为数值格式，代码已失真');
    expect(
      queryEntities(ctx.db, {})
        .rows.map((e) => e.code)
        .sort(),
    ).toEqual([E_CODES[0], E_CODES[5]].sort());
  });
});
