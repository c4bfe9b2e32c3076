import type { Db } from '../db/connection.ts';
import { chainHash, GENESIS_HASH } from '../draw/canonical.ts';

/** One line of the append-only audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/** What a link's hash covers: everything but the hashes themselves. */
function linkRecord(r: { at: string; actor: string; action: string; subject: string; details: string }) {
  return { at: r.at, actor: r.actor, action: r.action, subject: r.subject, details: r.details };
}

/**
 * Appends an entry whose hash covers the previous entry's hash, so removing or editing any
 * entry breaks every later link. Call inside the transaction of the change it records.
 */
export function appendAudit(
  db: Db,
  entry: { actor?: string; action: string; subject?: string; details?: Record<string, unknown> },
): string {
  const prev = (db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? GENESIS_HASH;
  const row = {
    at: new Date().toISOString(),
    actor: entry.actor ?? '',
    action: entry.action,
    subject: entry.subject ?? '',
    details: JSON.stringify(entry.details ?? {}),
  };
  const hash = chainHash(prev, linkRecord(row));
  db.prepare(
    'INSERT INTO audit_log (at, actor, action, subject, details, prev_hash, hash) VALUES (@at, @actor, @action, @subject, @details, @prev, @hash)',
  ).run({ ...row, prev, hash });
  return hash;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** Where the chain breaks, in Chinese, naming the entry. */
  problems: string[];
}

/** Walks the whole log from the first entry, recomputing every link. */
export function verifyAuditChain(db: Db): ChainCheck {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
  const problems: string[] = [];
  let prev = GENESIS_HASH;
  let expectedId = rows[0]?.id ?? 1;
  for (const row of rows) {
    if (row.id !== expectedId) problems.push(`审计日志第 ${expectedId} 条至第 ${row.id - 1} 条缺失（被删除）`);
    if (row.prev_hash !== prev) problems.push(`审计日志第 ${row.id} 条（${row.action}）与前一条不衔接：前一条被修改或删除`);
    if (chainHash(row.prev_hash, linkRecord(row)) !== row.hash)
      problems.push(`审计日志第 ${row.id} 条（${row.action}，${row.at}）内容被修改`);
    prev = row.hash;
    expectedId = row.id + 1;
  }
  return { ok: problems.length === 0, checked: rows.length, problems };
}

export function listAudit(db: Db, limit = 200): AuditEntry[] {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
