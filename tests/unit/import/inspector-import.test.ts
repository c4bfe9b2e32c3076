import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listConflicts } from '../../../electron/core/inspectors/conflict-service.ts';
import { listInspectors } from '../../../electron/core/inspectors/inspector-service.ts';
import { importAs } from './import-as.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { cleanEntityWorkbook, codeFor } from './roster-fixtures.ts';

async function sheetFile(dir: string, name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('importing inspectors and their conflicts', () => {
  it('imports inspectors with the same wizard, checking dates and keeping statuses and 执法领域 as written', async () => {
    const ctx = tempContext();
    const file = await sheetFile(tempDir(), '执法人员.xlsx', [
      ['大同县市场监管局执法人员名单'],
      ['姓名', '行政执法证号', '有效期至', '所在单位', '手机', '执法类别', '人员状态'],
      ['王一', '１４０２００１　', new Date(Date.UTC(2030, 0, 1)), '西坪所', '13800000001', '市场监管', '在岗'],
      ['李二', '1402002', '2020-05-01', '聚乐所', '', '其他行政执法事项、市场监管执法事项', '病休'],
      ['张三', '1402003', '不知道', '聚乐所', '', '食品安全', '休假'],
      ['赵四', '1402001', '2030-01-01', '西坪所', '', '', ''],
    ]);
    const result = await importAs(ctx, 'inspectors', file);
    expect(result.counts).toMatchObject({ new: 2, rejected: 2 });
    const reasons = result.errors.map((e) => [e.row, e.reason]);
    expect(reasons).toContainEqual([5, '“有效期至”列：证件有效期无法识别，应为日期，如 2027-12-31 或 2027年12月31日']);
    expect(reasons).toContainEqual([6, expect.stringContaining('与第 3 行重复')]);
    const inspectors = listInspectors(ctx.db, {}, '2026-11-24');
    expect(
      inspectors.map((i) => [i.name, i.certNo, i.certState, i.tags, i.status]).sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      ['王一', '1402001', 'valid', ['市场监管'], '在岗'],
      ['李二', '1402002', 'expired', ['其他行政执法事项', '市场监管执法事项'], '病休'],
    ]);
  });

  it('imports 回避 rows that name known inspectors and entities, and rejects the rest', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    await importAs(ctx, 'entities', await cleanEntityWorkbook(dir, 3));
    await importAs(
      ctx,
      'inspectors',
      await sheetFile(dir, 'p.xlsx', [
        ['姓名', '执法证号'],
        ['王一', '1402001'],
      ]),
    );
    const result = await importAs(
      ctx,
      'conflicts',
      await sheetFile(dir, '回避.xlsx', [
        ['执法证号', '姓名', '统一社会信用代码', '名称', '回避原因'],
        ['1402001', '王一', codeFor(2), '大同县第2号商店', '配偶任负责人'],
        ['1402009', '无此人', codeFor(2), '', '同学'],
        ['1402001', '王一', codeFor(99), '', '亲属'],
      ]),
    );
    expect(result.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(result.errors.map((e) => e.reason)).toEqual(['执法人员名录中没有执法证号 1402009', `市场主体名录中没有代码 ${codeFor(99)}`]);
    expect(listConflicts(ctx.db)).toMatchObject([{ inspectorName: '王一', entityCode: codeFor(2), reason: '配偶任负责人' }]);
  });
});
