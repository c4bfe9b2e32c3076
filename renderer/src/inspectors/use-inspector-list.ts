import { useEffect, useState } from 'react';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { useDebounced } from '../common/use-debounced.ts';
import type { Inspector } from './inspector-types.ts';

/** The inspectors as the core lists them (a few hundred: all at once), searched as the clerk types. */
export function useInspectorList(search: string, version: number) {
  const [inspectors, setInspectors] = useState<Inspector[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiCallError | null>(null);
  const query = useDebounced(search.trim(), 150);

  useEffect(() => {
    let current = true;
    setLoading(true);
    api.call('inspectors:list', query ? { search: query } : {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setInspectors(result.data);
        setError(null);
      } else {
        setError(new ApiCallError(result.error));
      }
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [query, version]);

  return { inspectors, loading, error };
}
