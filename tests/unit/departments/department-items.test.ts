import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { saveDepartment } from '../../../electron/core/departments/department-service.ts';
import { applyItemImport, previewItemImport } from '../../../electron/core/items/item-import.ts';
import { createItem, listItems, updateItem } from '../../../electron/core/items/item-service.ts';
import { exportItemsXlsx } from '../../../electron/core/items/item-xlsx-export.ts';
import { tempContext, tempDir } from '../temp-db.ts';

async function itemFile(dir: string, name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function desk() {
  const ctx = tempContext();
  const safety = saveDepartment(ctx.db, { name: '县应急管理局', shortName: '县应急局' });
  const health = saveDepartment(ctx.db, { name: '县卫生健康局', shortName: '县卫健局' });
  return { ctx, safety, health };
}

describe('items carry their 实施部门 (issue 17)', () => {
  it('the seed list is 本局’s; a new item takes the department chosen; an edit without one keeps it', () => {
    const { ctx, safety } = desk();
    expect(listItems(ctx.db).every((i) => i.departmentId === null && i.departmentName === '大同县市场和质量监督管理局')).toBe(true);
    const item = createItem(ctx.db, { name: '危险化学品经营安全检查', category: '其它行政执法事项', departmentId: safety.id });
    expect(item).toMatchObject({ departmentId: safety.id, departmentName: '县应急管理局' });
    expect(updateItem(ctx.db, item.id, { name: item.name, category: item.category, basis: '《安全生产法》' }).departmentId).toBe(safety.id);
    expect(listItems(ctx.db, { departmentId: safety.id }).map((i) => i.name)).toEqual(['危险化学品经营安全检查']);
    expect(listItems(ctx.db, { departmentId: 1 })).toHaveLength(14);
    expect(updateItem(ctx.db, item.id, { name: item.name, category: item.category, departmentId: 1 }).departmentId).toBeNull();
  });

  it('imports a 实施部门 column by name or 简称, and refuses an unknown one naming row and column', async () => {
    const { ctx, safety, health } = desk();
    const dir = tempDir();
    const good = await itemFile(dir, '联合抽查事项.xlsx', [
      ['序号', '抽查事项', '备注', '实施部门'],
      [1, '危险化学品经营安全检查', '其它行政执法事项', '县应急局'],
      [2, '公共场所卫生检查', '其它行政执法事项', '县卫生健康局'],
    ]);
    const preview = await previewItemImport(ctx.db, good);
    expect(preview.problems).toEqual([]);
    await applyItemImport(ctx.db, good);
    const byName = new Map(listItems(ctx.db).map((i) => [i.name, i]));
    expect(byName.get('危险化学品经营安全检查')?.departmentId).toBe(safety.id);
    expect(byName.get('公共场所卫生检查')?.departmentId).toBe(health.id);

    const bad = await itemFile(dir, '有误.xlsx', [
      ['序号', '抽查事项', '备注', '实施部门'],
      [1, '城市绿化检查', '其它行政执法事项', '县城市管理局'],
    ]);
    const refused = await previewItemImport(ctx.db, bad);
    expect(refused.problems).toEqual([
      { row: 2, column: '实施部门', message: expect.stringContaining('实施部门“县城市管理局”不在部门名单中') },
    ]);
    await expect(applyItemImport(ctx.db, bad)).rejects.toThrow(/第 2 行“实施部门”列：实施部门“县城市管理局”不在部门名单中/);
    expect(listItems(ctx.db).some((i) => i.name === '城市绿化检查')).toBe(false);
  });

  it('imports another department’s own list for it: rows without a 实施部门 take the department chosen', async () => {
    const { ctx, health } = desk();
    const file = await itemFile(tempDir(), '卫健局清单.xlsx', [
      ['序号', '抽查事项', '备注'],
      [1, '公共场所卫生检查', '其它行政执法事项'],
      [2, '生活饮用水卫生检查', '其它行政执法事项'],
    ]);
    const preview = await previewItemImport(ctx.db, file, { departmentId: health.id });
    expect(preview.counts.new).toBe(2);
    await applyItemImport(ctx.db, file, { departmentId: health.id });
    expect(
      listItems(ctx.db, { departmentId: health.id })
        .map((i) => i.name)
        .sort(),
    ).toEqual(['公共场所卫生检查', '生活饮用水卫生检查'].sort());
    // Moving an item to another department shows as a change of 实施部门 in the preview.
    const moved = await previewItemImport(ctx.db, file, { departmentId: 1 });
    expect(moved.rows[0]?.changes).toContainEqual({
      field: 'departmentId',
      label: '实施部门',
      before: '县卫生健康局',
      after: '大同县市场和质量监督管理局',
    });
  });

  it('exports the 实施部门, and the export imports back unchanged', async () => {
    const { ctx, safety } = desk();
    createItem(ctx.db, { name: '危险化学品经营安全检查', category: '其它行政执法事项', departmentId: safety.id });
    const out = path.join(tempDir(), '清单.xlsx');
    await exportItemsXlsx(ctx.db, out);
    const preview = await previewItemImport(ctx.db, out);
    expect(preview.problems).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 0, updated: 0, unchanged: 15 });
  });
});
