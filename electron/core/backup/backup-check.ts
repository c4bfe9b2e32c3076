import Database from 'better-sqlite3';
import { verifyAuditChain } from '../audit/audit-log.ts';
import { identifyDatabase } from '../db/app-identity.ts';
import { loadMigrations } from '../db/migrate.ts';
import { verifyAllDraws } from '../draw/draw-verify.ts';
import { AppError } from '../errors.ts';

/** A backup refused for a reason the clerk is told in full: damaged, foreign, too new, a broken chain. */
export class BackupRefused extends AppError {}

/** What a sound backup holds that a restore must weigh: its draws, by their place in the chain. */
export interface BackupSnapshot {
  version: number;
  drawHashes: Set<string>;
}

/**
 * Checks that a file is a sound backup of this program's data, through a read-only connection:
 * SQLite's integrity check, this program's mark (or, from before the mark, its tables), a schema
 * version this program knows, and both hash chains, the audit log and the draw records, exactly
 * as `audit verify` walks them. Any failure is a BackupRefused naming `shownAs` (the file the
 * clerk chose, when `file` is a working copy of it); nothing is written to the file.
 */
export function checkBackupFile(file: string, shownAs = file): BackupSnapshot {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new BackupRefused(`无法打开备份文件：${shownAs}。`, { cause: String(err) });
  }
  try {
    return checkOpenBackup(db, shownAs);
  } catch (err) {
    if (err instanceof BackupRefused) throw err;
    // Whatever SQLite or a chain check tripped over in a damaged page: a refusal, never 意外问题.
    throw new BackupRefused(`备份文件已损坏，其中的数据无法读取，不能用于恢复：${shownAs}`, { cause: String(err) });
  } finally {
    db.close();
  }
}

function checkOpenBackup(db: Database.Database, shownAs: string): BackupSnapshot {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    throw new BackupRefused(`备份文件已损坏（完整性检查未通过），不能用于恢复：${shownAs}`, { cause: integrity.slice(0, 5).join('; ') });
  }
  const migrations = loadMigrations();
  const version = db.pragma('user_version', { simple: true }) as number;
  const identity = identifyDatabase(db, migrations);
  if (identity === 'ours' && version > migrations.length) {
    throw new BackupRefused(`该备份由更新版本的程序创建（数据版本 ${version}，本程序支持到 ${migrations.length}），请先升级程序再恢复。`);
  }
  if (identity === 'foreign' || identity === 'empty' || version === 0) {
    throw new BackupRefused(`该文件不是本程序的数据备份，不能用于恢复：${shownAs}`, {
      cause: `identity ${identity}, user_version ${version}`,
    });
  }
  assertChainsIntact(db, shownAs);
  const drawHashes = hasTable(db, 'draws') ? (db.prepare('SELECT hash FROM draws').pluck().all() as string[]) : [];
  return { version, drawHashes: new Set(drawHashes) };
}

/**
 * The audit log and every draw record re-verified: a backup edited behind the program's back (or
 * with a damaged record) would otherwise become the desk's history.
 */
export function assertChainsIntact(db: Database.Database, shownAs: string): void {
  if (hasTable(db, 'audit_log')) {
    const audit = verifyAuditChain(db);
    if (!audit.ok)
      throw new BackupRefused(`备份文件中的审计日志哈希链不完整（${audit.problems[0]}），不能用于恢复：${shownAs}`, {
        cause: audit.problems.join('; '),
      });
  }
  if (!hasTable(db, 'draws')) return;
  for (const draw of verifyAllDraws(db)) {
    const failed = draw.checks.find((c) => !c.ok);
    if (failed) {
      throw new BackupRefused(
        `备份文件中的抽取记录 #${draw.drawId} 未通过复核（${failed.label}：${failed.detail}），不能用于恢复：${shownAs}`,
        {
          cause: `draw ${draw.drawId} fails ${failed.label}`,
        },
      );
    }
  }
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
