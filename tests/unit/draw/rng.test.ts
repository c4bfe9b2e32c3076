import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { poolFingerprint, selectEntities } from '../../../electron/core/draw/draw-algorithm.ts';
import { DrawRng, partialShuffle } from '../../../electron/core/draw/rng.ts';

const SEED = Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('hex');

describe('the generator of ALGORITHM.md', () => {
  it('is SHA-256 in counter mode, exactly as the specification says', () => {
    const block0 = createHash('sha256')
      .update(Buffer.concat([Buffer.from(SEED, 'hex'), Buffer.from('entities'), Buffer.from([0]), Buffer.alloc(8)]))
      .digest();
    const rng = new DrawRng(SEED, 'entities');
    const values = Array.from({ length: 9 }, () => rng.nextUint32());
    expect(values.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => block0.readUInt32BE(i * 4)));
    const counter1 = Buffer.alloc(8);
    counter1.writeBigUInt64BE(1n);
    const block1 = createHash('sha256')
      .update(Buffer.concat([Buffer.from(SEED, 'hex'), Buffer.from('entities'), Buffer.from([0]), counter1]))
      .digest();
    expect(values[8]).toBe(block1.readUInt32BE(0));
  });

  it('gives the documented test vector: 5 of 20 codes', () => {
    const pool = Array.from({ length: 20 }, (_, i) => ({ code: `C${String(i).padStart(2, '0')}`, group: '' }));
    expect(selectEntities(SEED, pool, [{ group: '', count: 5 }])).toMatchInlineSnapshot(`
      [
        "C08",
        "C06",
        "C01",
        "C17",
        "C00",
      ]
    `);
    expect(poolFingerprint(pool)).toBe(
      createHash('sha256')
        .update(pool.map((p) => `${p.code}\t`).join('\n'))
        .digest('hex'),
    );
  });

  it('fingerprints any pool as the SHA-256 of its lines, however long and whatever its groups', () => {
    const lines = (pool: { code: string; group: string }[]) =>
      createHash('sha256')
        .update(pool.map((p) => `${p.code}\t${p.group}`).join('\n'))
        .digest('hex');
    for (const n of [0, 1, 2, 3000, 3641, 3642, 3643, 20_000]) {
      const pool = Array.from({ length: n }, (_, i) => ({
        code: `92140221MA${String(i).padStart(7, '0')}X`,
        group: ['', 'A', 'D类', '高风险'][i % 4]!,
      }));
      expect(poolFingerprint(pool)).toBe(lines(pool));
    }
  });

  it('rejects values that would bias the modulo', () => {
    const rng = new DrawRng(SEED, 'x');
    const n = 3_000_000_000; // limit = 3e9: about 30% of values are rejected
    for (let i = 0; i < 1000; i++) expect(rng.below(n)).toBeLessThan(n);
    expect(() => rng.below(0)).toThrow();
  });

  it('draws every member equally often over many seeds (chi-square, fixed seeds)', () => {
    const n = 20;
    const k = 4;
    const runs = 4000;
    const counts = new Array(n).fill(0);
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let r = 0; r < runs; r++) {
      const seed = createHash('sha256').update(`fairness-${r}`).digest('hex');
      for (const x of partialShuffle(pool, k, new DrawRng(seed, 'entities'))) counts[x]++;
    }
    const expected = (runs * k) / n;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 0.001 critical value is 43.82
    expect(chi2).toBeLessThan(43.82);
  });
});
