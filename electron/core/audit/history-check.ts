import type { Db } from '../db/connection.ts';
import { verifyAllDraws, type DrawVerification } from '../draw/draw-verify.ts';
import { verifyAuditChain, type ChainCheck } from './audit-log.ts';

export interface HistoryCheck {
  ok: boolean;
  audit: ChainCheck;
  draws: DrawVerification[];
}

/** The audit log's chain and every draw record, recomputed: history holds only if both do. */
export function verifyHistory(db: Db): HistoryCheck {
  const audit = verifyAuditChain(db);
  const draws = verifyAllDraws(db);
  return { ok: audit.ok && draws.every((d) => d.ok), audit, draws };
}
