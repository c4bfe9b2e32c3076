import { describe, expect, it } from 'vitest';
import { isFooterRow, isOutsideTable } from '../../../electron/core/import/row-outcome.ts';

describe('rows below the table that are signatures or notes', () => {
  it.each([
    ['制表人：王建华', '', '审核人：李秀英'],
    ['', '审核人：李秀英'],
    ['填表人：孙敏'],
    ['填报人: 孙敏'],
    ['制表：王建华'],
    ['审核：李秀英'],
    ['制表日期：2026年11月20日'],
    ['填表说明：本表由系统导出'],
    ['备注：注销户不列入'],
    ['说明: 数据截至 11 月 20 日'],
    ['注：A 类为低风险'],
    ['负责人：张局长', '', '联系人：王'],
    ['单位（盖章）'],
    ['单位负责人：张三'],
  ])('skips %s', (...cells) => {
    expect(isFooterRow(cells)).toBe(true);
    expect(isOutsideTable(cells)).toBe(true);
  });

  it.each([
    ['1', '91140221MA0J000017', '大同县审核科技有限公司'],
    ['备注栏', 'x'],
    ['说明书印刷厂'],
    ['负责人', '王'],
    ['王建华', '14022119001'],
  ])('keeps the data row %s', (...cells) => {
    expect(isFooterRow(cells)).toBe(false);
  });

  it('skips 合计 rows as before', () => {
    expect(isOutsideTable(['合计', '300 户'])).toBe(true);
  });
});
