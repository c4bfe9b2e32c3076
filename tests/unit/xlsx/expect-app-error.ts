import { expect } from 'vitest';
import { AppError } from '../../../electron/core/errors.ts';

/** Awaits a promise that must fail with an AppError and returns its Chinese message. */
export async function appErrorMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
  throw new Error('expected an AppError, but the call succeeded');
}
