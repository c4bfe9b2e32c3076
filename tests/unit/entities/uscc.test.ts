import { describe, expect, it } from 'vitest';
import { checkCode, codeColumnLabel, codeLabel, normaliseCode, usccCheckChar } from '../../../electron/core/entities/uscc.ts';

describe('统一社会信用代码', () => {
  it.each(['91110000600037341L', '9144030071526726XG', '91310115MA1K3BTP2B', '92340621MA2PBKRXXG'])('accepts the valid code %s', (code) => {
    expect(checkCode(code)).toEqual({ ok: true, code, kind: 'uscc' });
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

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
    expect(checkCode(911402000000000000)).toMatchObject({
      ok: false,
      problem: 'lost',
      message: expect.stringContaining('单元格为数值格式，代码已失真'),
    });
    expect(checkCode('9.11402E+17')).toMatchObject({ ok: false, problem: 'lost' });
  });

  it.each([911402214041475874, 9.11402e17, 1e15, 140221600012345.5, -140221600012345, Number.NaN])(
    'refuses the number cell %s as lost',
    (value) => {
      expect(checkCode(value)).toMatchObject({ ok: false, problem: 'lost', message: expect.stringContaining('代码已失真') });
    },
  );

  it.each(['9.11402E+17', '9.1140221E17', '9E+17', '9.1E-3', '9.11402e+17', ' ９．１１４０２Ｅ＋１７ ', '9.E17', '9E-3'])(
    'refuses the scientific-notation text %s as lost',
    (text) => {
      expect(normaliseCode(text).lost).toBe(true);
      expect(checkCode(text)).toMatchObject({ ok: false, problem: 'lost' });
    },
  );

  it('accepts the 15-digit 注册号 of an older 个体工商户, even typed as a number', () => {
    expect(checkCode('140221600012345')).toEqual({ ok: true, code: '140221600012345', kind: 'regno' });
    expect(checkCode(140221600012345)).toEqual({ ok: true, code: '140221600012345', kind: 'regno' });
  });
});

/**
 * A code of digits with one E — the kind Excel's "scientific notation" guess used to swallow. Other
 * digits are drawn from a fixed pseudo-random sequence and redrawn until the check character comes
 * out right: a digit when the E is in positions 1–17, E itself at position 18.
 */
function codeWithE(position: number): string {
  let state = 20260302 + position;
  const nextDigit = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return String((state >>> 16) % 10);
  };
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const chars = Array.from({ length: 17 }, nextDigit);
    chars[0] = '9';
    if (position <= 17) chars[position - 1] = 'E';
    const first17 = chars.join('');
    const check = usccCheckChar(first17);
    if (position === 18 ? check === 'E' : /\d/.test(check)) return first17 + check;
  }
  throw new Error(`no code with E at position ${position}`);
}

describe('codes of digits with one letter E', () => {
  // GB 32100's structure: 1 登记管理部门 (9, or letters A–G and Y), 2 类别 (under 9: 1/2/3), 3–8
  // 行政区划 (digits), 9–17 组织机构代码 (letters allowed, its own check character in 17 only a
  // digit or X), 18 the check character. Where the structure forbids E, the checksum alone still
  // decides, as it does for every code we read.
  const allowed = new Set([1, 9, 10, 11, 12, 13, 14, 15, 16, 18]);
  const positions = Array.from({ length: 18 }, (_, i) => i + 1).map(
    (p) => [p, allowed.has(p) ? 'the standard allows E' : 'only the checksum decides'] as const,
  );

  it.each(positions)('accepts a valid code with E at position %i (%s)', (position) => {
    const code = codeWithE(position);
    expect(code.replace(/\d/g, '')).toBe('E');
    expect(code.indexOf('E') + 1).toBe(position);
    expect(checkCode(code)).toEqual({ ok: true, code, kind: 'uscc' });
    expect(checkCode(code.toLowerCase())).toEqual({ ok: true, code, kind: 'uscc' });
  });

  it('accepts the code from the issue, also full-width, lower case and spaced', () => {
    const code = '911402214E41475874';
    expect(checkCode(code)).toEqual({ ok: true, code, kind: 'uscc' });
    expect(normaliseCode('９１１４０２２１４ｅ４１４７５８７４')).toEqual({ text: code, lost: false });
    expect(checkCode('９１１４０２２１４ｅ４１４７５８７４')).toEqual({ ok: true, code, kind: 'uscc' });
    expect(checkCode(' 911402214e41475874 ')).toEqual({ ok: true, code, kind: 'uscc' });
    expect(checkCode('9114 0221 4E41 4758 74')).toEqual({ ok: true, code, kind: 'uscc' });
  });

  it('calls digits-E-digits with a wrong check character a checksum problem, not lost', () => {
    expect(checkCode('911402214E41475875')).toMatchObject({ ok: false, problem: 'checksum', message: expect.stringContaining('应为 4') });
    expect(checkCode('911402214E4147587E')).toMatchObject({ ok: false, problem: 'checksum' });
    // Too short to be a code, but without a point or a sign it is not Excel's notation either.
    expect(checkCode('9E17')).toMatchObject({ ok: false, problem: 'length' });
  });
});

describe('the label documents print for a code', () => {
  it('calls a 15-digit 注册号 注册号 and anything else 统一社会信用代码', () => {
    expect(codeLabel('140221600012345')).toBe('注册号');
    expect(codeLabel('91110000600037341L')).toBe('统一社会信用代码');
    expect(codeLabel('911402214E41475874')).toBe('统一社会信用代码');
  });

  it('heads a column 统一社会信用代码（注册号） once any row is a 注册号', () => {
    expect(codeColumnLabel(['91110000600037341L', '9144030071526726XG'])).toBe('统一社会信用代码');
    expect(codeColumnLabel(['91110000600037341L', '140221600012345'])).toBe('统一社会信用代码（注册号）');
    expect(codeColumnLabel([])).toBe('统一社会信用代码');
  });
});
