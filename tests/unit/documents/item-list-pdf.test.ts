import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { exportItemsPdf, ITEM_LIST_COLUMNS, renderItemListPdf } from '../../../electron/core/documents/definitions/item-list-pdf.ts';
import { LANDSCAPE, mm } from '../../../electron/core/documents/pdf/page-layout.ts';
import { createPdfRenderer, type PdfRenderer } from '../../../electron/core/documents/pdf/pdf-renderer.ts';
import { AppError } from '../../../electron/core/errors.ts';
import type { Item } from '../../../electron/core/items/item-schema.ts';
import { listItems, retireItem } from '../../../electron/core/items/item-service.ts';
import { getSettings } from '../../../electron/core/settings/settings-service.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { pdfFonts, pdfInfo, pdfText, squeeze } from './poppler.ts';
import { skipping } from '../needs-tool.ts';

const TITLE = '大同县市场和质量监督管理局随机抽查事项清单';

function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** One page's text, each cell read whole (pdftotext interleaves lines of side-by-side cells). */
function pageText(file: string, page: number): string {
  return squeeze(pdfText(file, { first: page, last: page }));
}

/** The 检查依据 column of each page, without its header: the legal text as printed. */
function basisColumn(file: string): string[] {
  const before = ITEM_LIST_COLUMNS.slice(
    0,
    ITEM_LIST_COLUMNS.findIndex((c) => c.label === '检查依据'),
  );
  const x = LANDSCAPE.margins.left + mm(before.reduce((sum, c) => sum + c.widthMm, 0));
  const width = mm(ITEM_LIST_COLUMNS.find((c) => c.label === '检查依据')!.widthMm);
  const crop = { x, y: LANDSCAPE.margins.top, width, height: LANDSCAPE.textHeight };
  return Array.from({ length: pageCount(file) }, (_, i) =>
    // The title on page 1 reaches into the column; everything up to the header cell goes.
    squeeze(pdfText(file, { first: i + 1, last: i + 1, crop })).replace(/^.*?检查依据/, ''),
  );
}

