import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Prettier keeps code within its printWidth (140) but cannot break a long string literal, template
 * literal or comment, so those can grow past it unnoticed. No source line may be longer than
 * LIMIT characters (characters, not bytes: much of the text is Chinese); split a long string with
 * `+` or a template built from parts, and move a long comment onto several lines.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const LIMIT = 160;
const SOURCE = /\.(ts|tsx|mjs)$/;
const DIRS = ['electron', 'renderer', 'tests', 'build', 'tools'];
const SKIP = new Set(['node_modules', 'dist']);

/** Every tracked source file; without git (an exported tree), every source file under DIRS. */
function sourceFiles(): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mjs'], { cwd: root, encoding: 'utf8' });
    return listed
      .split('\0')
      .filter((f) => f && SOURCE.test(f) && fs.existsSync(path.join(root, f)))
      .sort();
  } catch {
    return DIRS.flatMap((dir) => walk(dir)).sort();
  }
}

function walk(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : walk(rel);
    return entry.isFile() && SOURCE.test(entry.name) ? [rel] : [];
  });
}

describe('line length', () => {
  it(`no source line is longer than ${LIMIT} characters`, () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const length = [...line].length;
        if (length > LIMIT) offenders.push(`${file}:${i + 1}: ${length} characters`);
      });
    }
    const message =
      `${offenders.length} line(s) longer than ${LIMIT} characters ` +
      '(split the string with + or a template built from parts, or move the comment onto several lines):\n' +
      offenders.map((o) => `  ${o}`).join('\n');
    expect(offenders, message).toEqual([]);
  });
});
