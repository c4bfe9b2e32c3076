import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';

export type EntityFacets = CallOutput<'entities:facets'>;

const EMPTY: EntityFacets = { areas: [], regAuthorities: [], jurisdictions: [], industries: [], statuses: [], rosters: [] };

/** The values the filter menus offer, from what the roster holds; asked again after a change. */
export function useEntityFacets(version: number): EntityFacets {
  const notify = useNotify();
  const [facets, setFacets] = useState<EntityFacets>(EMPTY);
  useEffect(() => {
    api.run('entities:facets', {}).then(setFacets, notify.error);
  }, [version, notify]);
  return facets;
}