function fakeItem(seq: number, basis: string): Item {
  return {
    id: seq,
    seq,
    name: `测试事项${seq}`,
    basis,
    content: '核对登记事项',
    method: '现场检查\n书面检查',
    target: '辖区企业',
    category: '市场监管执法事项',
    level: '一般',
    ratio: null,
    frequency: '',
    departmentId: null,
    departmentName: '本局',
    retired: false,
    retiredAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('随机抽查事项清单 PDF', () => {
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-item-list-'));
  let renderer: PdfRenderer;
  let defaults: Item[];
  let defaultList: string;
  beforeAll(async () => {
    renderer = await createPdfRenderer(chooseDocumentFonts([]));
    const ctx = tempContext();
    defaults = listItems(ctx.db);
    defaultList = path.join(shared, 'list.pdf');
    fs.writeFileSync(defaultList, await renderItemListPdf(renderer, getSettings(ctx.db).bureauName, defaults));
  });
  afterAll(() => fs.rmSync(shared, { recursive: true, force: true }));

  it('exports the 14 default items on A4 landscape with embedded, subset fonts', async () => {
    const ctx = tempContext();
    const out = path.join(tempDir(), '事项清单.pdf');
    const result = await exportItemsPdf(ctx.db, getSettings(ctx.db), out);
    expect(result).toEqual({ path: out, count: 14 });

    const info = pdfInfo(out);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts \(A4\)/);
    expect(info.Title).toBe(TITLE);
    for (const font of pdfFonts(out)) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
    expect(fs.readdirSync(path.dirname(out))).toEqual(['事项清单.pdf']);
  });

  it('gives back the title, every item name and the legal text exactly as searchable text', () => {
    const text = squeeze(pdfText(defaultList));
    expect(text.startsWith(squeeze(TITLE))).toBe(true);
    for (const item of defaults) expect(text).toContain(squeeze(item.name));

    const basis = basisColumn(defaultList).join('');
    expect(basis).toBe(squeeze(defaults.map((i) => i.basis).join('')));
    const clause = defaults[0]!.basis.split('\n')[1]!;
    expect(clause).toMatch(/^2\.《产品质量监督抽查管理办法》/);
    expect(basis).toContain(squeeze(clause));
  });

  it('keeps each clause of the legal text on its own line', () => {
    const lines = pdfText(defaultList, { first: 1, last: 1 }).split('\n');
    expect(lines.some((l) => l.startsWith('2.《产品质量监督抽查管理办法》'))).toBe(true);
    expect(lines.some((l) => l.startsWith('第十二条第一款'))).toBe(true);
  });

  it('repeats the header row and prints "— N —" on every page', () => {
    const pages = pageCount(defaultList);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(defaultList, page);
      for (const column of ITEM_LIST_COLUMNS) expect(text).toContain(column.label);
      expect(text).toContain(`—${page}—`);
    }
  });

  it('leaves retired items out', async () => {
    const ctx = tempContext();
    const retired = listItems(ctx.db)[2]!;
    retireItem(ctx.db, retired.id);
    const out = path.join(tempDir(), 'list.pdf');
    expect((await exportItemsPdf(ctx.db, getSettings(ctx.db), out)).count).toBe(13);
    expect(squeeze(pdfText(out))).not.toContain(squeeze(retired.name));
  });

  it('keeps a row that fits on a page whole, and breaks only a row taller than a page', async () => {
    const sentences = (n: number, count: number) =>
      Array.from({ length: count }, (_, k) => `第${n}项第${k + 1}句，依法实施监督检查并记录结果。`).join('');
    const items = Array.from({ length: 12 }, (_, i) => fakeItem(i + 1, `〔始${i + 1}〕${sentences(i + 1, 14)}〔终${i + 1}〕`));
    items.splice(5, 0, fakeItem(99, `〔始99〕${sentences(99, 90)}〔终99〕`));
    const file = path.join(tempDir(), 'rows.pdf');
    fs.writeFileSync(file, await renderItemListPdf(renderer, '测试局', items));

    const pages = basisColumn(file);
    const pageOf = (marker: string) => pages.findIndex((p) => p.includes(marker));
    for (const item of items.filter((i) => i.seq !== 99)) {
      const page = pageOf(`〔始${item.seq}〕`);
      expect(pages[page], `item ${item.seq}`).toContain(squeeze(item.basis));
    }
    expect(pageOf('〔终99〕')).toBeGreaterThan(pageOf('〔始99〕'));
    expect(pages.join('')).toBe(items.map((i) => i.basis).join(''));
  });

  describe('when the PDF cannot be written', () => {
    async function exportError(out: string): Promise<AppError> {
      const ctx = tempContext();
      const error = await exportItemsPdf(ctx.db, getSettings(ctx.db), out).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      return error as AppError;
    }

    it('says the folder does not exist', async () => {
      const out = path.join(tempDir(), '没有这个文件夹', 'list.pdf');
      const error = await exportError(out);
      expect(error.message).toContain('不存在');
      expect(error.message).toContain('“list.pdf”');
      expect(error.message).toContain(path.dirname(out));
    });

    it('says so when the "folder" is a file', async () => {
      const file = path.join(tempDir(), 'a-file');
      fs.writeFileSync(file, '');
      expect((await exportError(path.join(file, 'list.pdf'))).message).toMatch(/^无法保存文件“list\.pdf”：文件夹“.*”不存在/);
    });

    const isRoot = process.getuid?.() === 0;
    const noRefusal = process.platform === 'win32' || (isRoot && !fs.existsSync('/sys/kernel'));
    const why = 'item-list-pdf “says there is no permission”: on Windows, or as root without /sys/kernel, no folder refuses the write';
    it.skipIf(skipping(noRefusal, why))('says there is no permission to write in the folder', async () => {
      let dir = '/sys/kernel';
      if (!isRoot) {
        dir = tempDir();
        fs.chmodSync(dir, 0o555);
      }
      const error = await exportError(path.join(dir, 'list.pdf'));
      expect(error.message).toContain('没有写入权限');
      expect(error.message).toContain('请换一个文件夹');
    });

    it('says a folder of that name is in the way, and leaves no temporary file behind', async () => {
      const dir = tempDir();
      const out = path.join(dir, 'list.pdf');
      fs.mkdirSync(out);
      const error = await exportError(out);
      expect(error.message).toContain('同名的文件夹');
      expect(fs.readdirSync(dir)).toEqual(['list.pdf']);
    });
  });
});
