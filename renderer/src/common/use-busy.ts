import { useSyncExternalStore } from 'react';
import { isBusy, onBusyChange } from '../api/busy.ts';

/** True while any contract call is under way. */
export function useBusy(): boolean {
  return useSyncExternalStore(onBusyChange, isBusy);
}
