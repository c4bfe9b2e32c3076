import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignTeams,
  eligibleFor,
  sameArea,
  selectEntities,
  TeamShortfall,
  type FrozenInspector,
} from '../../../electron/core/draw/draw-algorithm.ts';

const AREAS = ['西坪镇', '聚乐乡', '许堡乡', '峰峪乡'];

/** A random roster, inspectors and 回避, small enough to check every constraint exhaustively. */
const world = fc
  .record({
    seed: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    entities: fc.integer({ min: 1, max: 30 }),
    inspectors: fc.integer({ min: 2, max: 12 }),
    k: fc.integer({ min: 2, max: 4 }),
    take: fc.integer({ min: 1, max: 30 }),
    sameAreaRecusal: fc.boolean(),
    conflictRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  })
  .map((w) => {
    const pool = Array.from({ length: w.entities }, (_, i) => ({ code: `E${String(i).padStart(3, '0')}`, group: '' }));
    const areas = Object.fromEntries(pool.map((p, i) => [p.code, AREAS[i % 4]!]));
    let n = 0;
    const pseudo = () => (n = (n * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inspectors: FrozenInspector[] = Array.from({ length: w.inspectors }, (_, i) => ({
      cert: `C${String(i).padStart(3, '0')}`,
      unit: `${AREAS[i % 4]!.slice(0, 2)}所`,
      conflicts: pool.filter(() => pseudo() < w.conflictRate).map((p) => p.code),
    }));
    return { ...w, pool, areas, inspectors };
  });

describe('draw constraints hold for any roster (fast-check)', () => {
  it('selects distinct pool members, as many as asked or the whole pool', () => {
    fc.assert(
      fc.property(world, (w) => {
        const selected = selectEntities(w.seed, w.pool, [{ group: '', count: w.take }]);
        expect(selected).toHaveLength(Math.min(w.take, w.pool.length));
        expect(new Set(selected).size).toBe(selected.length);
        for (const code of selected) expect(w.pool.some((p) => p.code === code)).toBe(true);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('gives every entity k distinct inspectors with no 回避 and no same-area inspector, or reports a true shortfall', () => {
    fc.assert(
      fc.property(world, (w) => {
        const selected = selectEntities(w.seed, w.pool, [{ group: '', count: w.take }]);
        const params = { perEntity: w.k, sameAreaRecusal: w.sameAreaRecusal, areas: w.areas };
        let teams: Record<string, string[]>;
        try {
          teams = assignTeams(w.seed, selected, w.inspectors, params);
        } catch (err) {
          expect(err).toBeInstanceOf(TeamShortfall);
          expect(eligibleFor((err as TeamShortfall).code, w.inspectors, params).length).toBeLessThan(w.k);
          return;
        }
        for (const code of selected) {
          const team = teams[code]!;
          expect(new Set(team).size).toBe(w.k);
          for (const cert of team) {
            const inspector = w.inspectors.find((i) => i.cert === cert)!;
            expect(inspector.conflicts).not.toContain(code);
            if (w.sameAreaRecusal) expect(sameArea(inspector.unit, w.areas[code]!)).toBe(false);
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('balances loads to within one when nothing constrains the choice', () => {
    fc.assert(
      fc.property(world, (w) => {
        const free = w.inspectors.map((i) => ({ ...i, conflicts: [] }));
        const selected = selectEntities(w.seed, w.pool, [{ group: '', count: w.take }]);
        if (free.length < w.k) return;
        const teams = assignTeams(w.seed, selected, free, { perEntity: w.k, sameAreaRecusal: false, areas: w.areas });
        const load = new Map(free.map((i) => [i.cert, 0]));
        for (const team of Object.values(teams)) for (const c of team) load.set(c, load.get(c)! + 1);
        expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('inspector loads are fair across draws', () => {
  it('each inspector is drawn equally often over many seeds (chi-square, fixed seeds)', () => {
    const inspectors: FrozenInspector[] = Array.from({ length: 10 }, (_, i) => ({ cert: `C${i}`, unit: '', conflicts: [] }));
    const selected = ['E1', 'E2', 'E3'];
    const counts = new Map(inspectors.map((i) => [i.cert, 0]));
    const runs = 3000;
    for (let r = 0; r < runs; r++) {
      const seed = Buffer.alloc(32, 0)
        .fill(r % 256, 0, 1)
        .fill(Math.floor(r / 256), 1, 2)
        .toString('hex');
      const teams = assignTeams(seed, selected, inspectors, { perEntity: 2, sameAreaRecusal: false, areas: {} });
      for (const team of Object.values(teams)) for (const c of team) counts.set(c, counts.get(c)! + 1);
    }
    const expected = (runs * 6) / 10;
    const chi2 = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: the 0.001 critical value is 27.88
    expect(chi2).toBeLessThan(27.88);
  });
});
