/** Counts the calls under way, so the shell can show one progress bar for all of them. */
let pending = 0;
const listeners = new Set<() => void>();

function changed(delta: number): void {
  pending += delta;
  for (const listener of listeners) listener();
}

export async function whileBusy<T>(work: () => Promise<T>): Promise<T> {
  changed(1);
  try {
    return await work();
  } finally {
    changed(-1);
  }
}

export function isBusy(): boolean {
  return pending > 0;
}

export function onBusyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
