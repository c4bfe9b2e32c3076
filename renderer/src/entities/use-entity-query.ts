import { useEffect, useState } from 'react';
import type { CallInput } from '../../../electron/api/contract.ts';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { useDebounced } from '../common/use-debounced.ts';
import type { EntityFilterValues } from './entity-options.ts';
import type { Entity } from './entity-types.ts';

export interface PageModel {
  page: number;
  pageSize: number;
}

/** The filter as `entities:query` and `entities:export` take it: empty choices left out. */
export function filterInput(values: EntityFilterValues): Omit<CallInput<'entities:query'>, 'offset' | 'limit'> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (value.trim()) out[key] = value.trim();
  return out as Omit<CallInput<'entities:query'>, 'offset' | 'limit'>;
}

/**
 * One page of the roster as the core answers it. The search text waits 150 ms after the last
 * keystroke; the core searches 200,000 rows in a few ms, so every pause asks again.
 */
export function useEntityQuery(filters: EntityFilterValues, pageModel: PageModel, version: number) {
  const [rows, setRows] = useState<Entity[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiCallError | null>(null);
  const search = useDebounced(filters.search, 150);
  const { roster, area, regAuthority, jurisdiction, industry, entityType, regStatus, riskClass } = filters;
  const { page, pageSize } = pageModel;

  useEffect(() => {
    let current = true;
    setLoading(true);
    const filter = filterInput({ search, roster, area, regAuthority, jurisdiction, industry, entityType, regStatus, riskClass });
    api.call('entities:query', { ...filter, offset: page * pageSize, limit: pageSize }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setRows(result.data.rows);
        setTotal(result.data.total);
        setError(null);
      } else {
        setError(new ApiCallError(result.error));
      }
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [search, roster, area, regAuthority, jurisdiction, industry, entityType, regStatus, riskClass, page, pageSize, version]);

  return { rows, total, loading, error };
}
