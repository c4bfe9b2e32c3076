import { AppError } from '../../electron/core/errors.ts';

/** Runs `fn`, which must refuse with an AppError, and returns the fields it marked. */
export function fieldsOf(fn: () => unknown): Record<string, string> | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.fields;
    throw err;
  }
  throw new Error('expected an AppError');
}
