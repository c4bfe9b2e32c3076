import path from 'node:path';
// The session bootstrap is where the CLI may import the core at run time: opening the
// AppContext every contract call runs against, where the source tree keeps the database and the
// resources (see cli-boundary.test.ts).
import { openAppContext, type AppContext } from '../core/app-context.ts';
import { defaultDbPath, repoResourcesDir, repoVersion } from '../core/source-tree.ts';
import { CliFailure } from './cli-error.ts';
import { makeOutput, type Output } from './output.ts';

/** The database and output style chosen by the global options, opened on first use. */
export interface CliSession {
  open(): { ctx: AppContext; out: Output };
  /** Stops with a Chinese message on stderr and a non-zero exit code. */
  fail(message: string): never;
  close(): void;
}

export function createSession(getGlobals: () => { db?: string; json?: boolean; verbose?: boolean }): CliSession {
  let opened: { ctx: AppContext; out: Output } | undefined;
  return {
    open() {
      if (!opened) {
        const globals = getGlobals();
        const dbPath = path.resolve(globals.db ?? defaultDbPath());
        // English details go to stderr only when asked for: stderr is for the clerk's message.
        const log = globals.verbose ? (line: string) => process.stderr.write(`${line}\n`) : () => {};
        const ctx = openAppContext({ dbPath, resourcesDir: repoResourcesDir, version: repoVersion(), log });
        opened = { ctx, out: makeOutput(globals.json ?? false) };
      }
      return opened;
    },
    fail(message) {
      throw new CliFailure(message);
    },
    close() {
      opened?.ctx.db.close();
    },
  };
}
