import { useEffect, useState } from 'react';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { useDebounced } from '../common/use-debounced.ts';
import type { Item } from './item-types.ts';

export interface ItemList {
  items: Item[];
  loading: boolean;
  error: ApiCallError | null;
  reload: () => void;
}

/** The item list as the core answers `items:list`, re-asked as the clerk types (debounced). */
export function useItemList(search: string, includeRetired: boolean): ItemList {
  const [items, setItems] = useState<Item[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [version, setVersion] = useState(0);
  const query = useDebounced(search.trim(), 250);

  useEffect(() => {
    let current = true;
    setLoading(true);
    api.call('items:list', { search: query, includeRetired }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setItems(result.data);
        setError(null);
      } else {
        setError(new ApiCallError(result.error));
      }
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [query, includeRetired, version]);

  return { items, loading, error, reload: () => setVersion((v) => v + 1) };
}
