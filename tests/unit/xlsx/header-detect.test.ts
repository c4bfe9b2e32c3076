import { describe, expect, it } from 'vitest';
import { detectHeader, headerNotFoundMessage, normaliseHeaderText, type ColumnSpec } from '../../../electron/core/xlsx/header-detect.ts';
import type { SheetRow } from '../../../electron/core/xlsx/sheet-rows.ts';

const SPECS: ColumnSpec<'code' | 'name' | 'target' | 'ratio'>[] = [
  { key: 'code', label: '统一社会信用代码', synonyms: ['信用代码', '注册号'], required: true },
  { key: 'name', label: '名称', synonyms: ['企业名称', '主体名称'], required: true },
  { key: 'target', label: '适用对象', synonyms: ['检查对象'] },
  { key: 'ratio', label: '抽查比例（%）', synonyms: ['抽查比例'] },
];

const rows = (...cells: string[][]): SheetRow[] => cells.map((c, i) => ({ number: i + 1, cells: c }));

describe('finding the header row', () => {
  it('ignores whitespace, line breaks, brackets of either width and full-width characters', () => {
    expect(normaliseHeaderText(' 适用\n对象 ')).toBe('适用对象');
    expect(normaliseHeaderText('抽查比例(%)')).toBe(normaliseHeaderText('抽查比例（％）'));
    expect(normaliseHeaderText('*名称')).toBe('名称');
  });

  it('skips title rows above the header and maps synonyms to their columns', () => {
    const found = detectHeader(
      rows(
        ['2026年特种设备生产单位名录'],
        ['填报单位：大同县局', '', '日期：2026-03-01'],
        ['序号', '企业名称', '信用代码', '适用\n对象', '抽查比例(%)'],
      ),
      SPECS,
    );
    expect(found).toMatchObject({ rowNumber: 3, missing: [], columns: { name: 1, code: 2, target: 3, ratio: 4 } });
    expect(found?.titles.target).toBe('适用对象');
  });

  it('reports the required columns the best candidate lacks', () => {
    const found = detectHeader(rows(['名录'], ['序号', '企业名称', '地址']), SPECS);
    expect(found?.missing).toEqual(['统一社会信用代码']);
    expect(headerNotFoundMessage(found!.missing)).toBe('未找到表头：请确认表格中有“统一社会信用代码”列');
  });

  it('returns null when no row names a known column, and looks no further than 20 rows', () => {
    expect(detectHeader(rows(['甲', '乙'], ['丙']), SPECS)).toBeNull();
    const late = rows(...Array.from({ length: 20 }, () => ['说明']), ['名称', '信用代码']);
    expect(detectHeader(late, SPECS)).toBeNull();
  });

  it('prefers a complete header to an earlier row that merely mentions a column', () => {
    const found = detectHeader(rows(['名称：特种设备名录'], ['名称'], ['名称', '统一社会信用代码']), SPECS);
    expect(found?.rowNumber).toBe(3);
  });
});

describe('the inspector roster header', () => {
  it('maps 在岗情况 to 状态 and 执法门类 to 执法领域, as personnel offices write them', async () => {
    const { INSPECTOR_COLUMN_SPECS } = await import('../../../electron/core/import/roster-columns.ts');
    const found = detectHeader(rows(['姓名', '执法证号', '在岗情况', '执法门类']), INSPECTOR_COLUMN_SPECS);
    expect(found?.columns).toMatchObject({ name: 0, certNo: 1, status: 2, tags: 3 });
  });

  it('knows the header variants of real bureau files (issue 12)', async () => {
    const { ENTITY_COLUMN_SPECS, INSPECTOR_COLUMN_SPECS } = await import('../../../electron/core/import/roster-columns.ts');
    const entity = detectHeader(
      rows(['统一社会信用代码（注册号）', '名称', '法定代表人（负责人/经营者）', '登记机关', '管辖单位', '所属乡镇']),
      ENTITY_COLUMN_SPECS,
    );
    expect(entity?.columns).toEqual({ code: 0, name: 1, legalRep: 2, regAuthority: 3, jurisdiction: 4, area: 5 });
    for (const rep of ['经营者', '负责人']) {
      expect(detectHeader(rows(['统一社会信用代码', '名称', rep]), ENTITY_COLUMN_SPECS)?.columns.legalRep).toBe(2);
    }
    for (const unit of ['科室或所', '所属单位', '所属单位/科室']) {
      for (const cert of ['执法证件号', '执法证编号']) {
        for (const expiry of ['有效期至', '证件有效期至']) {
          const found = detectHeader(rows(['姓名', cert, unit, expiry]), INSPECTOR_COLUMN_SPECS);
          expect(found?.columns, `${cert} ${unit} ${expiry}`).toEqual({ name: 0, certNo: 1, unit: 2, certExpiry: 3 });
        }
      }
    }
  });
});
