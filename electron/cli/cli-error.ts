/**
 * A refusal the CLI itself makes (a missing option, a value it cannot read): a Chinese message
 * for stderr and exit code 1, like a refusal from the contract. The CLI's own class, so that
 * commands need no runtime import from the core.
 */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** What a refused contract call carries: the message, and reasons per field path when the schema refused it. */
export interface RefusalLike {
  message: string;
  fields?: Record<string, string> | undefined;
}

/** An AppError from a contract call, recognised by shape (the class lives in the core). */
export function isRefusal(err: unknown): err is Error & RefusalLike {
  return err instanceof Error && err.name === 'AppError';
}
