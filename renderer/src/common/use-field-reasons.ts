import { useCallback, useState } from 'react';
import type { ApiCallError } from '../api/api-error.ts';

/**
 * The core's refusal of a form, kept until the clerk fixes it: the reasons by field (mapped to
 * the form's own names by `map`), each dropped as soon as its field is edited, so a fixed field
 * stops saying it is wrong; the general message stays while any reason remains.
 */
export function useFieldReasons(map: (fields: Record<string, string>) => Record<string, string>) {
  const [error, setError] = useState<ApiCallError | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const refuse = useCallback(
    (err: ApiCallError) => {
      setError(err);
      setReasons(map(err.fields));
    },
    [map],
  );
  /** The clerk edited these fields: their reasons (and `prefix.*` ones) are no longer shown. */
  const edited = useCallback((...fields: string[]) => {
    setReasons((current) => {
      const left = Object.fromEntries(Object.entries(current).filter(([key]) => !fields.some((f) => key === f || key.startsWith(`${f}.`))));
      return Object.keys(left).length === Object.keys(current).length ? current : left;
    });
  }, []);
  const hasFields = error !== null && Object.keys(error.fields).length > 0;
  /** The message to show above the form: a general refusal, or the field summary while it applies. */
  const alert = error && (!hasFields || Object.keys(reasons).length > 0) ? error : null;
  return { reasons, alert, refuse, edited, clear: () => setError(null) };
}
