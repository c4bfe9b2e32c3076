import type { Db } from '../db/connection.ts';
import { verifyAllDraws, type DrawVerification } from '../draw/draw-verify.ts';
import { verifyAuditChain, type ChainCheck } from './audit-log.ts';
import { verifyPublications } from '../publication/publication-verify.ts';

/** Where a hash copied from paper was found in today's chains (ALGORITHM.md §7). */
export interface AnchorCheck {
  hash: string;
  ok: boolean;
  /** In Chinese: which entry or draw it is, or why it is not there. */
  detail: string;
}

export interface HistoryCheck {
  ok: boolean;
  audit: ChainCheck;
  /** Both ways: every audit entry naming a draw, 递补, void, ceremony or publication finds it, unchanged. */
  links: ChainCheck;
  draws: DrawVerification[];
  anchor?: AnchorCheck;
}

export interface ChainHead {
  id: number;
  at: string;
  action: string;
  hash: string;
}

/** The newest audit entry: the head a bureau copies into its 台账 (设置, `audit head`). */
export function auditHead(db: Db): ChainHead | null {
  return (db.prepare('SELECT id, at, action, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as ChainHead | undefined) ?? null;
}

/**
 * The audit log's chain and every draw record recomputed, their links checked both ways, and, given
 * a hash from a printed record, that today's chains still contain it: a rewrite made after the
 * anchor changes every later hash, and cutting away the tail removes the anchor itself.
 */
export function verifyHistory(db: Db, anchor?: string): HistoryCheck {
  const audit = verifyAuditChain(db);
  const drawLinks = verifyLinks(db);
  // Publications are linked to the chain the same way: the entry holds the content's hash.
  const publications = verifyPublications(db);
  const problems = [...drawLinks.problems, ...publications.problems];
  const links = { ok: problems.length === 0, checked: drawLinks.checked + publications.checked, problems };
  const draws = verifyAllDraws(db);
  // As copied from paper: groups separated by spaces, perhaps typed with full-width characters.
  const typed = anchor?.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const anchorCheck = typed === undefined ? undefined : checkAnchor(db, typed);
  const ok = audit.ok && links.ok && draws.every((d) => d.ok) && (anchorCheck?.ok ?? true);
  return { ok, audit, links, draws, ...(anchorCheck ? { anchor: anchorCheck } : {}) };
}

function checkAnchor(db: Db, hash: string): AnchorCheck {
  if (!/^[0-9a-f]{64}$/.test(hash)) return { hash, ok: false, detail: '锚定值应为 64 位十六进制数字（抽取记录上印的哈希值）' };
  const entry = db.prepare('SELECT id, at, action FROM audit_log WHERE hash = ?').get(hash) as
    { id: number; at: string; action: string } | undefined;
  if (entry) return { hash, ok: true, detail: `是审计日志第 ${entry.id} 条（${entry.action}，${entry.at}）：此前的历史未被改写或截去` };
  const draw = db.prepare('SELECT id, drawn_at FROM draws WHERE hash = ?').get(hash) as { id: number; drawn_at: string } | undefined;
  if (draw) return { hash, ok: true, detail: `是抽取记录 #${draw.id}（${draw.drawn_at}）的记录哈希：此前的抽取记录未被改写或截去` };
  return {
    hash,
    ok: false,
    detail: '今天的审计日志和抽取记录中都没有这个哈希值。请先逐组核对是否抄错；如确实无误，说明它之前的历史被改写，或它之后的记录被截去',
  };
}

interface EntryRow {
  id: number;
  action: string;
  details: string;
}

/** Every entry that names a draw, 递补, void or ceremony finds it; every void has its entry. */
function verifyLinks(db: Db): ChainCheck {
  const problems: string[] = [];
  const entries = db
    .prepare("SELECT id, action, details FROM audit_log WHERE action IN ('抽取', '递补', '作废抽取', '开始抽取', '放弃抽取') ORDER BY id")
    .all() as EntryRow[];
  const drawByHash = db.prepare('SELECT id FROM draws WHERE hash = ?').pluck();
  const draw = db.prepare('SELECT id, voided_at, void_reason, hash FROM draws WHERE id = ?');
  const nthReplacement = db.prepare('SELECT id FROM draw_replacements WHERE draw_id = ? ORDER BY id LIMIT 1 OFFSET ?').pluck();
  const ceremony = db.prepare('SELECT outcome, secret FROM draw_ceremonies WHERE id = ? AND commitment = ?');
  for (const e of entries) {
    const d = JSON.parse(e.details) as Record<string, unknown>;
    const at = `审计日志第 ${e.id} 条（${e.action}）`;
    if (e.action === '抽取' && drawByHash.get(d.drawHash) === undefined)
      problems.push(`${at}记载的抽取记录 #${String(d.drawId)} 不存在或已被修改`);
    if (e.action === '递补' && nthReplacement.get(d.drawId, Number(d.n) - 1) === undefined)
      problems.push(`${at}记载的抽取记录 #${String(d.drawId)} 第 ${String(d.n)} 次递补不存在`);
    if (e.action === '作废抽取') {
      const row = draw.get(d.drawId) as { voided_at: string | null; void_reason: string | null; hash: string } | undefined;
      if (!row || row.voided_at === null || row.void_reason !== d.reason || row.hash !== d.drawHash)
        problems.push(`${at}记载的作废与抽取记录 #${String(d.drawId)} 不符`);
    }
    if (e.action === '开始抽取' || e.action === '放弃抽取') {
      const row = ceremony.get(d.ceremonyId, d.commitment) as { outcome: string; secret: string } | undefined;
      if (!row) problems.push(`${at}记载的开始抽取（承诺值 ${String(d.commitment).slice(0, 16)}…）不存在或已被修改`);
      else if (e.action === '放弃抽取' && (row.outcome !== 'abandoned' || row.secret !== d.secret))
        problems.push(`${at}记载的放弃与开始抽取记录不符`);
    }
  }
  const voided = db.prepare('SELECT id FROM draws WHERE voided_at IS NOT NULL').pluck().all() as number[];
  const voidEntries = new Set(
    entries.filter((e) => e.action === '作废抽取').map((e) => (JSON.parse(e.details) as { drawId: number }).drawId),
  );
  for (const id of voided) if (!voidEntries.has(id)) problems.push(`抽取记录 #${id} 已作废，但审计日志中没有作废记录`);
  const ceremonies = db.prepare('SELECT id FROM draw_ceremonies').pluck().all() as number[];
  const started = new Set(
    entries.filter((e) => e.action === '开始抽取').map((e) => (JSON.parse(e.details) as { ceremonyId: number }).ceremonyId),
  );
  for (const id of ceremonies) if (!started.has(id)) problems.push(`第 ${id} 次开始抽取在审计日志中没有记录`);
  return { ok: problems.length === 0, checked: entries.length, problems };
}
