import { useState, type FormEvent } from 'react';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';

/**
 * A dialog's submit: busy while the call runs, the refusal kept for the fields to show (and
 * cleared by the field the clerk corrects), the dialog left open when refused.
 */
export function useFormSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setError(asApiCallError(err));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, submit };
}
