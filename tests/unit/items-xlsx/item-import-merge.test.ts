import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyItemImport, previewItemImport } from '../../../electron/core/items/item-import.ts';
import { createItem, listItems, moveItem, retireItem, updateItem } from '../../../electron/core/items/item-service.ts';
import { exportItemsXlsx } from '../../../electron/core/items/item-xlsx-export.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { OFFICIAL_HEADER, contentOf, officialRow, snapshot, writeWorkbook } from './item-workbook.ts';

describe('importing the item list from Excel', () => {
  it('changes nothing, and writes nothing, when the file is our own export', async () => {
    const { db } = tempContext();
    const file = path.join(tempDir(), '清单.xlsx');
    await exportItemsXlsx(db, file);
    const before = snapshot(db);
    const preview = await previewItemImport(db, file);
    expect(preview).toMatchObject({ sheetName: '抽查事项清单', headerRow: 2, problems: [] });
    expect(preview.counts).toEqual({ new: 0, updated: 0, restored: 0, unchanged: 14 });
    expect((await applyItemImport(db, file)).counts.unchanged).toBe(14);
    expect(snapshot(db)).toBe(before);
  });

  it('carries every field across databases: line breaks, level, ratio, frequency, order', async () => {
    const a = tempContext().db;
    const [first, second, , , fifth] = listItems(a);
    updateItem(a, first!.id, { ...first!, seq: undefined, level: '重点', ratio: 3.5, frequency: '每年一次' });
    updateItem(a, second!.id, { ...second!, seq: undefined, content: '=SUM(A1)\n第二行', method: '实地检查\n书面检查\n网络监测' });
    createItem(a, {
      name: '电梯维护保养单位监督检查',
      basis: '-《特种设备安全法》\n@第五十七条',
      category: '其它行政执法事项',
      ratio: 10,
      seq: 3,
    });
    retireItem(a, fifth!.id);
    moveItem(a, listItems(a).at(-1)!.id, 1);
    const file = path.join(tempDir(), '清单.xlsx');
    await exportItemsXlsx(a, file);

    const b = tempContext().db;
    const summary = await applyItemImport(b, file);
    expect(summary.counts).toMatchObject({ new: 1, unchanged: 0 });
    const exported = listItems(a).map(contentOf);
    const imported = listItems(b).map(contentOf);
    expect(imported.slice(0, exported.length)).toEqual(exported);
    // The item retired in A is not in the file, so B keeps it, after the file's items.
    expect(imported.slice(exported.length)).toEqual([{ ...contentOf(fifth!), seq: 15 }]);
  });

  it('reads the official layout: title row, header "适用\\n对象", stray spaces in 备注, no extra columns', async () => {
    const { db } = tempContext();
    const [first, second] = listItems(db);
    updateItem(db, first!.id, { ...first!, seq: undefined, level: '重点', ratio: 5 });
    const file = await writeWorkbook('正式清单.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['大同县市场和质量监督管理局（质监）随机抽查事项清单'],
          OFFICIAL_HEADER,
          officialRow({ ...first!, content: '新的检查内容', category: '市场监管执法事 项' as never }, 1),
          officialRow({ ...second!, target: '全县计量器具生产企业' }, 2),
        ],
      },
    ]);
    const preview = await previewItemImport(db, file);
    expect(preview).toMatchObject({ headerRow: 2, problems: [] });
    expect(preview.rows.map((r) => [r.row, r.action, r.changes.map((c) => c.label)])).toEqual([
      [3, 'update', ['检查内容']],
      [4, 'update', ['适用对象']],
    ]);
    expect(preview.rows[1]?.changes[0]).toMatchObject({ before: second!.target, after: '全县计量器具生产企业' });
    await applyItemImport(db, file);
    // Columns the official list lacks leave those fields as they were.
    expect(listItems(db)[0]).toMatchObject({ content: '新的检查内容', level: '重点', ratio: 5 });
  });

  it('reads a list without a title row, from the first visible sheet that has a header', async () => {
    const { db } = tempContext();
    const [first] = listItems(db);
    const file = await writeWorkbook('无标题.xlsx', [
      { name: '旧版', rows: [OFFICIAL_HEADER, officialRow({ ...first!, method: '旧的' }, 1)], hidden: true },
      { name: '说明', rows: [['本表由大同县局编制'], ['请勿改动表头']] },
      { name: '清单', rows: [OFFICIAL_HEADER, officialRow({ ...first!, method: '书面检查' }, 1)] },
    ]);
    const preview = await previewItemImport(db, file);
    expect(preview).toMatchObject({ sheetName: '清单', headerRow: 1, counts: { updated: 1 } });
    expect(preview.rows[0]?.changes).toMatchObject([{ label: '检查方式', after: '书面检查' }]);
  });

  it('numbers an empty 序号 by the row’s position and orders the file’s items by 序号', async () => {
    const { db } = tempContext();
    const items = listItems(db);
    const file = await writeWorkbook('序号.xlsx', [
      {
        name: 'S',
        rows: [
          ['事项名称', '事项类别'],
          [items[13]!.name, items[13]!.category],
          [items[12]!.name, items[12]!.category],
          [items[11]!.name, items[11]!.category],
        ].map((r, i) => (i === 0 ? ['序号', ...r] : [[3, null, 1][i - 1] ?? null, ...r])),
      },
    ]);
    const preview = await previewItemImport(db, file);
    expect(preview.rows.map((r) => [r.seq, r.name])).toEqual([
      [1, items[11]!.name],
      [2, items[12]!.name],
      [3, items[13]!.name],
    ]);
    expect(preview.rows[0]?.changes).toEqual([{ field: 'seq', label: '序号', before: '12', after: '1' }]);
    await applyItemImport(db, file);
    const after = listItems(db);
    expect(after.slice(0, 3).map((i) => i.name)).toEqual([items[11]!.name, items[12]!.name, items[13]!.name]);
    expect(after.slice(3).map((i) => i.name)).toEqual(items.slice(0, 11).map((i) => i.name));
    expect(after.map((i) => i.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('merges by name: updates, adds and restores, deletes nothing; the preview writes nothing', async () => {
    const { db } = tempContext();
    const items = listItems(db);
    const retired = retireItem(db, items[2]!.id);
    const file = await writeWorkbook('合并.xlsx', [
      {
        name: 'S',
        rows: [
          ['序号', '检查事项', '检查依据', '检查内容', '抽查方式', '检查对象', '事项类别', '事项级别', '抽查比例(%)', '抽查频次'],
          [1, '网络交易平台监督检查', '《电子商务法》', '平台责任', '网络监测', '网络交易平台', '市场监管执法事项'].concat([
            '重点',
            '5%',
            '每年一次',
          ]),
          [...officialRow(retired, 2), '一般', null, ''],
          [...officialRow({ ...items[0]!, category: '其他行政执法事项' as never }, 3), '一般', 2, ''],
        ],
      },
    ]);
    const before = snapshot(db);
    const preview = await previewItemImport(db, file);
    expect(snapshot(db)).toBe(before);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toEqual({ new: 1, updated: 1, restored: 1, unchanged: 0 });
    expect(preview.rows.map((r) => r.action)).toEqual(['new', 'restore', 'update']);
    expect(preview.rows[2]?.changes).toEqual([
      { field: 'seq', label: '序号', before: '1', after: '3' },
      { field: 'category', label: '事项类别', before: '市场监管执法事项', after: '其它行政执法事项' },
      { field: 'ratio', label: '抽查比例', before: '', after: '2%' },
    ]);

    const summary = await applyItemImport(db, file);
    expect(summary).toEqual({ fileName: '合并.xlsx', counts: preview.counts });
    const after = listItems(db);
    expect(after).toHaveLength(15);
    expect(after.slice(0, 3).map((i) => i.name)).toEqual(['网络交易平台监督检查', retired.name, items[0]!.name]);
    expect(after[0]).toMatchObject({ level: '重点', ratio: 5, frequency: '每年一次', method: '网络监测' });
    expect(after[2]).toMatchObject({ category: '其它行政执法事项', ratio: 2 });
    expect(listItems(db, { includeRetired: true })).toHaveLength(15);
  });
});
