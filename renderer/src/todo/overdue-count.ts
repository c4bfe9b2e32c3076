import { useEffect, useSyncExternalStore } from 'react';
import type { OverdueSummary } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';

/**
 * The overdue summary shared by the navigation's red count and the 待办 screen: one store, read
 * again on every change of area, when the window comes back into focus, after a 待办 action, and
 * every ten minutes (a deadline passes at midnight with nobody clicking).
 */
let current: OverdueSummary | null = null;
const listeners = new Set<() => void>();

export function refreshOverdue(): void {
  api.call('deadlines:overdue', {}).then((answer) => {
    if (!answer.ok) return; // the count is a hint: a failed read keeps the last one
    current = answer.data;
    for (const l of listeners) l();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const REFRESH_MS = 10 * 60 * 1000;

/** The summary, refreshed whenever `area` changes (navigation) and on focus. */
export function useOverdue(area: string): OverdueSummary | null {
  const value = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    refreshOverdue();
  }, [area]);
  useEffect(() => {
    const timer = window.setInterval(refreshOverdue, REFRESH_MS);
    window.addEventListener('focus', refreshOverdue);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refreshOverdue);
    };
  }, []);
  return value;
}
