import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { EntityDetail } from './entity-types.ts';

/** One entity with its history, asked again when it changes (`version`). */
export function useEntityDetail(id: number | null, version: number) {
  const [detail, setDetail] = useState<EntityDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (id === null) {
      setDetail(null);
      return;
    }
    let current = true;
    setError(null);
    api.run('entities:get', { id }).then(
      (d) => current && setDetail(d),
      (err: unknown) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [id, version]);
  return { detail: detail && detail.entity.id === id ? detail : null, error };
}
