import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callNames } from '../../../electron/api/contract.ts';
import { NO_COMMAND } from '../../../electron/cli/no-command.ts';

/**
 * "A CLI that does everything the screens do": every contract call has a command, or a stated
 * reason in electron/cli/no-command.ts why a command would be pointless.
 *
 * The convention that makes this checkable: the CLI makes a call only as the literal
 * `invoke(ctx, '<call>'` (or `invokeWithOptions(ctx, '<call>'`, which names the option at
 * fault), with the call name written out. Any other use of invoke in the code (a name in a
 * variable) fails below, so no call can hide from the count; the one exception is
 * invokeWithOptions itself passing on the name its caller wrote out.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const cliDir = path.join(root, 'electron', 'cli');

const sources = fs
  .readdirSync(cliDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: withoutComments(fs.readFileSync(path.join(cliDir, f), 'utf8')) }));

/** The code alone: a comment that shows `invoke(ctx, '…'` is no call. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const FORWARDING = 'option-errors.ts: invoke(ctx, name, input';

const LITERAL_CALL = /\binvoke(?:WithOptions)?\(\s*ctx,\s*'([a-z]+:[A-Za-z]+)'/g;
const madeCalls = new Set(sources.flatMap(({ text }) => [...text.matchAll(LITERAL_CALL)].map((m) => m[1]!)));

describe('every contract call is a CLI command or has a stated reason not to be', () => {
  it('the CLI makes calls only with the call name written out', () => {
    const calls = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\binvoke(?:WithOptions)?\(([^)]{0,80})/g)]
        .filter((m) => !/^\s*ctx,\s*'[a-z]+:[A-Za-z]+'/.test(m[1]!))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(calls).toEqual([FORWARDING]);
  });

  it('no call lacks both a command and a reason', () => {
    const missing = callNames.filter((name) => !madeCalls.has(name) && !(name in NO_COMMAND));
    expect(missing).toEqual([]);
  });

  it('no call with a command is also listed as having none', () => {
    expect(Object.keys(NO_COMMAND).filter((name) => madeCalls.has(name))).toEqual([]);
  });

  it('the reason table and the commands name only calls the contract has', () => {
    const known = new Set<string>(callNames);
    expect(Object.keys(NO_COMMAND).filter((name) => !known.has(name))).toEqual([]);
    expect([...madeCalls].filter((name) => !known.has(name))).toEqual([]);
  });

  it('each reason says why, in a sentence', () => {
    expect(Object.entries(NO_COMMAND).filter(([, reason]) => (reason ?? '').trim().length < 20)).toEqual([]);
  });
});
