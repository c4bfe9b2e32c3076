import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rules of DESIGN.md, checked on every run: the core never knows which door called
 * it, a door never reaches into another door, and the renderer knows the program only through the
 * contract's types.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const DOORS = ['main', 'preload', 'web', 'cli'] as const;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f))
    .map((f) => path.join(dir, f));
}

interface ImportLine {
  line: string;
  typeOnly: boolean;
  /** The imported file relative to the repository root (or the bare package name). */
  target: string;
}

function imports(file: string): ImportLine[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const found = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)];
  const bare = [...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)];
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  const resolve = (from: string) => (from.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), from)) : from);
  return [
    ...found.map((m) => ({ line: m[0].trim(), typeOnly: !!m[2], target: resolve(m[3]!) })),
    ...bare.map((m) => ({ line: m[0].trim(), typeOnly: false, target: resolve(m[1]!) })),
    ...dynamic.map((m) => ({ line: m[0], typeOnly: false, target: resolve(m[1]!) })),
  ];
}

function offenders(dirs: string[], bad: (i: ImportLine) => boolean): string[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      imports(file)
        .filter(bad)
        .map((i) => `${file}: ${i.line}`),
    ),
  );
}

const inDoor = (target: string) => DOORS.find((door) => target.startsWith(`electron/${door}/`));

describe('architecture boundaries', () => {
  it('electron/core never imports electron, the contract or a door', () => {
    expect(
      offenders(['electron/core'], (i) => i.target === 'electron' || i.target.startsWith('electron/api/') || !!inDoor(i.target)),
    ).toEqual([]);
  });

  it('electron/api (the contract) never imports electron or a door', () => {
    expect(offenders(['electron/api'], (i) => i.target === 'electron' || !!inDoor(i.target))).toEqual([]);
  });

  it('no door imports another door', () => {
    const crossing = DOORS.flatMap((door) =>
      offenders([`electron/${door}`], (i) => {
        const other = inDoor(i.target);
        return other !== undefined && other !== door;
      }),
    );
    expect(crossing).toEqual([]);
  });

  it('the renderer imports from electron/ only types, and only from the contract', () => {
    const allowed = ['electron/api/types.ts', 'electron/api/contract.ts', 'electron/api/define.ts', 'electron/api/files.ts'];
    expect(offenders(['renderer'], (i) => i.target.startsWith('electron/') && (!i.typeOnly || !allowed.includes(i.target)))).toEqual([]);
  });

  it('sees the imports it checks: a door file, the renderer and the core all have some', () => {
    // A pattern that matched nothing would pass every rule above without checking anything.
    expect(imports('electron/web/main.ts').length).toBeGreaterThan(3);
    expect(imports('renderer/src/tasks/task-types.ts').every((i) => i.target === 'electron/api/types.ts')).toBe(true);
    expect(imports('electron/api/calls/items.ts').some((i) => i.target === 'electron/core/items/item-service.ts')).toBe(true);
  });
});
