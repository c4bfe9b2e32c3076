import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { runImport } from '../../../electron/core/import/run-import.ts';
import { previewItemImport } from '../../../electron/core/items/item-import.ts';
import { previewResultImport } from '../../../electron/core/results/result-import.ts';
import { appErrorMessage } from '../xlsx/expect-app-error.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { handMadeXlsx, type HandCell } from './hand-made-xlsx.ts';
import { importAs, inspectAndImport } from './import-as.ts';
import { codeFor } from './roster-fixtures.ts';

const HEADER = ['统一社会信用代码', '名称', '法定代表人', '所属区域'];
const rosterRows = (label: string): HandCell[][] => [
  HEADER,
  ...[1, 2, 3].map((n) => [codeFor(n), `大同县第${n}号${label}`, '张三', '西坪镇']),
];
const names = (ctx: ReturnType<typeof tempContext>) => ctx.db.prepare('SELECT name FROM entities ORDER BY code').pluck().all();

describe('which sheet of a roster is read', () => {
  for (const state of ['hidden', 'veryHidden'] as const) {
    it(`is the first visible one, not a ${state} first sheet`, async () => {
      const ctx = tempContext();
      const file = handMadeXlsx(path.join(tempDir(), '名录.xlsx'), [
        { name: '旧名录', state, rows: rosterRows('旧店') },
        { name: '名录', rows: rosterRows('商店') },
      ]);
      const { inspection } = await inspectAndImport(ctx, 'entities', file);
      expect(inspection).toMatchObject({ sheet: '名录', sheets: ['名录'] });
      expect(names(ctx)).toEqual(['大同县第1号商店', '大同县第2号商店', '大同县第3号商店']);
    });
  }

  it('is a hidden sheet when the clerk names it', async () => {
    const ctx = tempContext();
    const file = handMadeXlsx(path.join(tempDir(), '名录.xlsx'), [
      { name: '旧名录', state: 'hidden', rows: rosterRows('旧店') },
      { name: '名录', rows: rosterRows('商店') },
    ]);
    const inspection = await inspectImportFile(ctx.db, 'entities', file, '旧名录');
    expect(inspection.sheet).toBe('旧名录');
    await runImport(ctx.dbPath, {
      kind: 'entities',
      file,
      sheet: '旧名录',
      headerRow: inspection.headerRow,
      columns: inspection.columns,
      dryRun: false,
    });
    expect(names(ctx)).toEqual(['大同县第1号旧店', '大同县第2号旧店', '大同县第3号旧店']);
  });
});

describe('rows and cells without r=', () => {
  it('are read in order in a roster', async () => {
    const ctx = tempContext();
    const file = handMadeXlsx(path.join(tempDir(), '名录.xlsx'), [{ name: '名录', rows: rosterRows('商店'), noRefs: true }]);
    const result = await importAs(ctx, 'entities', file);
    expect(result.counts).toMatchObject({ new: 3, rejected: 0 });
    expect(ctx.db.prepare('SELECT code, name, legal_rep, area FROM entities ORDER BY code').all()).toEqual(
      [1, 2, 3].map((n) => ({ code: codeFor(n), name: `大同县第${n}号商店`, legal_rep: '张三', area: '西坪镇' })),
    );
  });

  it('are read in an item list and a results file, which are loaded whole', async () => {
    const ctx = tempContext();
    const items = handMadeXlsx(path.join(tempDir(), '清单.xlsx'), [
      {
        name: '清单',
        noRefs: true,
        rows: [
          ['序号', '抽查事项', '备注'],
          [1, '没有引用的事项', '市场监管执法事项'],
        ],
      },
    ]);
    const preview = await previewItemImport(ctx.db, items);
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toMatchObject([{ row: 2, name: '没有引用的事项', action: 'new' }]);
    const results = handMadeXlsx(path.join(tempDir(), '结果.xlsx'), [
      {
        name: '结果',
        noRefs: true,
        rows: [
          ['任务编号', '统一社会信用代码', '检查结果'],
          ['没有这个任务', codeFor(1), '1'],
        ],
      },
    ]);
    // Read to its rows: the row is refused for its task, not the file for its layout.
    expect((await previewResultImport(ctx.db, results)).rows).toMatchObject([{ row: 2, verdict: 'refused' }]);
  });
});

describe('a folder given as the file', () => {
  it('is refused by every importer as a folder', async () => {
    const ctx = tempContext();
    const folder = path.join(tempDir(), '名录.xlsx');
    fs.mkdirSync(folder);
    const plain = path.join(tempDir(), '资料');
    fs.mkdirSync(plain);
    for (const dir of [folder, plain]) {
      const expected = `“${path.basename(dir)}”是一个文件夹，请选择文件。`;
      expect(await appErrorMessage(inspectImportFile(ctx.db, 'entities', dir))).toBe(expected);
      expect(
        await appErrorMessage(
          runImport(ctx.dbPath, {
            kind: 'inspectors',
            file: dir,
            sheet: 'Sheet1',
            headerRow: 1,
            columns: { name: 0, certNo: 1 },
            dryRun: true,
          }),
        ),
      ).toBe(expected);
      expect(await appErrorMessage(previewItemImport(ctx.db, dir))).toBe(expected);
      expect(await appErrorMessage(previewResultImport(ctx.db, dir))).toBe(expected);
    }
  });
});

describe('a UTF-16 CSV without a byte order mark', () => {
  const csv = ['统一社会信用代码,名称,法定代表人', `${codeFor(1)},大同县一号商店,王一`, `${codeFor(2)},大同县鑫隆五金店（西坪）,李二`].join(
    '\r\n',
  );
  const be = (text: string) => Buffer.from(text, 'utf16le').swap16();

  for (const [label, bytes] of [
    ['UTF-16LE', Buffer.from(csv, 'utf16le')],
    ['UTF-16BE', be(csv)],
  ] as const) {
    it(`is read as ${label}`, async () => {
      const ctx = tempContext();
      const file = path.join(tempDir(), '名录.csv');
      fs.writeFileSync(file, bytes);
      expect((await importAs(ctx, 'entities', file)).counts).toMatchObject({ new: 2, rejected: 0 });
      expect(names(ctx)).toEqual(['大同县一号商店', '大同县鑫隆五金店（西坪）']);
    });
  }
});
