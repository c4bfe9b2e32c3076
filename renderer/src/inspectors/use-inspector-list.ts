import { useCall } from '../common/use-call.ts';
import { useDebounced } from '../common/use-debounced.ts';
import type { Inspector } from './inspector-types.ts';

const NONE: Inspector[] = [];

/** The inspectors as the core lists them (a few hundred: all at once), searched as the clerk types, filtered by one tag and one 所属部门. */
export function useInspectorList(search: string, tag: string | null, departmentId: number | '', version: number) {
  const query = useDebounced(search.trim(), 150);
  const input = { ...(query ? { search: query } : {}), ...(tag ? { tag } : {}), ...(departmentId === '' ? {} : { departmentId }) };
  const { data, loading, error } = useCall('inspectors:list', input, version);
  return { inspectors: data ?? NONE, loading, error };
}
