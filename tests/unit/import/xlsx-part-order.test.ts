import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import unzipper from 'unzipper';
import { describe, expect, it } from 'vitest';
import { sheetsLastInput } from '../../../electron/core/import/xlsx-part-order.ts';
import { streamXlsxRowChunks } from '../../../electron/core/import/xlsx-stream.ts';
import { tempDir } from '../temp-db.ts';
import { cleanEntityWorkbook } from './roster-fixtures.ts';

/** The entries a sequential zip reader meets, in order, with their inflated contents. */
async function entriesInOrder(input: Readable): Promise<{ path: string; text: string }[]> {
  const entries: { path: string; text: string }[] = [];
  for await (const entry of input.pipe(unzipper.Parse({ forceStream: true })) as AsyncIterable<unzipper.Entry>) {
    entries.push({ path: entry.path, text: (await entry.buffer()).toString('utf8') });
  }
  return entries;
}

describe('handing exceljs the shared strings before the sheets', () => {
  it('moves the workbook, relations, shared strings and styles in front, every entry unchanged', async () => {
    const file = await cleanEntityWorkbook(tempDir(), 30);
    const original = await entriesInOrder(fs.createReadStream(file));
    // exceljs, like Excel and WPS, stores the sheet before the shared strings.
    expect(original.findIndex((e) => e.path === 'xl/worksheets/sheet1.xml')).toBeLessThan(original.findIndex((e) => e.path === 'xl/sharedStrings.xml'));

    const input = await sheetsLastInput(file);
    expect(input).toBeInstanceOf(Readable);
    const reordered = await entriesInOrder(input as Readable);
    expect(reordered.slice(0, 4).map((e) => e.path)).toEqual(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']);
    expect([...reordered].sort((a, b) => a.path.localeCompare(b.path))).toEqual([...original].sort((a, b) => a.path.localeCompare(b.path)));
  });

  it('reads a workbook already in that order as it is', async () => {
    const dir = tempDir();
    const source = await JSZip.loadAsync(fs.readFileSync(await cleanEntityWorkbook(dir, 5)));
    const ordered = new JSZip();
    const first = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir);
    for (const name of [...first, ...names.filter((n) => !first.includes(n))]) ordered.file(name, await source.file(name)!.async('nodebuffer'), { createFolders: false });
    const orderedFile = path.join(dir, 'ordered.xlsx');
    fs.writeFileSync(orderedFile, await ordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await sheetsLastInput(orderedFile)).toBe(orderedFile);
  });

  it('reads a workbook whose entries are stored uncompressed, as web systems export them, to the last row', async () => {
    const dir = tempDir();
    const source = await JSZip.loadAsync(fs.readFileSync(await cleanEntityWorkbook(dir, 300)));
    const stored = new JSZip();
    // Same order as the source (sheet before shared strings), so the entries are reordered.
    for (const name of Object.keys(source.files).filter((n) => !source.files[n]!.dir)) {
      stored.file(name, await source.file(name)!.async('nodebuffer'), { createFolders: false });
    }
    const file = path.join(dir, 'stored.xlsx');
    fs.writeFileSync(file, await stored.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    expect(await sheetsLastInput(file)).toBeInstanceOf(Readable);
    const rows = [];
    // By name, as an import reads it: the reader then goes on to the end of the archive.
    for await (const chunk of streamXlsxRowChunks(file, 'Sheet1')) rows.push(...chunk);
    expect(rows).toHaveLength(301);
    expect(rows[300]!.cells).toContain('大同县第300号商店');
  });

  it('yields every row of the reordered workbook under its sheet name', async () => {
    const file = await cleanEntityWorkbook(tempDir(), 1200);
    const rows = [];
    for await (const chunk of streamXlsxRowChunks(file, 'Sheet1')) rows.push(...chunk);
    expect(rows).toHaveLength(1201);
    expect(rows[0]!.cells[0]).toBe('统一社会信用代码');
    expect(rows[1200]).toMatchObject({ number: 1201, cells: expect.arrayContaining(['大同县第1200号商店']) });
  });
});
