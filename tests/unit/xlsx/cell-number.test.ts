import { describe, expect, it } from 'vitest';
import { cellInteger, cellNumber, cellPercent } from '../../../electron/core/xlsx/cell-number.ts';

describe('numbers typed by clerks', () => {
  it('reads number cells and numeric text, full-width included', () => {
    expect(cellNumber(3)).toBe(3);
    expect(cellNumber(' １２ ')).toBe(12);
    expect(cellNumber('1,200')).toBe(1200);
    expect(cellNumber('3.')).toBe(3);
    expect(cellNumber('')).toBeUndefined();
    expect(cellNumber('三')).toBeNull();
  });

  it('reads 序号 as whole numbers only', () => {
    expect(cellInteger('7')).toBe(7);
    expect(cellInteger(2.5)).toBeNull();
  });

  it('reads percentages in percent units', () => {
    expect(cellPercent(5)).toBe(5);
    expect(cellPercent('5%')).toBe(5);
    expect(cellPercent('２．５％')).toBe(2.5);
    expect(cellPercent('3%-5%')).toBeNull();
  });
});
