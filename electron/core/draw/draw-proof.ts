import type { Db } from '../db/connection.ts';
import type { SeedParts } from './draw-content.ts';
import { drawPackage, type DrawPackage } from './draw-package.ts';

/**
 * What a draw's record shows and prints to prove how it was made (ALGORITHM.md §2, §7): the
 * seed's parts, every 开始抽取 of the task up to the draw, and the three hashes that anchor it.
 * A slice of the 核验包, so the screen, the paper and the package can never say different things.
 */
export interface DrawProof {
  /** `{ mode: 'plain' }` for a one-click draw and for every SSJ-DRAW-1 draw. */
  seedParts: SeedParts;
  /** In order; an abandoned one shows its secret (that of the drawn one is seedParts.secret). */
  ceremonies: DrawPackage['ceremonies'];
  hash: string;
  prevHash: string;
  /** The hash of the draw's 抽取 audit entry: the audit chain's head right after the draw. */
  auditEntryHash: string | null;
}

export function drawProof(db: Db, drawId: number): DrawProof {
  const { seedParts, ceremonies, record } = drawPackage(db, drawId);
  return { seedParts, ceremonies, hash: record.hash, prevHash: record.prevHash, auditEntryHash: record.auditEntryHash };
}
