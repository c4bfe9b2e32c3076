import { createHash, randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { checkPeople, type DrawPeople } from './draw-people.ts';
import { getTask } from '../tasks/task-service.ts';
import { poolFingerprint } from './draw-algorithm.ts';
import { buildEntityPool } from './entity-pool.ts';
import { buildInspectorPool } from './inspector-pool.ts';

/** One 开始抽取 of a task (ALGORITHM.md §2), as the draw's record and its package list it. */
export interface Ceremony {
  id: number;
  taskId: number;
  /** SHA-256 of the secret, shown before the 监督人 types anything. */
  commitment: string;
  poolHash: string;
  poolSize: number;
  operator: string;
  /** The 监督人 who saw the commitment, and so the one who types the digits. */
  witness: string;
  startedAt: string;
  outcome: 'open' | 'drawn' | 'abandoned';
  endedAt: string | null;
  /** Why an abandoned start was given up (the clerk's words, or 重新开始抽取). */
  endReason: string | null;
  drawId: number | null;
  /** The secret r: revealed once the ceremony has ended (drawn or abandoned), null while open. */
  secret: string | null;
}

interface CeremonyRow {
  id: number;
  task_id: number;
  commitment: string;
  secret: string;
  pool_hash: string;
  pool_size: number;
  operator: string;
  witness: string;
  started_at: string;
  outcome: Ceremony['outcome'];
  ended_at: string | null;
  end_reason: string | null;
  draw_id: number | null;
}

function toCeremony(r: CeremonyRow): Ceremony {
  return {
    id: r.id,
    taskId: r.task_id,
    commitment: r.commitment,
    poolHash: r.pool_hash,
    poolSize: r.pool_size,
    operator: r.operator,
    witness: r.witness,
    startedAt: r.started_at,
    outcome: r.outcome,
    endedAt: r.ended_at,
    endReason: r.end_reason,
    drawId: r.draw_id,
    secret: r.outcome === 'open' ? null : r.secret,
  };
}

export function listCeremonies(db: Db, taskId: number): Ceremony[] {
  return (db.prepare('SELECT * FROM draw_ceremonies WHERE task_id = ? ORDER BY id').all(taskId) as CeremonyRow[]).map(toCeremony);
}

/** The open ceremony's row, secret included: only the draw itself reads it. */
export function openCeremonyRow(db: Db, taskId: number): CeremonyRow | undefined {
  return db.prepare("SELECT * FROM draw_ceremonies WHERE task_id = ? AND outcome = 'open'").get(taskId) as CeremonyRow | undefined;
}

/**
 * 开始抽取: fixes 32 secret bytes r and the pool of this moment, and records the commitment
 * SHA-256(r) with an audit entry before anyone types a digit. A ceremony still open for the task
 * is abandoned first (its secret then shows on the record), so every start leaves a trace.
 */
export function startCeremony(
  db: Db,
  taskId: number,
  people: DrawPeople,
  now = new Date(),
  secret = randomBytes(32).toString('hex'),
): Ceremony {
  const { operator: who, witness } = checkPeople(people);
  return db.transaction(() => {
    const task = getTask(db, taskId);
    if (task.liveDrawId !== null)
      throw new AppError(`任务 ${task.code} 已有有效的抽取结果（抽取记录 #${task.liveDrawId}），不能再次抽取。`);
    const pool = buildEntityPool(db, task, now);
    if (pool.quotas.every((q) => q.count === 0))
      throw new AppError(`按任务 ${task.code} 的条件，可抽取的检查对象为 0 个，不能开始抽取。请检查名录和筛选条件。`);
    // A joint department that cannot send its share would fail the draw only after the 监督人 typed
    // his digits; say so before a commitment is shown.
    const short = buildInspectorPool(db, task, now).departments?.find((d) => d.candidates.length < d.department.perEntity);
    if (short)
      throw new AppError(
        `${short.department.name}可派的执法人员不足：符合条件的只有 ${short.candidates.length} 名，每户需要 ${short.department.perEntity} 名，不能开始抽取。请补充该部门的执法人员或调整任务。`,
      );
    abandonOpen(db, taskId, who, '重新开始抽取', now);
    const commitment = createHash('sha256').update(Buffer.from(secret, 'hex')).digest('hex');
    const poolHash = poolFingerprint(pool.entries);
    const id = Number(
      db
        .prepare(
          'INSERT INTO draw_ceremonies (task_id, commitment, secret, pool_hash, pool_size, operator, witness, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(taskId, commitment, secret, poolHash, pool.entries.length, who, witness, now.toISOString()).lastInsertRowid,
    );
    appendAudit(db, {
      actor: who,
      action: '开始抽取',
      subject: `任务 ${task.code}`,
      details: { taskId, ceremonyId: id, commitment, poolHash, poolSize: pool.entries.length, witness },
    });
    return toCeremony(db.prepare('SELECT * FROM draw_ceremonies WHERE id = ?').get(id) as CeremonyRow);
  })();
}

/** 放弃: ends the task's open ceremony without a draw; its secret is revealed in the audit entry. */
export function abandonCeremony(db: Db, taskId: number, operator: string, reason: string, now = new Date()): Ceremony | null {
  return db.transaction(() => {
    const id = abandonOpen(db, taskId, operator.trim(), reason.trim() || '放弃抽取', now);
    return id === null ? null : toCeremony(db.prepare('SELECT * FROM draw_ceremonies WHERE id = ?').get(id) as CeremonyRow);
  })();
}

function abandonOpen(db: Db, taskId: number, operator: string, reason: string, now: Date): number | null {
  const open = openCeremonyRow(db, taskId);
  if (!open) return null;
  db.prepare("UPDATE draw_ceremonies SET outcome = 'abandoned', ended_at = ?, end_reason = ? WHERE id = ?").run(
    now.toISOString(),
    reason,
    open.id,
  );
  appendAudit(db, {
    actor: operator,
    action: '放弃抽取',
    subject: `任务 ${getTask(db, taskId).code}`,
    details: { taskId, ceremonyId: open.id, commitment: open.commitment, secret: open.secret, reason },
  });
  return open.id;
}

/** Marks the ceremony a draw completed; called inside the draw's transaction. */
export function closeCeremony(db: Db, ceremonyId: number, drawId: number, now: Date): void {
  db.prepare("UPDATE draw_ceremonies SET outcome = 'drawn', ended_at = ?, draw_id = ? WHERE id = ?").run(
    now.toISOString(),
    drawId,
    ceremonyId,
  );
}

/**
 * The 监督人's digits as stored (ALGORITHM.md §2): full-width digits read as ASCII, white space
 * dropped, anything else refused; at least 6 digits, so nobody can claim a short guessable number.
 */
export function witnessDigits(typed: string): string {
  const digits = typed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  if (!/^\d*$/.test(digits)) throw fieldError({ witnessDigits: '监督人随机数只能由数字组成（可用骰子掷出或任意写下）' });
  if (digits.length < 6) throw fieldError({ witnessDigits: `监督人随机数至少 6 位数字，现在是 ${digits.length} 位` });
  if (digits.length > 100) throw fieldError({ witnessDigits: '监督人随机数不能超过 100 位' });
  return digits;
}

/** The public value as stored: white space at both ends removed (ALGORITHM.md §2). */
export function publicValue(typed: string | undefined): string {
  const value = (typed ?? '').replace(/^\s+|\s+$/g, '');
  if (value.length > 200) throw fieldError({ publicValue: '公开随机值不能超过 200 个字' });
  return value;
}
