import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The CLI is a door like the window: every command reaches the core through the contract's
 * dispatcher (`invoke`). From electron/core a CLI file may import types only, with these
 * exceptions, each for a reason the contract cannot serve:
 * - session.ts opens the AppContext the dispatcher runs against, in the source tree's folders;
 * - main.ts turns refusals into Chinese on stderr (AppError, SQLITE_BUSY while opening) and
 *   reads the version for --version.
 */
const ALLOWED: Record<string, string[]> = {
  'electron/cli/session.ts': ['electron/core/app-context.ts', 'electron/core/source-tree.ts'],
  'electron/cli/main.ts': ['electron/core/errors.ts', 'electron/core/db/busy.ts', 'electron/core/source-tree.ts'],
};

const root = path.resolve(import.meta.dirname, '..', '..', '..');

function cliFiles(): string[] {
  return fs
    .readdirSync(path.join(root, 'electron/cli'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|mjs)$/.test(f))
    .map((f) => path.join('electron/cli', f));
}

interface ImportLine {
  file: string;
  line: string;
  typeOnly: boolean;
  target: string;
}

/** Whether the compiler drops the statement: `import type …`, or braces naming only `type` specifiers. */
function erased(statement: string): boolean {
  const s = statement.replace(/\s+/g, ' ').trim();
  if (/^(import|export) type /.test(s)) return true;
  const m = /^(?:import|export) (.*?)\{([^}]*)\} from /.exec(s);
  if (!m || m[1]!.trim() !== '') return false;
  const names = m[2]!
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** Every import and re-export of a file, static, bare or dynamic, with its target from the repository root. */
function importsOf(file: string): ImportLine[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const resolve = (from: string) => (from.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), from)) : from);
  const found = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    file,
    line: m[0].replace(/\s+/g, ' ').trim(),
    typeOnly: erased(m[0]),
    target: resolve(m[3]!),
  }));
  const bare = [...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    file,
    line: m[0].trim(),
    typeOnly: false,
    target: resolve(m[1]!),
  }));
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({
    file,
    line: m[0],
    typeOnly: false,
    target: resolve(m[1]!),
  }));
  return [...found, ...bare, ...dynamic];
}

const intoCore = (i: ImportLine) => i.target.startsWith('electron/core/');

describe('the CLI reaches the core only through the contract', () => {
  it('imports from electron/core only types, apart from the bootstrap, the error handling and the settings labels', () => {
    const offenders = cliFiles()
      .flatMap(importsOf)
      .filter((i) => intoCore(i) && !i.typeOnly && !(ALLOWED[i.file] ?? []).includes(i.target))
      .map((i) => `${i.file}: ${i.line}`);
    expect(offenders).toEqual([]);
  });

  it('uses every exception it lists, so a stale one cannot hide a new import', () => {
    const used = new Set(
      cliFiles()
        .flatMap(importsOf)
        .filter((i) => intoCore(i) && !i.typeOnly)
        .map((i) => `${i.file} → ${i.target}`),
    );
    const listed = Object.entries(ALLOWED).flatMap(([file, targets]) => targets.map((t) => `${file} → ${t}`));
    expect(listed.filter((l) => !used.has(l))).toEqual([]);
  });

  it('tells erased imports from those that run', () => {
    expect(erased("import type { AppContext } from '../core/app-context.ts'")).toBe(true);
    expect(erased("import { type A, type B } from '../core/x.ts'")).toBe(true);
    expect(erased("import { openAppContext, type AppContext } from '../core/app-context.ts'")).toBe(false);
    expect(erased("import X, { type Y } from '../core/x.ts'")).toBe(false);
    expect(erased("import * as core from '../core/x.ts'")).toBe(false);
    expect(erased("export { thing } from '../core/x.ts'")).toBe(false);
  });

  it('sees the imports it checks: commands import the dispatcher and types from the core', () => {
    const all = cliFiles().flatMap(importsOf);
    expect(all.filter((i) => i.target === 'electron/api/dispatch.ts').length).toBeGreaterThan(10);
    expect(all.some((i) => intoCore(i) && i.typeOnly)).toBe(true);
    expect(importsOf('electron/cli/session.ts').some((i) => i.target === 'electron/core/app-context.ts' && !i.typeOnly)).toBe(true);
  });
});
