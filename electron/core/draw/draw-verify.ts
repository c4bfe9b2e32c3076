import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { GENESIS_HASH } from './canonical.ts';
import {
  assignTeams,
  leastLoadedPick,
  poolFingerprint,
  ratioCount,
  selectEntities,
  TeamShortfall,
  type GroupQuota,
  type PoolEntry,
} from './draw-algorithm.ts';
import { drawHash, parsePool, witnessedSeed, type DrawContent } from './draw-content.ts';
import { drawRow, frozenReplacements, storedContent, type FrozenReplacement } from './draw-read.ts';
import { assignJointTeams, departmentOfSlot, type DrawDepartment } from './joint-teams.ts';
import { DrawRng } from './rng.ts';

export interface VerifyCheck {
  label: string;
  ok: boolean;
  detail: string;
}

export interface DrawVerification {
  drawId: number;
  ok: boolean;
  checks: VerifyCheck[];
}

/**
 * 复核: re-runs a draw from its stored seed and frozen pools and compares everything with what
 * was recorded: the pool's fingerprint, the selection, the teams, every 递补, and the draw's
 * place in the hash chain. Any edit made behind the program's back shows here, by name.
 */
export function verifyDraw(db: Db, drawId: number): DrawVerification {
  const row = drawRow(db, drawId);
  const content = storedContent(db, row);
  const pool = parsePool(row.entity_pool);
  const checks: VerifyCheck[] = [];
  const check = (label: string, ok: boolean, detail: string) => checks.push({ label, ok, detail });

  const fingerprint = poolFingerprint(pool);
  check(
    '候选名单指纹',
    fingerprint === row.pool_hash && pool.length === row.pool_size,
    fingerprint === row.pool_hash
      ? `SHA-256 ${fingerprint}，${pool.length} 个`
      : `记录的指纹 ${row.pool_hash}，按冻结名单重算为 ${fingerprint}：名单被修改`,
  );
  checks.push(quotaCheck(pool, content.params.quotas));
  checks.push(seedCheck(db, row.id, row.seed, row.pool_hash, content.seedParts));
  const selected = selectEntities(row.seed, pool, content.params.quotas);
  const sameSelection = JSON.stringify(selected) === JSON.stringify(content.selected);
  check(
    '抽中的检查对象',
    sameSelection,
    sameSelection
      ? `按种子重算 ${selected.length} 个，与记录一致`
      : `按种子重算的结果与记录不一致（第 ${firstDifference(selected, content.selected)} 个起）`,
  );
  const departments = content.params.departments ?? null;
  if (departments) checks.push(departmentCheck(content));
  let teamsOk = false;
  let teamDetail = '';
  try {
    const teams = departments
      ? assignJointTeams(row.seed, content.selected, content.inspectorPool, content.params, departments)
      : assignTeams(row.seed, content.selected, content.inspectorPool, content.params);
    teamsOk = JSON.stringify(teams) === JSON.stringify(content.teams);
    teamDetail = teamsOk ? '按种子重算的检查组与记录一致' : '按种子重算的检查组与记录不一致：人员分配被修改';
  } catch (err) {
    teamDetail =
      err instanceof TeamShortfall ? `记录的${err.department ?? ''}候选执法人员不足以组成检查组（${err.code}）：记录被修改` : String(err);
  }
  check('检查组', teamsOk, teamDetail);
  checks.push(...verifyReplacements(db, row.id, row.seed, content.teams, departments, content.inspectorPool));
  const prev =
    (db.prepare('SELECT hash FROM draws WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(row.id) as string | undefined) ?? GENESIS_HASH;
  check('哈希链', row.prev_hash === prev, row.prev_hash === prev ? '与上一条抽取记录衔接' : '与上一条抽取记录不衔接：有记录被删除或修改');
  const recomputed = drawHash(row.prev_hash, content);
  check(
    '记录完整性',
    recomputed === row.hash,
    recomputed === row.hash ? `记录哈希 ${row.hash}` : `记录内容（操作人、监督人、时间、结果等）与其哈希不符：记录被修改`,
  );
  const audited = db
    .prepare("SELECT count(*) FROM audit_log WHERE action = '抽取' AND json_extract(details, '$.drawHash') = ?")
    .pluck()
    .get(row.hash) as number;
  check('审计日志', audited === 1, audited === 1 ? '审计日志中有本次抽取的记录' : '审计日志中找不到本次抽取：日志或记录被修改');
  return { drawId, ok: checks.every((c) => c.ok), checks };
}

/** §1: each quota's count follows from its group's size and ratio (exactly), or is at most the group. */
function quotaCheck(pool: readonly PoolEntry[], quotas: readonly GroupQuota[]): VerifyCheck {
  const wrong = quotas.filter((q) => {
    const n = pool.filter((p) => p.group === q.group).length;
    return typeof q.ratio === 'string' ? ratioCount(n, q.ratio) !== q.count : q.count > n || (n > 0 && q.count < 1);
  });
  return wrong.length === 0
    ? {
        label: '抽取数量',
        ok: true,
        detail: quotas.map((q) => `${q.group || '全部'} ${q.count} 个${q.ratio ? `（${q.ratio}%）` : ''}`).join('，'),
      }
    : { label: '抽取数量', ok: false, detail: `${wrong.map((q) => q.group || '全部').join('、')} 的抽取数量与名单和比例不符：记录被修改` };
}

/** §2: the commitment opens to the secret, and the seed is the hash of its parts and the pool. */
function seedCheck(db: Db, drawId: number, seed: string, poolHash: string, parts: DrawContent['seedParts']): VerifyCheck {
  const label = '种子来源';
  if (!parts) return { label, ok: true, detail: '一键抽取：种子由电脑随机产生，未经监督人见证随机数' };
  const opens = createHash('sha256').update(Buffer.from(parts.secret, 'hex')).digest('hex') === parts.commitment;
  const derived = witnessedSeed(parts.secret, parts.witnessDigits, parts.publicValue, parts.poolHash) === seed;
  const ceremony = db
    .prepare("SELECT count(*) FROM draw_ceremonies WHERE commitment = ? AND draw_id = ? AND outcome = 'drawn'")
    .pluck()
    .get(parts.commitment, drawId) as number;
  if (!opens) return { label, ok: false, detail: '承诺值与秘密随机数不符：记录被修改' };
  if (!derived || parts.poolHash !== poolHash)
    return { label, ok: false, detail: '种子与其组成部分（秘密随机数、监督人随机数、公开随机值、候选名单指纹）不符：记录被修改' };
  if (ceremony !== 1) return { label, ok: false, detail: '找不到这次抽取的开始记录（承诺值）：记录被修改' };
  return {
    label,
    ok: true,
    detail: `监督人见证：承诺值 ${parts.commitment.slice(0, 16)}…，监督人随机数 ${parts.witnessDigits}${parts.publicValue ? `，公开随机值 ${parts.publicValue}` : ''}`,
  };
}

/**
 * §5a: a joint draw's departments are named once each, their shares add up to the team, and every
 * frozen inspector belongs to one of them. Without this a record could move an inspector between
 * departments and still re-run consistently.
 */
function departmentCheck(content: DrawContent): VerifyCheck {
  const departments = content.params.departments!;
  const names = departments.map((d) => d.name);
  const sum = departments.reduce((total, d) => total + d.perEntity, 0);
  const stray = content.inspectorPool.filter((i) => i.department === undefined || !names.includes(i.department));
  const problems = [
    new Set(names).size !== names.length ? '部门重复' : '',
    departments.some((d, i) => d.role !== (i === 0 ? '牵头' : '参与')) ? '牵头部门应列在第一位且只有一个' : '',
    sum !== content.params.perEntity ? `各部门每户人数之和 ${sum} 与每户人数 ${content.params.perEntity} 不符` : '',
    stray.length > 0 ? `执法人员 ${stray.map((i) => i.cert).join('、')} 不属于参加的部门` : '',
  ].filter(Boolean);
  return problems.length === 0
    ? { label: '联合抽查部门', ok: true, detail: departments.map((d) => `${d.name}（${d.role}）每户 ${d.perEntity} 名`).join('，') }
    : { label: '联合抽查部门', ok: false, detail: `${problems.join('；')}：记录被修改` };
}

function firstDifference(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  return 0;
}

function verifyReplacements(
  db: Db,
  drawId: number,
  seed: string,
  original: Record<string, string[]>,
  departments: readonly DrawDepartment[] | null,
  pool: readonly { cert: string; department?: string }[],
): VerifyCheck[] {
  const teams = structuredClone(original);
  const departmentOf = new Map(pool.map((i) => [i.cert, i.department]));
  return frozenReplacements(db, drawId).map((r) => {
    // A joint slot is refilled from its own department only; candidates outside the frozen pool
    // (eligible on the day of the 递补) cannot be placed from the package, as §8 says.
    const slotDepartment = departments ? departmentOfSlot(departments, r.slot)?.name : undefined;
    const foreign = departments
      ? [r.new, ...r.candidates].filter((c) => departmentOf.has(c) && departmentOf.get(c) !== slotDepartment)
      : [];
    const load = new Map<string, number>();
    for (const team of Object.values(teams)) for (const cert of team) load.set(cert, (load.get(cert) ?? 0) + 1);
    const heldSlot = teams[r.entity]?.[r.slot] === r.old;
    const pick = leastLoadedPick(r.candidates, load, new DrawRng(seed, `replace:${r.n}`));
    teams[r.entity]![r.slot] = r.new;
    const mismatch = auditMismatch(db, drawId, r);
    const ok = heldSlot && pick === r.new && mismatch === null && foreign.length === 0;
    const detail = !heldSlot
      ? `记录的被递补人员 ${r.old} 当时并不在第 ${r.slot + 1} 位：递补记录被修改`
      : foreign.length > 0
        ? `第 ${r.slot + 1} 位属于${slotDepartment ?? '（无）'}，候选人员 ${foreign.join('、')} 属于其他部门：递补记录被修改`
        : pick !== r.new
          ? `按种子应为 ${pick}，记录为 ${r.new}：递补记录被修改`
          : (mismatch ?? `按种子重算为 ${pick}，与记录和审计日志一致`);
    return { label: `第 ${r.n} 次递补`, ok, detail };
  });
}

/** The n-th 递补's audit entry must hold the row's every field it names (older entries name fewer). */
function auditMismatch(db: Db, drawId: number, r: FrozenReplacement): string | null {
  const entries = db
    .prepare(
      "SELECT details FROM audit_log WHERE action = '递补' AND json_extract(details, '$.drawId') = ? AND json_extract(details, '$.n') = ?",
    )
    .pluck()
    .all(drawId, r.n) as string[];
  if (entries.length !== 1) return '审计日志中找不到这次递补（或不止一条）：记录或日志被修改';
  const d = JSON.parse(entries[0]!) as Record<string, unknown>;
  const expected: Record<string, unknown> = {
    entity: r.entity,
    slot: r.slot,
    out: r.old,
    in: r.new,
    reason: r.reason,
    at: r.at,
    candidates: r.candidates,
  };
  const differs = Object.keys(expected).filter((k) => k in d && JSON.stringify(d[k]) !== JSON.stringify(expected[k]));
  return differs.length === 0 ? null : `递补记录与审计日志不符（${differs.join('、')}）：记录或日志被修改`;
}

/** Every draw, in order: what `shuangsuiji audit verify` reports beside the audit chain. */
export function verifyAllDraws(db: Db): DrawVerification[] {
  return (db.prepare('SELECT id FROM draws ORDER BY id').pluck().all() as number[]).map((id) => verifyDraw(db, id));
}
