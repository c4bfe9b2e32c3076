import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { runImport } from '../../../electron/core/import/run-import.ts';
import { streamXlsxRowChunks } from '../../../electron/core/import/xlsx-stream.ts';
import type { SheetRow } from '../../../electron/core/xlsx/sheet-rows.ts';
import { appErrorMessage } from '../xlsx/expect-app-error.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { entrySpan, withWrongCrc } from './hand-made-xlsx.ts';
import { importAs } from './import-as.ts';
import { cleanEntityWorkbook, longEntityWorkbook } from './roster-fixtures.ts';

const SHEET = 'xl/worksheets/sheet1.xml';

async function readAll(file: string): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const chunk of streamXlsxRowChunks(file)) rows.push(...chunk);
  return rows;
}

/** Every entity as stored, for "nothing was written". */
const entities = (ctx: AppContext) => ctx.db.prepare('SELECT code, name, updated_at FROM entities ORDER BY code').all();

/** A context holding the first 20 rows of the roster, so a refused import has something to leave alone. */
async function seeded(): Promise<AppContext> {
  const ctx = tempContext();
  await importAs(ctx, 'entities', await cleanEntityWorkbook(tempDir(), 20));
  return ctx;
}

describe('a damaged .xlsx roster', () => {
  it('is refused when its sheet does not match its CRC, naming the file, and nothing is written', async () => {
    const ctx = await seeded();
    const before = entities(ctx);
    const dir = tempDir();
    // Inflates cleanly to the whole sheet: only the checksum tells that it is not what was saved.
    const file = path.join(dir, '名录.xlsx');
    fs.writeFileSync(file, withWrongCrc(fs.readFileSync(await cleanEntityWorkbook(dir, 300, '原件.xlsx')), SHEET));
    const message = await appErrorMessage(importAs(ctx, 'entities', file));
    expect(message).toContain('文件“名录.xlsx”无法读取');
    expect(message).toContain('已损坏');
    expect(entities(ctx)).toEqual(before);
  });

  it(
    'ends the read at every byte flipped in the sheet: the same rows, or a Chinese refusal naming the file',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const original = fs.readFileSync(await cleanEntityWorkbook(dir, 2000, '原件.xlsx'));
      const expected = await readAll(path.join(dir, '原件.xlsx'));
      const { dataStart, dataEnd } = entrySpan(original, SHEET);
      // 49,918 bytes in, one such flip once left the reader waiting on its stream for ever.
      const offsets = [49_918, ...Array.from({ length: 30 }, (_, i) => Math.floor(((i + 0.5) / 30) * (dataEnd - dataStart)))];
      for (const offset of offsets) {
        const damaged = Buffer.from(original);
        damaged[dataStart + offset] = 0x5a;
        const file = path.join(dir, '名录.xlsx');
        fs.writeFileSync(file, damaged);
        const outcome = await readAll(file).then(
          (rows) => ({ rows }),
          (err: unknown) => ({ message: (err as Error).message, isAppError: err?.constructor?.name === 'AppError' }),
        );
        if ('rows' in outcome) expect(outcome.rows, `offset ${offset}`).toEqual(expected);
        else expect(outcome, `offset ${offset}`).toMatchObject({ isAppError: true, message: expect.stringContaining('“名录.xlsx”') });
      }
    },
  );

  it('is refused, never waited on, when cut short anywhere', async () => {
    const dir = tempDir();
    const whole = fs.readFileSync(await cleanEntityWorkbook(dir, 500, '原件.xlsx'));
    const file = path.join(dir, '名录.xlsx');
    for (const length of [30, 512, Math.floor(whole.length / 2), Math.floor(whole.length * 0.99), whole.length - 22, whole.length - 1]) {
      fs.writeFileSync(file, whole.subarray(0, length));
      expect(await appErrorMessage(readAll(file)), `cut to ${length} bytes`).toMatch(/^文件“名录\.xlsx”/);
    }
  });
});

describe('a roster that changes while it is imported', () => {
  // 30,000 rows: the reader runs at most 16 batches of 500 ahead of the writer, so it is far from
  // the end of the file when the first batch is written and the file is changed.
  const ROWS = 30_000;
  let big: string;
  let bigCsv: string;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-test-big-'));
    big = await longEntityWorkbook(dir, ROWS, 'big.xlsx');
    bigCsv = path.join(dir, 'big.csv');
    const lines = [
      '统一社会信用代码,名称',
      ...Array.from({ length: ROWS }, (_, i) => `92140221MA${String(100000 + i).padStart(7, '0')}X,大同县第${i}号商店`),
    ];
    fs.writeFileSync(bigCsv, lines.join('\r\n'));
  }, 60_000);
  afterAll(() => fs.rmSync(path.dirname(big), { recursive: true, force: true }));

  /** A copy of `source` under `name`, imported while `change` is done to it once the first rows have been written. */
  async function importWhile(ctx: AppContext, source: string, name: string, change: (file: string) => void): Promise<string> {
    const file = path.join(tempDir(), name);
    fs.copyFileSync(source, file);
    const inspection = await inspectImportFile(ctx.db, 'entities', file);
    let changed = false;
    const request = {
      kind: 'entities' as const,
      file,
      sheet: inspection.sheet,
      headerRow: inspection.headerRow,
      columns: inspection.columns,
      dryRun: false,
    };
    return appErrorMessage(
      runImport(ctx.dbPath, request, {
        onProgress: () => {
          if (changed) return;
          changed = true;
          change(file);
        },
      }),
    );
  }

  it('is refused when the file shrinks under the reader, and nothing is written', { timeout: 60_000 }, async () => {
    const ctx = await seeded();
    const before = entities(ctx);
    const message = await importWhile(ctx, big, '大名录.xlsx', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)));
    expect(message).toContain('文件“大名录.xlsx”在导入过程中被修改或截短');
    expect(entities(ctx)).toEqual(before);
  });

  it('is refused in Chinese when the file is deleted during the import, and nothing is written', { timeout: 60_000 }, async () => {
    const ctx = await seeded();
    const before = entities(ctx);
    const message = await importWhile(ctx, big, '名录.xlsx', (file) => fs.rmSync(file));
    expect(message).toBe('文件在导入过程中被删除或移动：“名录.xlsx”。没有导入任何数据，请确认文件还在原处后重新导入。');
    expect(entities(ctx)).toEqual(before);
  });

  it('is refused in Chinese when a CSV is deleted during the import, and nothing is written', { timeout: 60_000 }, async () => {
    const ctx = await seeded();
    const before = entities(ctx);
    const message = await importWhile(ctx, bigCsv, '名录.csv', (file) => fs.rmSync(file));
    expect(message).toBe('文件在导入过程中被删除或移动：“名录.csv”。没有导入任何数据，请确认文件还在原处后重新导入。');
    expect(entities(ctx)).toEqual(before);
  });
});
