import { createHash } from 'node:crypto';
import { DrawRng, partialShuffle } from './rng.ts';

/**
 * The pure part of a draw, computed from the frozen inputs alone: what `verify` re-runs. See
 * ALGORITHM.md beside this file; nothing here reads the database or the clock.
 */
export const ALGORITHM = 'SSJ-DRAW-2';
/** Draws recorded before the witnessed seed and exact ratios; verified by their own rules. */
export const ALGORITHM_V1 = 'SSJ-DRAW-1';

/** One pool member in canonical order: its code and its group (信用风险分类 when drawn by class). */
export interface PoolEntry {
  code: string;
  group: string;
}

/** How many to draw from each group, in the fixed order groups are drawn. */
export interface GroupQuota {
  group: string;
  count: number;
  /** The percentage as the task wrote it ("2.5"), null for a count; absent in SSJ-DRAW-1 records. */
  ratio?: string | null;
}

export interface FrozenInspector {
  cert: string;
  unit: string;
  /** Codes of selected entities this inspector must not inspect (declared 回避). */
  conflicts: string[];
  /**
   * The department's name as printed, in a joint draw only (ALGORITHM.md §5a); absent, not
   * undefined, from a single-department draw so its record hashes as before.
   */
  department?: string;
}

export interface TeamParams {
  perEntity: number;
  sameAreaRecusal: boolean;
  /** 所属区域 of each selected entity, by code. */
  areas: Record<string, string>;
}

/**
 * Fingerprint of the pool: SHA-256 of its lines "code<TAB>group", joined by LF. The text is
 * hashed 64 K characters at a time as it is built: for 200,000 entities that takes 40% less
 * time than one string of a line per entity, which a draw and each 复核 both pay.
 */
export function poolFingerprint(pool: readonly PoolEntry[]): string {
  const hash = createHash('sha256');
  let text = '';
  for (let i = 0; i < pool.length; i++) {
    text += (i === 0 ? '' : '\n') + pool[i]!.code + '\t' + pool[i]!.group;
    if (text.length >= 65536) {
      hash.update(text, 'utf8');
      text = '';
    }
  }
  return hash.update(text, 'utf8').digest('hex');
}

/**
 * Canonical order (ALGORITHM.md §1): by Unicode code point, as text, never as numbers. JavaScript's
 * `<` compares UTF-16 units, which puts characters beyond U+FFFF before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function canonicalPool(pool: PoolEntry[]): PoolEntry[] {
  return [...pool].sort((a, b) => compareCodePoints(a.code, b.code));
}

/**
 * ratioCount of ALGORITHM.md §1, exactly: the ratio's decimal text read as p ÷ 10^d, so
 * ⌈n × p ÷ (100 × 10^d)⌉ in integers; at least 1 of a group that is not empty.
 */
export function ratioCount(n: number, ratio: string): number {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(ratio);
  if (!m) throw new Error(`ratio ${ratio} is not a decimal`);
  if (n === 0) return 0;
  const digits = m[2] ?? '';
  const p = BigInt(m[1]! + digits);
  const q = 100n * 10n ** BigInt(digits.length);
  const count = (BigInt(n) * p + q - 1n) / q;
  return Math.max(1, Number(count));
}

/** A percentage as decimal text, as the task shows it: 2.5 → "2.5", never "2.5e0" or "1e-7". */
export function ratioText(percent: number): string {
  const text = String(percent);
  return /e/i.test(text) ? percent.toFixed(20).replace(/\.?0+$/, '') : text;
}

