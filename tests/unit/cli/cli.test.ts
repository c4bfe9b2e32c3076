import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-db.ts';

const BIN = path.join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'bin.mjs');

/** Runs the real `shuangsuiji` command in a child process, as an admin's script would. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the shuangsuiji command', () => {
  it('shows help in Chinese', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--db <path>');
    expect(stdout).toContain('抽查事项清单');
  });

  it('lists items as JSON with seq, name, basis, content, method, target, category', () => {
    const db = path.join(tempDir(), 'cli.db');
    const { code, stdout } = cli('--db', db, '--json', 'items', 'list');
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Record<string, unknown>[];
    expect(items).toHaveLength(14);
    for (const key of ['seq', 'name', 'basis', 'content', 'method', 'target', 'category']) {
      expect(items[0]).toHaveProperty(key);
    }
    expect(items[13]).toMatchObject({ seq: 14, name: '食品相关产品安全监督检查', category: '市场监管执法事项' });
  });

  it('exports, re-imports and prints the list', () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const xlsx = path.join(dir, '清单.xlsx');
    const pdf = path.join(dir, '清单.pdf');
    expect(cli('--db', db, 'items', 'export', xlsx)).toMatchObject({ code: 0 });
    expect(fs.existsSync(xlsx)).toBe(true);
    const imported = cli('--db', db, '--json', 'items', 'import', xlsx);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ counts: { new: 0, updated: 0, restored: 0, unchanged: 14 } });
    expect(cli('--db', db, 'items', 'pdf', pdf)).toMatchObject({ code: 0 });
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('fails with a Chinese message on stderr and a non-zero exit code', () => {
    const dir = tempDir();
    const notExcel = path.join(dir, '不是表格.xlsx');
    fs.writeFileSync(notExcel, 'hello');
    const bad = cli('--db', path.join(dir, 'cli.db'), 'items', 'import', notExcel);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^错误：.*不是表格\.xlsx/);
    const unknown = cli('--db', path.join(dir, 'cli.db'), 'items', 'frobnicate');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('没有命令');
  });
});
