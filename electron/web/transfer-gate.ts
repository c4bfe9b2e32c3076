import type { PathRole } from '../api/calls/shared.ts';
import { isProgramBackup, type PathGate } from '../api/path-gate.ts';
import type { TransferFolder, TransferKind } from './transfer-files.ts';

const KIND: Record<PathRole, TransferKind> = { inFile: 'file', backupFile: 'file', outFile: 'newFile', outDir: 'dir' };

/**
 * The preview's gate for one call: a path is admitted only inside a transfer (an upload or a
 * reserved export) of the right kind, and restore may also name the program's own backups. What
 * it admits stays in use until `release`, after the call: the idle time starts only then.
 */
export function transferGate(transfers: TransferFolder, dbPath: () => string): { gate: PathGate; release: () => void } {
  const held: (() => void)[] = [];
  const gate: PathGate = (file, role) => {
    if (role === 'backupFile' && isProgramBackup(dbPath(), file)) return true;
    const release = transfers.hold(file, KIND[role]);
    if (release) held.push(release);
    return release !== null;
  };
  return { gate, release: () => held.splice(0).forEach((r) => r()) };
}
