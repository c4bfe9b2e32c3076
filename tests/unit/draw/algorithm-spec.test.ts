import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, ratioCount, ratioText, sameArea, selectEntities } from '../../../electron/core/draw/draw-algorithm.ts';
import { DrawRng } from '../../../electron/core/draw/rng.ts';

/**
 * ALGORITHM.md §9 states its test vectors in its text; this reads them from there, so the
 * specification, the program and (through reference-verifier.test.ts) the outside verifier agree.
 */
const spec = fs.readFileSync(path.resolve(import.meta.dirname, '../../../electron/core/draw/ALGORITHM.md'), 'utf8');
const vectors = spec.slice(spec.indexOf('## 9. Test vectors'));
const SEED = Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('hex');

describe('the test vectors ALGORITHM.md states', () => {
  it('the first eight uint32 of the entities stream for seed 00…1f', () => {
    const stated = /\n\s+((?:\d+ ){7}\d+)\n/.exec(vectors)![1]!.split(' ').map(Number);
    const rng = new DrawRng(SEED, 'entities');
    expect(Array.from({ length: 8 }, () => rng.nextUint32())).toEqual(stated);
  });

  it('the selection of 5 of C00…C19', () => {
    const stated = /selects, in order: ((?:`C\d\d`,? ?)+)/.exec(vectors)![1]!.match(/C\d\d/g);
    const pool = Array.from({ length: 20 }, (_, i) => ({ code: `C${String(i).padStart(2, '0')}`, group: '' }));
    expect(selectEntities(SEED, pool, [{ group: '', count: 5 }])).toEqual(stated);
  });

  it('ratioCount, exact', () => {
    const stated = [...vectors.matchAll(/ratioCount\((\d+), "([\d.]+)"\) = (\d+)/g)];
    expect(stated.length).toBe(4);
    for (const [, n, ratio, count] of stated) expect(ratioCount(Number(n), ratio!), `ratioCount(${n}, ${ratio})`).toBe(Number(count));
    // Where IEEE doubles go wrong: 300 × 1.1 = 330.00000000000006, and 0.07 × 100 = 7.000000000000001.
    expect(ratioCount(300, '1.1')).toBe(4);
    expect(ratioCount(10000, '0.07')).toBe(7);
    expect(ratioText(2.5)).toBe('2.5');
    expect(ratioText(1e-7)).toBe('0.0000001');
  });

  it('the area keys and the white space they lose', () => {
    expect(vectors).toContain('The area key of `城关街道办事处` is `城关`, of `　西坪镇 ` is `西坪`.');
    expect(sameArea('城关市场监管所', '城关街道办事处')).toBe(true);
    expect(sameArea('西坪市场监管所', '\u3000西坪镇 ')).toBe(true);
    expect(sameArea('新区市场监管所', '新区片区')).toBe(true);
    expect(sameArea('城关市场监管所', '镇')).toBe(false);
    // Each listed white-space code point is removed, and nothing else.
    for (const ws of [
      '\t',
      '\n',
      '\v',
      '\f',
      '\r',
      ' ',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
    ]) {
      expect(sameArea(`西${ws}坪所`, `西坪${ws}镇`), `U+${ws.codePointAt(0)!.toString(16)}`).toBe(true);
    }
    expect(sameArea('西\u200b坪所', '西坪镇')).toBe(false);
  });

  it('canonical order is by code point, as text, never as numbers', () => {
    expect(['9', '10', 'A', '\uffe0', '\u{20000}'].sort(compareCodePoints)).toEqual(['10', '9', 'A', '\uffe0', '\u{20000}']);
    expect(compareCodePoints('1402', '14020')).toBeLessThan(0);
    // UTF-16 order would put U+20000 (a surrogate pair) before U+FFE0.
    expect(['\u{20000}', '\uffe0'].sort()).toEqual(['\u{20000}', '\uffe0']);
  });
});
