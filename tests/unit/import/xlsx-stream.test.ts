import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { streamXlsxRowChunks } from '../../../electron/core/import/xlsx-stream.ts';
import type { SheetRow } from '../../../electron/core/xlsx/sheet-rows.ts';
import { tempDir } from '../temp-db.ts';
import { rawZip, workbookEntries } from './hand-made-xlsx.ts';
import { cleanEntityWorkbook } from './roster-fixtures.ts';

async function allRows(file: string, sheet?: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const chunk of streamXlsxRowChunks(file, sheet)) rows.push(...chunk);
  return rows;
}

/** The same workbook re-zipped with its entries in `order` (names not listed keep their place after them). */
async function rezipped(source: string, target: string, compression: 'STORE' | 'DEFLATE', first: string[] = []): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(source));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const out = new JSZip();
  for (const name of [...first, ...names.filter((n) => !first.includes(n))])
    out.file(name, await zip.file(name)!.async('nodebuffer'), { createFolders: false });
  fs.writeFileSync(target, await out.generateAsync({ type: 'nodebuffer', compression }));
  return target;
}

describe('reading an .xlsx by its zip directory', () => {
  it('yields every row of a sheet stored before its shared strings, as Excel and exceljs store them', async () => {
    const rows = await allRows(await cleanEntityWorkbook(tempDir(), 1200), 'Sheet1');
    expect(rows).toHaveLength(1201);
    expect(rows[0]!.cells[0]).toBe('统一社会信用代码');
    expect(rows[1200]).toMatchObject({ number: 1201, cells: expect.arrayContaining(['大同县第1200号商店']) });
  });

  it('reads a workbook whose entries are stored uncompressed, as web systems export them, to the last row', async () => {
    const dir = tempDir();
    const file = await rezipped(await cleanEntityWorkbook(dir, 300), path.join(dir, 'stored.xlsx'), 'STORE');
    const rows = await allRows(file, 'Sheet1');
    expect(rows).toHaveLength(301);
    expect(rows[300]!.cells).toContain('大同县第300号商店');
  });

  it('reads the same rows whatever the order of the entries', async () => {
    const dir = tempDir();
    const source = await cleanEntityWorkbook(dir, 50);
    const first = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const reordered = await rezipped(source, path.join(dir, 'ordered.xlsx'), 'DEFLATE', first);
    expect(await allRows(reordered)).toEqual(await allRows(source));
  });

  it('keeps a Chinese character whole where the inflated data is cut into pieces', async () => {
    // 64 KB pieces of the shared strings cut through three-byte characters many times over.
    const rows = await allRows(await cleanEntityWorkbook(tempDir(), 5000));
    expect(rows.flatMap((r) => r.cells).some((c) => typeof c === 'string' && c.includes('\uFFFD'))).toBe(false);
    expect(rows[4321]!.cells[1]).toBe('大同县第4321号商店');
  });

  /** A one-sheet workbook of this sheetData (and these shared strings and styles), as other systems write it. */
  function workbookOf(sheetData: string, extra: { sst?: string; styles?: string; prefix?: string } = {}): string {
    const p = extra.prefix ?? '';
    const ns = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`;
    const entries = workbookEntries([{ name: '名录', xml }]);
    const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels')!;
    const more = [
      ...(extra.sst ? [{ name: 'xl/sharedStrings.xml', data: extra.sst, type: 'sharedStrings' }] : []),
      ...(extra.styles ? [{ name: 'xl/styles.xml', data: extra.styles, type: 'styles' }] : []),
    ];
    const officeRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const relationships = more
      .map((m, i) => `<Relationship Id="rIdX${i}" Type="${officeRel}/${m.type}" Target="${m.name.slice(3)}"/>`)
      .join('');
    rels.data = String(rels.data).replace('</Relationships>', `${relationships}</Relationships>`);
    const file = path.join(tempDir(), '名录.xlsx');
    fs.writeFileSync(file, rawZip([...entries, ...more]));
    return file;
  }

  it('places cells without r= after the cell before them, and a row without r= after the row before it', async () => {
    const is = (t: string) => `<is><t>${t}</t></is>`;
    const file = workbookOf(
      `<row r="3"><c r="A3" t="inlineStr">${is('甲')}</c><c t="inlineStr">${is('乙')}</c>` +
        `<c r="D3" t="inlineStr">${is('丁')}</c><c t="inlineStr">${is('戊')}</c></row>` +
        `<row><c t="inlineStr">${is('下一行')}</c></row>`,
    );
    expect(await allRows(file)).toEqual([
      { number: 3, cells: ['甲', '乙', '', '丁', '戊'] },
      { number: 4, cells: ['下一行'] },
    ]);
  });

  it('reads cells as the clerk sees them: rich text without its phonetic guide, errors, dates, booleans, formula results', async () => {
    const sst =
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<si><r><t>大同</t></r><r><rPr><b/></rPr><t>商店</t></r><rPh sb="0" eb="1"><t>だいどう</t></rPh></si><si><t/></si></sst>`;
    const styles =
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
      `<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="31"/><xf numFmtId="9"/></cellXfs></styleSheet>`;
    const file = workbookOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="e"><f>NA()</f><v>#N/A</v></c><c r="C1" s="1"><v>42185</v></c><c r="D1" s="2"><v>42186</v></c>' +
        '<c r="E1" s="3"><v>0.05</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="str"><f>A1&amp;"x"</f><v>大同商店x</v></c>' +
        '<c r="H1" t="d"><v>2015-06-30T00:00:00</v></c><c r="I1" t="s"><v>1</v></c></row>',
      { sst, styles },
    );
    expect(await allRows(file)).toEqual([
      {
        number: 1,
        cells: [
          '大同商店',
          '#N/A',
          new Date(Date.UTC(2015, 5, 30)),
          new Date(Date.UTC(2015, 6, 1)),
          0.05,
          true,
          '大同商店x',
          new Date(Date.UTC(2015, 5, 30)),
        ],
      },
    ]);
  });

  it('reads a sheet written with a namespace prefix, as the OpenXML SDK writes it', async () => {
    const file = workbookOf('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>', { prefix: 'x:' });
    expect(await allRows(file)).toEqual([{ number: 1, cells: ['前缀'] }]);
  });
});
