import { createHash } from 'node:crypto';
import {
  assignTeams,
  canonicalPool,
  poolFingerprint,
  selectEntities,
  type FrozenInspector,
} from '../../electron/core/draw/draw-algorithm.ts';
import { benchLine } from './bench-line.ts';

/**
 * Issue 4: draw 1,000 of 200,000 entities with teams from 100 inspectors, and verify the same:
 * each ≤ 100 ms. Measured on the frozen inputs (what a draw computes and what 复核 recomputes);
 * reading the roster from the database and writing the record come on top and are reported.
 */
const seed = createHash('sha256').update('bench').digest('hex');
const pool = canonicalPool(Array.from({ length: 200_000 }, (_, i) => ({ code: `92140221MA${String(i).padStart(7, '0')}X`, group: '' })));
const AREAS = ['西坪镇', '聚乐乡', '许堡乡', '峰峪乡', '倍加造镇'];
const inspectors: FrozenInspector[] = Array.from({ length: 100 }, (_, i) => ({
  cert: `1402${String(i).padStart(4, '0')}`,
  unit: `${AREAS[i % 5]!.slice(0, 2)}市场监管所`,
  conflicts: i % 10 === 0 ? [pool[i]!.code] : [],
}));

function draw() {
  const poolHash = poolFingerprint(pool);
  const selected = selectEntities(seed, pool, [{ group: '', count: 1000 }]);
  const areas = Object.fromEntries(selected.map((c, i) => [c, AREAS[i % 5]!]));
  const teams = assignTeams(seed, selected, inspectors, { perEntity: 2, sameAreaRecusal: true, areas });
  return { poolHash, selected, areas, teams };
}

function verify(record: ReturnType<typeof draw>) {
  const ok =
    poolFingerprint(pool) === record.poolHash &&
    JSON.stringify(selectEntities(seed, pool, [{ group: '', count: 1000 }])) === JSON.stringify(record.selected) &&
    JSON.stringify(assignTeams(seed, record.selected, inspectors, { perEntity: 2, sameAreaRecusal: true, areas: record.areas })) ===
      JSON.stringify(record.teams);
  if (!ok) throw new Error('verification failed');
}

function median(fn: () => void, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

let record = draw();
const drawMs = median(() => (record = draw()));
const verifyMs = median(() => verify(record));
benchLine('draw-1000-of-200000', drawMs, 'ms', '<=', 100);
benchLine('verify-1000-of-200000', verifyMs, 'ms', '<=', 100);
