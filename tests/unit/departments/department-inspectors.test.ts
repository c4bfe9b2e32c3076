import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { saveDepartment } from '../../../electron/core/departments/department-service.ts';
import { exportInspectorsXlsx } from '../../../electron/core/inspectors/inspector-xlsx-export.ts';
import { listInspectors, saveInspector } from '../../../electron/core/inspectors/inspector-service.ts';
import { fieldsOf } from '../field-errors.ts';
import { importAs, inspectAndImport } from '../import/import-as.ts';
import { tempContext, tempDir } from '../temp-db.ts';

async function sheetFile(dir: string, name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** 本局 plus 县应急管理局 (县应急局) and 县卫生健康局 (县卫健局). */
function desk() {
  const ctx = tempContext();
  const safety = saveDepartment(ctx.db, { name: '县应急管理局', shortName: '县应急局' });
  const health = saveDepartment(ctx.db, { name: '县卫生健康局', shortName: '县卫健局' });
  return { ctx, safety, health };
}

/** A bureau-shaped list: a title row, then 所属单位 (the 科室) and 所属部门 side by side. */
const HEADER = ['序号', '姓名', '执法证号', '有效期至', '所属单位', '所属部门', '联系电话'];
const TITLE = ['2026年度联合抽查执法人员名单'];

describe('inspectors carry their 所属部门 (issue 17)', () => {
  it('imports a bureau file whose 所属部门 column holds 简称 and full names; 所属单位 stays the 科室', async () => {
    const { ctx, safety, health } = desk();
    const file = await sheetFile(tempDir(), '联合抽查执法人员.xlsx', [
      TITLE,
      HEADER,
      [1, '应急甲', 'YJ0001', '2030-01-01', '执法大队', '县应急局', '13800000001'],
      [2, '应急乙', 'YJ0002', '2030-01-01', '执法大队', '县应急管理局', ''],
      [3, '卫健甲', 'WJ0001', '2030-01-01', '监督所', '县 卫健局', ''],
      [4, '本局甲', 'SJ0001', '2030-01-01', '西坪所', '本局', ''],
      [5, '本局乙', 'SJ0002', '2030-01-01', '聚乐所', '', ''],
    ]);
    const { inspection, result } = await inspectAndImport(ctx, 'inspectors', file);
    expect(inspection.headerRow).toBe(2);
    expect(inspection.columns).toMatchObject({ unit: 4, departmentId: 5 });
    expect(result.counts).toMatchObject({ new: 5, rejected: 0 });
    const byCert = new Map(listInspectors(ctx.db).map((i) => [i.certNo, i]));
    expect(byCert.get('YJ0001')).toMatchObject({ departmentId: safety.id, departmentName: '县应急管理局', unit: '执法大队' });
    expect(byCert.get('YJ0002')?.departmentId).toBe(safety.id);
    expect(byCert.get('WJ0001')?.departmentId).toBe(health.id);
    expect(byCert.get('SJ0001')?.departmentId).toBeNull();
    expect(byCert.get('SJ0002')?.departmentId).toBeNull();
    expect(
      listInspectors(ctx.db, { departmentId: safety.id })
        .map((i) => i.certNo)
        .sort(),
    ).toEqual(['YJ0001', 'YJ0002']);
    expect(
      listInspectors(ctx.db, { departmentId: 1 })
        .map((i) => i.certNo)
        .sort(),
    ).toEqual(['SJ0001', 'SJ0002']);
  });

  it('refuses a file naming a department nobody listed, by row and column, and writes nothing', async () => {
    const { ctx } = desk();
    const file = await sheetFile(tempDir(), '联合抽查执法人员.xlsx', [
      TITLE,
      HEADER,
      [1, '应急甲', 'YJ0001', '2030-01-01', '执法大队', '县应急局', ''],
      [2, '城管甲', 'CG0001', '2030-01-01', '执法大队', '县城市管理局', ''],
    ]);
    const preview = await importAs(ctx, 'inspectors', file, { dryRun: true });
    expect(preview.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 4, reason: expect.stringContaining('“所属部门”列：所属部门“县城市管理局”不在部门名单中') }),
    ]);
    await expect(importAs(ctx, 'inspectors', file)).rejects.toThrow(
      /文件“联合抽查执法人员\.xlsx”中有 1 行的部门无法识别，未导入任何内容：第 4 行“所属部门”列：所属部门“县城市管理局”不在部门名单中/,
    );
    expect(listInspectors(ctx.db)).toEqual([]);
  });

  it('gives the department chosen for the import to rows without one, and keeps it on re-import without it', async () => {
    const { ctx, safety, health } = desk();
    const dir = tempDir();
    const plain = await sheetFile(dir, '应急局人员.xlsx', [
      ['姓名', '执法证号', '有效期至'],
      ['应急甲', 'YJ0001', '2030-01-01'],
      ['应急乙', 'YJ0002', '2030-01-01'],
    ]);
    await importAs(ctx, 'inspectors', plain, { departmentId: safety.id });
    expect(listInspectors(ctx.db).map((i) => i.departmentName)).toEqual(['县应急管理局', '县应急管理局']);
    // The same file again, for nobody in particular: the stored department stays.
    const again = await importAs(ctx, 'inspectors', plain);
    expect(again.counts).toMatchObject({ unchanged: 2 });
    expect(listInspectors(ctx.db, { departmentId: safety.id })).toHaveLength(2);
    // A cell that names a department wins over the chosen one.
    const mixed = await sheetFile(dir, 'mixed.xlsx', [
      ['姓名', '执法证号', '部门'],
      ['卫健甲', 'WJ0001', '县卫健局'],
      ['卫健乙', 'WJ0002', ''],
    ]);
    await importAs(ctx, 'inspectors', mixed, { departmentId: health.id });
    expect(
      listInspectors(ctx.db, { departmentId: health.id })
        .map((i) => i.certNo)
        .sort(),
    ).toEqual(['WJ0001', 'WJ0002']);
  });

  it('refuses a 停用 department for new people, in the form and in a file', async () => {
    const { ctx, safety } = desk();
    saveInspector(ctx.db, { inspector: { name: '应急甲', certNo: 'YJ0001', departmentId: safety.id } });
    saveDepartment(ctx.db, { id: safety.id, name: '县应急管理局', shortName: '县应急局', retired: true });
    expect(fieldsOf(() => saveInspector(ctx.db, { inspector: { name: '应急乙', certNo: 'YJ0002', departmentId: safety.id } }))).toEqual({
      departmentId: expect.stringContaining('所属部门“县应急管理局”已停用'),
    });
    // An inspector already in it can still be edited.
    const edited = saveInspector(ctx.db, { id: 1, inspector: { name: '应急甲', certNo: 'YJ0001', phone: '1', departmentId: safety.id } });
    expect(edited.departmentId).toBe(safety.id);
    const file = await sheetFile(tempDir(), 'x.xlsx', [
      ['姓名', '执法证号', '所属部门'],
      ['应急乙', 'YJ0002', '县应急局'],
    ]);
    const preview = await importAs(ctx, 'inspectors', file, { dryRun: true });
    expect(preview.errors[0]?.reason).toContain('所属部门“县应急局”已停用');
  });

  it('an edit that does not name the department keeps it; 本局 is stored as NULL', () => {
    const { ctx, safety } = desk();
    const saved = saveInspector(ctx.db, { inspector: { name: '应急甲', certNo: 'YJ0001', departmentId: safety.id } });
    expect(saveInspector(ctx.db, { id: saved.id, inspector: { name: '应急甲', certNo: 'YJ0001', phone: '2' } }).departmentId).toBe(
      safety.id,
    );
    expect(
      saveInspector(ctx.db, { id: saved.id, inspector: { name: '应急甲', certNo: 'YJ0001', departmentId: 1 } }).departmentId,
    ).toBeNull();
    expect(ctx.db.prepare('SELECT department_id FROM inspectors').pluck().get()).toBeNull();
  });

  it('exports 所属部门, and the export imports back unchanged', async () => {
    const { ctx, safety } = desk();
    saveInspector(ctx.db, { inspector: { name: '应急甲', certNo: 'YJ0001', certExpiry: '2030-01-01', departmentId: safety.id } });
    saveInspector(ctx.db, { inspector: { name: '本局甲', certNo: 'SJ0001', certExpiry: '2030-01-01' } });
    const out = path.join(tempDir(), '导出.xlsx');
    await exportInspectorsXlsx(ctx.db, {}, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const col = header.indexOf('所属部门') + 1;
    expect(col).toBeGreaterThan(0);
    const names = [3, 4].map((r) => String(ws.getRow(r).getCell(col).value));
    expect(names.sort()).toEqual(['县应急管理局', '大同县市场和质量监督管理局'].sort());
    const back = await importAs(ctx, 'inspectors', out);
    expect(back.counts).toMatchObject({ unchanged: 2, rejected: 0 });
  });
});
