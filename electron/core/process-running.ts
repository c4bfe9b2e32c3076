/**
 * Whether a process on this PC still runs: how leftovers of a killed run (a job lock, a partial
 * backup, a staging folder) are told from work still in progress.
 */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user; it runs all the same.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
