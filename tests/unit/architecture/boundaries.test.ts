import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rules of DESIGN.md, checked on every run: the core never knows which door called
 * it, and the renderer knows the contract only as types.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts)$/.test(f))
    .map((f) => path.join(dir, f));
}

function imports(file: string): { line: string; typeOnly: boolean; from: string }[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const found = [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)];
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return [
    ...found.map((m) => ({ line: m[0].trim(), typeOnly: !!m[2], from: m[3]! })),
    ...dynamic.map((m) => ({ line: m[0], typeOnly: false, from: m[1]! })),
  ];
}

describe('architecture boundaries', () => {
  it('electron/core and electron/api never import electron or a door', () => {
    const offenders = [...sourceFiles('electron/core'), ...sourceFiles('electron/api')].flatMap((file) =>
      imports(file)
        .filter((i) => i.from === 'electron' || /\/(main|preload|web|cli)\//.test(i.from))
        .map((i) => `${file}: ${i.line}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer imports from electron/ only types', () => {
    const offenders = sourceFiles('renderer').flatMap((file) =>
      imports(file)
        .filter((i) => i.from.includes('electron/') && !i.typeOnly)
        .map((i) => `${file}: ${i.line}`),
    );
    expect(offenders).toEqual([]);
  });
});