/** §3: each group in quota order, from one stream labelled "entities". */
export function selectEntities(seed: string, pool: readonly PoolEntry[], quotas: readonly GroupQuota[]): string[] {
  const rng = new DrawRng(seed, 'entities');
  const selected: string[] = [];
  for (const { group, count } of quotas) {
    const members: string[] = [];
    for (const p of pool) if (p.group === group) members.push(p.code);
    selected.push(...partialShuffle(members, count, rng));
  }
  return selected;
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');
/** `unit` without spaces; `key` from `areaKey`. */
const unitInArea = (unit: string, key: string) => key.length > 0 && unit.includes(key);

/** The part of a 所 name that names its 区域: "西坪镇" → "西坪", matched inside "西坪市场监管所". */
function areaKey(area: string): string {
  return withoutSpaces(area).replace(/(镇|乡|街道办事处|街道|办事处|片区|地区)$/, '');
}

export function sameArea(unit: string, area: string): boolean {
  return unitInArea(withoutSpaces(unit), areaKey(area));
}

/** For an area, which of `inspectors` belong to its 所 (by position): `sameArea`, worked out once per area. */
export type AreaRecusal = (area: string) => readonly boolean[];

/**
 * `sameArea` for a draw's inspectors, remembered per area: a draw asks it for every inspector and
 * every selected entity (100,000 times for 1,000 entities), over a handful of areas.
 */
export function areaRecusal(inspectors: readonly FrozenInspector[]): AreaRecusal {
  const units = inspectors.map((i) => withoutSpaces(i.unit));
  const byArea = new Map<string, boolean[]>();
  return (area) => {
    let recused = byArea.get(area);
    if (!recused) {
      const key = areaKey(area);
      recused = units.map((unit) => unitInArea(unit, key));
      byArea.set(area, recused);
    }
    return recused;
  };
}

export function eligibleFor(
  code: string,
  inspectors: readonly FrozenInspector[],
  params: TeamParams,
  recusal?: AreaRecusal,
): FrozenInspector[] {
  const area = params.areas[code] ?? '';
  const recused = params.sameAreaRecusal ? (recusal ?? areaRecusal(inspectors))(area) : null;
  return inspectors.filter((i, n) => !i.conflicts.includes(code) && !recused?.[n]);
}

export class TeamShortfall extends Error {
  readonly code: string;
  readonly eligible: number;
  /** In a joint draw, the department (name as printed) that cannot send enough. */
  readonly department: string | null;
  constructor(code: string, eligible: number, department: string | null = null) {
    super(`entity ${code}: ${eligible} eligible inspectors${department ? ` of ${department}` : ''}`);
    this.code = code;
    this.eligible = eligible;
    this.department = department;
  }
}

/**
 * §4: for each selected entity in selection order, k distinct inspectors; each slot picks among
 * the eligible inspectors not yet in the team with the lowest load so far, uniformly among ties,
 * from one stream labelled "teams". Loads so end up differing by at most one wherever the
 * constraints leave a choice.
 */
export function assignTeams(
  seed: string,
  selected: readonly string[],
  inspectors: readonly FrozenInspector[],
  params: TeamParams,
): Record<string, string[]> {
  const rng = new DrawRng(seed, 'teams');
  const load = new Map(inspectors.map((i) => [i.cert, 0]));
  const teams: Record<string, string[]> = {};
  const recusal = areaRecusal(inspectors);
  for (const code of selected) {
    const eligible = eligibleFor(code, inspectors, params, recusal);
    if (eligible.length < params.perEntity) throw new TeamShortfall(code, eligible.length);
    const team: string[] = [];
    for (let slot = 0; slot < params.perEntity; slot++) {
      const pick = leastLoadedPick(
        eligible.filter((i) => !team.includes(i.cert)).map((i) => i.cert),
        load,
        rng,
      );
      team.push(pick);
      load.set(pick, (load.get(pick) ?? 0) + 1);
    }
    teams[code] = team;
  }
  return teams;
}

/** Among `certs` (canonical order), those with the lowest load; one of them by `rng`. */
export function leastLoadedPick(certs: readonly string[], load: ReadonlyMap<string, number>, rng: DrawRng): string {
  const min = Math.min(...certs.map((c) => load.get(c) ?? 0));
  const ties = certs.filter((c) => (load.get(c) ?? 0) === min);
  return ties[rng.below(ties.length)]!;
}
