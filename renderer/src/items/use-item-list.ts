import type { ApiCallError } from '../api/api-error.ts';
import { useCall } from '../common/use-call.ts';
import { useDebounced } from '../common/use-debounced.ts';
import type { Item } from './item-types.ts';

export interface ItemList {
  items: Item[];
  loading: boolean;
  error: ApiCallError | null;
  reload: () => void;
}

const NONE: Item[] = [];

/** The item list as the core answers `items:list` (one 实施部门's, or all), re-asked as the clerk types (debounced). */
export function useItemList(search: string, includeRetired: boolean, departmentId: number | ''): ItemList {
  const query = useDebounced(search.trim(), 250);
  const { data, loading, error, reload } = useCall('items:list', {
    search: query,
    includeRetired,
    ...(departmentId === '' ? {} : { departmentId }),
  });
  return { items: data ?? NONE, loading, error, reload };
}
