import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { CLOSED_STATUSES } from '../../../electron/core/entities/entity-schema.ts';
import { tempContext } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const STATUSES = ['存续', '在业', ...CLOSED_STATUSES];

describe('the pool, for any roster (fast-check, real databases)', () => {
  it('never draws a closed entity or one drawn for the same item within the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATUSES), { minLength: 3, maxLength: 25 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (statuses, firstCount, secondCount) => {
          const ctx = tempContext();
          try {
            seedEntities(ctx.db, statuses.length, (i) => ({ regStatus: statuses[i - 1] }));
            seedInspectors(ctx.db, 4);
            const open = new Set(
              (ctx.db.prepare('SELECT code, reg_status FROM entities').all() as { code: string; reg_status: string }[])
                .filter((e) => !(CLOSED_STATUSES as readonly string[]).includes(e.reg_status))
                .map((e) => e.code),
            );
            if (open.size === 0) return;
            const first = runDraw(ctx.db, makeTask(ctx.db, { count: firstCount }).id, PEOPLE);
            for (const e of first.selected) expect(open.has(e.code)).toBe(true);
            const left = open.size - first.selected.length;
            const second = makeTask(ctx.db, { count: secondCount });
            if (left === 0) {
              expect(() => runDraw(ctx.db, second.id, PEOPLE)).toThrow(/可抽取的检查对象为 0 个/);
              return;
            }
            const again = runDraw(ctx.db, second.id, PEOPLE);
            const before = new Set(first.selected.map((e) => e.code));
            for (const e of again.selected) {
              expect(open.has(e.code)).toBe(true);
              expect(before.has(e.code)).toBe(false);
            }
          } finally {
            ctx.db.close();
          }
        },
      ),
      { numRuns: 25, seed: 3 },
    );
  });
});
