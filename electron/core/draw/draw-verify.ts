import type { Db } from '../db/connection.ts';
import { GENESIS_HASH } from './canonical.ts';
import { assignTeams, leastLoadedPick, poolFingerprint, selectEntities, TeamShortfall } from './draw-algorithm.ts';
import { drawHash, parsePool } from './draw-content.ts';
import { drawRow, storedContent } from './draw-read.ts';
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
  check('候选名单指纹', fingerprint === row.pool_hash && pool.length === row.pool_size,
    fingerprint === row.pool_hash ? `SHA-256 ${fingerprint}，${pool.length} 个` : `记录的指纹 ${row.pool_hash}，按冻结名单重算为 ${fingerprint}：名单被修改`);
  const selected = selectEntities(row.seed, pool, content.params.quotas);
  const sameSelection = JSON.stringify(selected) === JSON.stringify(content.selected);
  check('抽中的检查对象', sameSelection, sameSelection ? `按种子重算 ${selected.length} 个，与记录一致` : `按种子重算的结果与记录不一致（第 ${firstDifference(selected, content.selected)} 个起）`);
  let teamsOk = false;
  let teamDetail = '';
  try {
    const teams = assignTeams(row.seed, content.selected, content.inspectorPool, content.params);
    teamsOk = JSON.stringify(teams) === JSON.stringify(content.teams);
    teamDetail = teamsOk ? '按种子重算的检查组与记录一致' : '按种子重算的检查组与记录不一致：人员分配被修改';
  } catch (err) {
    teamDetail = err instanceof TeamShortfall ? `记录的候选执法人员不足以组成检查组（${err.code}）：记录被修改` : String(err);
  }
  check('检查组', teamsOk, teamDetail);
  checks.push(...verifyReplacements(db, row.id, row.seed, content.teams));
  const prev = (db.prepare('SELECT hash FROM draws WHERE id < ? ORDER BY id DESC LIMIT 1').pluck().get(row.id) as string | undefined) ?? GENESIS_HASH;
  check('哈希链', row.prev_hash === prev, row.prev_hash === prev ? '与上一条抽取记录衔接' : '与上一条抽取记录不衔接：有记录被删除或修改');
  const recomputed = drawHash(row.prev_hash, content);
  check('记录完整性', recomputed === row.hash, recomputed === row.hash ? `记录哈希 ${row.hash}` : `记录内容（操作人、监督人、时间、结果等）与其哈希不符：记录被修改`);
  const audited = db.prepare("SELECT count(*) FROM audit_log WHERE action = '抽取' AND json_extract(details, '$.drawHash') = ?").pluck().get(row.hash) as number;
  check('审计日志', audited === 1, audited === 1 ? '审计日志中有本次抽取的记录' : '审计日志中找不到本次抽取：日志或记录被修改');
  return { drawId, ok: checks.every((c) => c.ok), checks };
}

function firstDifference(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  return 0;
}

function verifyReplacements(db: Db, drawId: number, seed: string, original: Record<string, string[]>): VerifyCheck[] {
  const rows = db.prepare('SELECT r.*, s.code FROM draw_replacements r JOIN draw_selections s ON s.draw_id = r.draw_id AND s.entity_id = r.entity_id WHERE r.draw_id = ? ORDER BY r.id').all(drawId) as { id: number; code: string; slot: number; new_cert_no: string; candidates: string; reason: string }[];
  const teams = structuredClone(original);
  return rows.map((r, index) => {
    const load = new Map<string, number>();
    for (const team of Object.values(teams)) for (const cert of team) load.set(cert, (load.get(cert) ?? 0) + 1);
    const pick = leastLoadedPick(JSON.parse(r.candidates) as string[], load, new DrawRng(seed, `replace:${index + 1}`));
    teams[r.code]![r.slot] = r.new_cert_no;
    const audited = db
      .prepare("SELECT count(*) FROM audit_log WHERE action = '递补' AND json_extract(details, '$.drawId') = ? AND json_extract(details, '$.n') = ? AND json_extract(details, '$.in') = ? AND json_extract(details, '$.reason') = ?")
      .pluck()
      .get(drawId, index + 1, r.new_cert_no, r.reason) as number;
    const ok = pick === r.new_cert_no && audited === 1;
    const detail = pick !== r.new_cert_no ? `按种子应为 ${pick}，记录为 ${r.new_cert_no}：递补记录被修改` : audited !== 1 ? '递补记录与审计日志不符：记录或日志被修改' : `按种子重算为 ${pick}，与记录和审计日志一致`;
    return { label: `第 ${index + 1} 次递补`, ok, detail };
  });
}

/** Every draw, in order: what `shuangsuiji audit verify` reports beside the audit chain. */
export function verifyAllDraws(db: Db): DrawVerification[] {
  return (db.prepare('SELECT id FROM draws ORDER BY id').pluck().all() as number[]).map((id) => verifyDraw(db, id));
}
