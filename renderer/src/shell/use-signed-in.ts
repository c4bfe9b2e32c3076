import { useEffect, useSyncExternalStore } from 'react';
import type { SignedIn, Staff } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';

/**
 * Who works at this PC, shared by the app bar, the start dialog, 设置 and 检查结果: one store, so
 * switching the person in one place changes every screen at once.
 */
let current: SignedIn | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: SignedIn): void {
  current = next;
  for (const l of listeners) l();
}

/** Reads who is signed in (again): after a restore, or when the staff list changed. */
export function reloadSignedIn(): Promise<void> {
  loading = api.run('staff:current', {}).then(publish, () => {});
  return loading;
}

export async function signInAs(name: string): Promise<SignedIn> {
  const next = await api.run('staff:signIn', { name });
  publish(next);
  return next;
}

export async function signOutHere(): Promise<void> {
  publish(await api.run('staff:signOut', {}));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This PC's signed-in person (null until read, and person null when nobody is). */
export function useSignedIn(): SignedIn | null {
  const value = useSyncExternalStore(subscribe, () => current);
  useEffect(() => {
    if (!loading) void reloadSignedIn();
  }, []);
  return value;
}

/** The person signed in here, or null: who the screens name as 录入员 or 审核员. */
export function useSignedInPerson(): Staff | null {
  return useSignedIn()?.person ?? null;
}
