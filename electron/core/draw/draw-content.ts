import { chainHash } from './canonical.ts';
import type { FrozenInspector, GroupQuota, PoolEntry } from './draw-algorithm.ts';

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
}

export interface DrawParams {
  quotas: GroupQuota[];
  perEntity: number;
  sameAreaRecusal: boolean;
  withLeader: boolean;
  areas: Record<string, string>;
  excluded: { closed: number; repeat: number };
  /** The task as it stood when drawn, so the record reads alone. */
  task: { code: string; name: string; items: string[]; roster: string | null; filters: unknown; periodStart: string | null; periodEnd: string | null; department: string };
}

export function drawHash(prevHash: string, content: DrawContent): string {
  return chainHash(prevHash, content);
}

/** The stored frozen pool, in canonical order. */
export function parsePool(json: string): PoolEntry[] {
  return (JSON.parse(json) as [string, string][]).map(([code, group]) => ({ code, group }));
}

export function serialisePool(pool: readonly PoolEntry[]): string {
  return JSON.stringify(pool.map((p) => [p.code, p.group]));
}
