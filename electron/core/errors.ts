/**
 * An error meant for the clerk: `message` is Chinese and says what went wrong and what to do;
 * `cause` (English) goes to the log. `fields` marks form fields with their reasons.
 */
export class AppError extends Error {
  readonly fields: Record<string, string> | undefined;
  readonly logCause: string | undefined;

  constructor(message: string, options: { cause?: string; fields?: Record<string, string> } = {}) {
    super(message);
    this.name = 'AppError';
    this.fields = options.fields;
    this.logCause = options.cause;
  }
}

/** A form with invalid fields: the message lists them, `fields` lets the screen mark each one. */
export function fieldError(fields: Record<string, string>): AppError {
  const reasons = Object.values(fields).join('；');
  return new AppError(`请检查填写的内容：${reasons}`, { fields });
}
