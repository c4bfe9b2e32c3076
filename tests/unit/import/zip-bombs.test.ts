import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { streamXlsxRowChunks } from '../../../electron/core/import/xlsx-stream.ts';
import { previewItemImport } from '../../../electron/core/items/item-import.ts';
import { previewResultImport } from '../../../electron/core/results/result-import.ts';
import { appErrorMessage } from '../xlsx/expect-app-error.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { deflateRepeated, rawZip, sheetXml, workbookEntries, type RawEntry } from './hand-made-xlsx.ts';

const HEADERS = {
  roster: ['统一社会信用代码', '名称'],
  items: ['序号', '抽查事项', '备注'],
  results: ['统一社会信用代码', '检查结果'],
};
type Importer = keyof typeof HEADERS;

/** Each importer's first read of a file, as the screen or the CLI starts it. */
function readWith(importer: Importer, file: string): Promise<unknown> {
  const ctx = tempContext();
  if (importer === 'roster') return inspectImportFile(ctx.db, 'entities', file);
  if (importer === 'items') return previewItemImport(ctx.db, file);
  return previewResultImport(ctx.db, file);
}

/** A workbook whose one sheet is `sheet`, with `extra` entries after it. */
function bomb(importer: Importer, sheet: Omit<RawEntry, 'name'>, extra: RawEntry[] = []): string {
  const entries = workbookEntries([{ name: 'Sheet1', xml: '' }]).slice(0, -1);
  const file = path.join(tempDir(), `${importer}.xlsx`);
  fs.writeFileSync(file, rawZip([...entries, { name: 'xl/worksheets/sheet1.xml', ...sheet }, ...extra]));
  return file;
}

const head = (importer: Importer) => sheetXml({ rows: [HEADERS[importer]] }).replace('</sheetData></worksheet>', '');
const TAIL = '</sheetData></worksheet>';
const IMPORTERS: Importer[] = ['roster', 'items', 'results'];

describe('a zip bomb given to an importer', () => {
  for (const importer of IMPORTERS) {
    it(`is refused by its declared size before anything is inflated (${importer})`, async () => {
      // The data is not even deflate: a refusal that speaks of size was made from the directory alone.
      const file = bomb(importer, { deflated: { compressed: Buffer.alloc(4096, 0xff), crc: 0, size: 0 }, declaredSize: 0xfffffff0 });
      const message = await appErrorMessage(readWith(importer, file));
      expect(message).toContain(`文件“${importer}.xlsx”解压后的内容异常庞大`);
      expect(message).toContain('没有导入任何数据');
    });

    it(`is refused by its compression ratio before it is inflated (${importer})`, async () => {
      // 64 MB of spaces in 64 KB: honest about its size, but no sheet compresses a thousand to one.
      const file = bomb(importer, { deflated: deflateRepeated(head(importer), ' '.repeat(1024 * 1024), 64, TAIL) });
      expect(await appErrorMessage(readWith(importer, file))).toContain('解压后的内容异常庞大');
    });

    it(`is refused by its compression ratio when cut into 1 MB pieces, each compressed alone (${importer})`, async () => {
      // Rows, not spaces, and no back-reference reaches past a piece: about 350 to 1.
      const rows = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(20_000);
      const file = bomb(importer, { deflated: deflateRepeated(head(importer), rows, 64, TAIL) });
      expect(await appErrorMessage(readWith(importer, file))).toContain('解压后的内容异常庞大');
    });

    it(`stops inflating a sheet that lies about its size as soon as it passes it (${importer})`, async () => {
      const file = bomb(importer, { deflated: deflateRepeated(head(importer), ' '.repeat(1024 * 1024), 64, TAIL), declaredSize: 1024 });
      expect(await appErrorMessage(readWith(importer, file))).toMatch(new RegExp(`文件“${importer}\\.xlsx”(无法读取|已损坏)`));
    });

    it(`is refused for holding thousands of entries (${importer})`, async () => {
      const media = Array.from({ length: 6000 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: String(i), stored: true }));
      const file = bomb(importer, { data: sheetXml({ rows: [HEADERS[importer]] }) }, media);
      expect(await appErrorMessage(readWith(importer, file))).toContain('包含 6005 个压缩条目');
    });
  }

  for (const importer of IMPORTERS) {
    it(`refuses an .xls too large to parse whole by its size, without reading it (${importer})`, async () => {
      const file = path.join(tempDir(), `${importer}.xls`);
      fs.writeFileSync(file, Buffer.from('d0cf11e0a1b11ae1', 'hex'));
      // Sparse: 65 MB on paper, nothing on disk.
      fs.truncateSync(file, 65 * 1024 * 1024);
      expect(await appErrorMessage(readWith(importer, file))).toContain(`文件“${importer}.xls”有 65 MB，超过了能直接读取的大小（64 MB）`);
    });
  }

  it("refuses a roster sheet with rows past Excel's last row, which no clerk's file has", async () => {
    const xml = sheetXml({ rows: [HEADERS.roster] }).replace(
      '</sheetData>',
      '<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>',
    );
    const file = bomb('roster', { data: xml });
    const message = await appErrorMessage(
      (async () => {
        for await (const _chunk of streamXlsxRowChunks(file));
      })(),
    );
    expect(message).toContain('文件“roster.xlsx”的工作表超出了 Excel 的最大行数');
  });
});
