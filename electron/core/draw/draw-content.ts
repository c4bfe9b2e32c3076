import { createHash } from 'node:crypto';
import { canonicalJson, chainHash } from './canonical.ts';
import type { FrozenInspector, GroupQuota, PoolEntry } from './draw-algorithm.ts';
import type { DrawDepartment } from './joint-teams.ts';

/** How the seed was made (ALGORITHM.md §2); SSJ-DRAW-1 records have none. */
export type SeedParts =
  | { mode: 'plain' }
  | {
      mode: 'witnessed';
      /** SHA-256(secret), shown before the 监督人 typed anything. */
      commitment: string;
      secret: string;
      witnessDigits: string;
      publicValue: string;
      /** The pool fingerprint when the commitment was shown, which the seed binds. */
      poolHash: string;
      startedAt: string;
    };

/** Everything a draw's hash covers: the frozen inputs, the people present, and the outcome. */
export interface DrawContent {
  taskId: number;
  algorithm: string;
  seed: string;
  poolHash: string;
  poolSize: number;
  inspectorPool: FrozenInspector[];
  params: DrawParams;
  operator: string;
  witness: string;
  drawnAt: string;
  selected: string[];
  teams: Record<string, string[]>;
  /** A witnessed draw's seed parts; absent (not null) from plain and SSJ-DRAW-1 records. */
  seedParts?: Extract<SeedParts, { mode: 'witnessed' }>;
}

export interface DrawParams {
  quotas: GroupQuota[];
  perEntity: number;
  sameAreaRecusal: boolean;
  withLeader: boolean;
  areas: Record<string, string>;
  excluded: { closed: number; repeat: number };
  /**
   * A joint draw's departments, the lead first (ALGORITHM.md §5a); absent from a single-department
   * draw, whose record so stays byte for byte what it was.
   */
  departments?: DrawDepartment[];
  /** The task as it stood when drawn, so the record reads alone. */
  task: {
    code: string;
    name: string;
    items: string[];
    roster: string | null;
    filters: unknown;
    periodStart: string | null;
    periodEnd: string | null;
    department: string;
  };
}

export function drawHash(prevHash: string, content: DrawContent): string {
  return chainHash(prevHash, content);
}

/** The exact text a draw's hash covers (the package carries it, ALGORITHM.md §8). */
export function drawCanonicalText(content: DrawContent): string {
  return canonicalJson(content);
}

/**
 * The witnessed seed: SHA-256(r ‖ UTF-8(w) ‖ 0x00 ‖ UTF-8(v) ‖ 0x00 ‖ F), r and F as raw bytes.
 * r is fixed 32 bytes and w is digits only, so no two part lists give the same input.
 */
export function witnessedSeed(secret: string, witnessDigits: string, publicValue: string, poolHash: string): string {
  return createHash('sha256')
    .update(Buffer.from(secret, 'hex'))
    .update(witnessDigits, 'utf8')
    .update(Buffer.from([0]))
    .update(publicValue, 'utf8')
    .update(Buffer.from([0]))
    .update(Buffer.from(poolHash, 'hex'))
    .digest('hex');
}

/** The stored frozen pool, in canonical order. */
export function parsePool(json: string): PoolEntry[] {
  return (JSON.parse(json) as [string, string][]).map(([code, group]) => ({ code, group }));
}

export function serialisePool(pool: readonly PoolEntry[]): string {
  return JSON.stringify(pool.map((p) => [p.code, p.group]));
}
