import { describe, expect, it } from 'vitest';
import { checkCode, usccCheckChar } from '../../../electron/core/entities/uscc.ts';

describe('统一社会信用代码', () => {
  it.each(['91110000600037341L', '9144030071526726XG', '91310115MA1K3BTP2B', '92340621MA2PBKRXXG'])(
    'accepts the valid code %s',
    (code) => {
      expect(checkCode(code)).toEqual({ ok: true, code, kind: 'uscc' });
      expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    },
  );

  it('flags a wrong check character and says which one it should be', () => {
    expect(checkCode('91110000600037341N')).toMatchObject({ ok: false, problem: 'checksum', message: expect.stringContaining('应为 L') });
  });

  it('rejects letters outside the alphabet and wrong lengths', () => {
    expect(checkCode('9111000060003IOZSV')).toMatchObject({ ok: false, problem: 'alphabet' });
    expect(checkCode('12345')).toMatchObject({ ok: false, problem: 'length', message: expect.stringContaining('实际 5 位') });
    expect(checkCode('  ')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('normalises full-width characters, lower case and spaces', () => {
    expect(checkCode(' ９１１１００００６０００３７３４１ｌ ')).toMatchObject({ ok: true, code: '91110000600037341L' });
    expect(checkCode('9131 0115 ma1k 3btp 2b')).toMatchObject({ ok: true, code: '91310115MA1K3BTP2B' });
  });

  it('rejects a code Excel stored as a number, whose digits are lost', () => {
    expect(checkCode(911402000000000000)).toMatchObject({ ok: false, problem: 'lost', message: expect.stringContaining('单元格为数值格式，代码已失真') });
    expect(checkCode('9.11402E+17')).toMatchObject({ ok: false, problem: 'lost' });
  });

  it('accepts the 15-digit 注册号 of an older 个体工商户, even typed as a number', () => {
    expect(checkCode('140221600012345')).toEqual({ ok: true, code: '140221600012345', kind: 'regno' });
    expect(checkCode(140221600012345)).toEqual({ ok: true, code: '140221600012345', kind: 'regno' });
  });
});
