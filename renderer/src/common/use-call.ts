import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../electron/api/contract.ts';
import { ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';

export interface Loaded<T> {
  /** The last answer; kept while a reload runs, so the screen does not flicker. */
  data: T | null;
  error: ApiCallError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs one contract call and keeps its answer; asked again when `key` changes (the input as
 * text, a version number) or on `reload()`. `input` null means "not now" (nothing chosen yet).
 */
export function useCall<K extends CallName>(name: K, input: CallInput<K> | null, key: unknown = null): Loaded<CallOutput<K>> {
  const [data, setData] = useState<CallOutput<K> | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [own, setOwn] = useState(0);
  const reload = useCallback(() => setOwn((v) => v + 1), []);
  const inputText = JSON.stringify(input);

  useEffect(() => {
    if (inputText === 'null') {
      setData(null);
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    api.call(name, JSON.parse(inputText) as CallInput<K>).then((result) => {
      if (!current) return;
      if (result.ok) {
        setData(result.data);
        setError(null);
      } else {
        setError(new ApiCallError(result.error));
      }
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [name, inputText, key, own]);

  return { data, error, loading, reload };
}
