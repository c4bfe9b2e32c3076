import type { ApiError } from '../../../electron/api/define.ts';

/** A failed call as the screens see it: the core's Chinese message, marked fields and 参考号. */
export class ApiCallError extends Error {
  readonly fields: Record<string, string>;
  readonly ref: string | undefined;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.fields = error.fields ?? {};
    this.ref = error.ref;
  }
}

/** A failure as the clerk reads it: the message, and the 参考号 when the message does not say it. */
export function errorParts(err: unknown): { message: string; ref: string | null } {
  if (err instanceof ApiCallError) {
    return { message: err.message, ref: err.ref && !err.message.includes(err.ref) ? err.ref : null };
  }
  // Anything else is a bug in the screen; its English text is for the console, not for the clerk.
  console.error(err);
  return { message: '操作未能完成，界面遇到了意外问题。请刷新页面后重试。', ref: null };
}

/** The same in one line, for snackbars. */
export function errorText(err: unknown): string {
  const { message, ref } = errorParts(err);
  return ref ? `${message}（参考号 ${ref}）` : message;
}

/** Any thrown value as an ApiCallError, so callers can read `fields` without checking. */
export function asApiCallError(err: unknown): ApiCallError {
  return err instanceof ApiCallError ? err : new ApiCallError({ message: errorText(err) });
}
