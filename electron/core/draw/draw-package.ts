import type { Db } from '../db/connection.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { drawCanonicalText, parsePool, type SeedParts } from './draw-content.ts';
import { listCeremonies } from './draw-ceremony.ts';
import { drawRow, frozenReplacements, storedContent } from './draw-read.ts';

/** The 核验包 of ALGORITHM.md §8: everything an outside verifier needs, and nothing private beyond it. */
export interface DrawPackage {
  format: 'SSJ-VERIFY-1';
  algorithm: string;
  draw: {
    id: number;
    taskCode: string;
    taskName: string;
    drawnAt: string;
    operator: string;
    witness: string;
    voided: { at: string; reason: string } | null;
  };
  seed: string;
  seedParts: SeedParts;
  ceremonies: {
    commitment: string;
    startedAt: string;
    operator: string;
    witness: string;
    outcome: string;
    endedAt: string | null;
    endReason: string | null;
    secret?: string;
  }[];
  entityPool: { size: number; fingerprint: string; lines: [string, string][] };
  quotas: { group: string; ratio: string | null; count: number }[];
  team: {
    perEntity: number;
    withLeader: boolean;
    sameAreaRecusal: boolean;
    areas: Record<string, string>;
    /** A joint draw's departments, the lead first (ALGORITHM.md §5a); absent otherwise. */
    departments?: { name: string; role: '牵头' | '参与'; perEntity: number }[];
  };
  /** `department`: the inspector's department, in a joint draw only. */
  inspectorPool: { cert: string; name: string; unit: string; conflicts: string[]; department?: string }[];
  selected: string[];
  teams: Record<string, string[]>;
  replacements: { n: number; entity: string; slot: number; old: string; new: string; candidates: string[]; reason: string; at: string }[];
  record: { canonical: string; hash: string; prevHash: string; auditEntryHash: string | null };
}

export function drawPackage(db: Db, drawId: number): DrawPackage {
  const row = drawRow(db, drawId);
  const content = storedContent(db, row);
  const params = content.params;
  const names = new Map(
    (db.prepare('SELECT cert_no, name FROM inspectors').all() as { cert_no: string; name: string }[]).map((i) => [i.cert_no, i.name]),
  );
  const replacements = frozenReplacements(db, drawId);
  // Ceremonies up to this draw: those of a later redraw belong to that draw's package.
  const ceremonies = listCeremonies(db, row.task_id)
    .filter((c) => c.startedAt <= row.drawn_at)
    .map((c) => ({
      commitment: c.commitment,
      startedAt: c.startedAt,
      operator: c.operator,
      witness: c.witness,
      outcome: c.outcome,
      endedAt: c.endedAt,
      endReason: c.endReason,
      ...(c.outcome === 'abandoned' ? { secret: c.secret! } : {}),
    }));
  const auditEntryHash = db
    .prepare("SELECT hash FROM audit_log WHERE action = '抽取' AND json_extract(details, '$.drawHash') = ? ORDER BY id LIMIT 1")
    .pluck()
    .get(row.hash) as string | undefined;
  return {
    format: 'SSJ-VERIFY-1',
    algorithm: row.algorithm,
    draw: {
      id: row.id,
      taskCode: params.task.code,
      taskName: params.task.name,
      drawnAt: row.drawn_at,
      operator: row.operator,
      witness: row.witness,
      voided: row.voided_at === null ? null : { at: row.voided_at, reason: row.void_reason ?? '' },
    },
    seed: row.seed,
    seedParts: content.seedParts ?? { mode: 'plain' },
    ceremonies,
    entityPool: { size: row.pool_size, fingerprint: row.pool_hash, lines: parsePool(row.entity_pool).map((p) => [p.code, p.group]) },
    quotas: params.quotas.map((q) => ({ group: q.group, ratio: q.ratio ?? null, count: q.count })),
    team: {
      perEntity: params.perEntity,
      withLeader: params.withLeader,
      sameAreaRecusal: params.sameAreaRecusal,
      areas: params.areas,
      ...(params.departments
        ? { departments: params.departments.map((d) => ({ name: d.name, role: d.role, perEntity: d.perEntity })) }
        : {}),
    },
    inspectorPool: content.inspectorPool.map((i) => ({
      cert: i.cert,
      name: names.get(i.cert) ?? '',
      unit: i.unit,
      conflicts: i.conflicts,
      ...(i.department === undefined ? {} : { department: i.department }),
    })),
    selected: content.selected,
    teams: content.teams,
    replacements,
    record: { canonical: drawCanonicalText(content), hash: row.hash, prevHash: row.prev_hash, auditEntryHash: auditEntryHash ?? null },
  };
}

/** `draw export DRAW --out FILE.json` and 导出核验包: the package as UTF-8 JSON, written atomically. */
export async function exportDrawPackage(db: Db, drawId: number, outPath: string) {
  const pkg = drawPackage(db, drawId);
  await writeFileAtomic(outPath, new TextEncoder().encode(`${JSON.stringify(pkg, null, 2)}\n`));
  return { path: outPath, count: pkg.selected.length, hash: pkg.record.hash };
}
