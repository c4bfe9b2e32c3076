import fs from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { parsePool } from './draw-content.ts';
import { drawRow } from './draw-read.ts';

/**
 * The frozen pool of a draw as CSV, in canonical order, for a third party to re-run the draw with
 * an independent verifier (ALGORITHM.md): position, code, group. UTF-8 with BOM so Excel opens it.
 */
export async function exportPoolCsv(db: Parameters<typeof drawRow>[0], drawId: number, outPath: string) {
  const row = drawRow(db, drawId);
  const pool = parsePool(row.entity_pool);
  const lines = ['序号,统一社会信用代码,分组', ...pool.map((p, i) => `${i + 1},${p.code},${p.group}`)];
  await writeFileAtomic(outPath, new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`));
  await fs.access(outPath);
  return { path: outPath, count: pool.length, seed: row.seed, poolHash: row.pool_hash };
}
