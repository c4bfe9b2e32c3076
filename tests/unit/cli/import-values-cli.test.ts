import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-db.ts';
import { bureauCode, bureauInspectorTable, bureauRosterTable, writeGbkCsv, writeXls } from '../import/bureau-files.ts';

const BIN = path.join(import.meta.dirname, '..', '..', '..', 'electron', 'cli', 'bin.mjs');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface DryRun {
  dryRun: boolean;
  new: number;
  rejected: number;
  hinted: number;
  skipped: number;
  hints: { row: number; reason: string }[];
  valueMapping: { field: string; label: string; column: string; values: { raw: string; value: string; source: string; count: number }[] }[];
}

describe('importing real bureau files from the command line', () => {
  it('--dry-run --json shows the counts and the value mapping used, and writes nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const file = writeXls(bureauRosterTable(), path.join(dir, '名录.xls'));
    const run = cli('--db', db, '--json', 'entities', 'import', file, '--dry-run');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as DryRun;
    expect(out).toMatchObject({ dryRun: true, new: 299, rejected: 1, hinted: 0, skipped: 5 });
    const risk = out.valueMapping.find((v) => v.field === 'riskClass')!;
    expect(risk).toMatchObject({ label: '信用风险分类', column: '信用风险分类' });
    expect(risk.values).toContainEqual(expect.objectContaining({ raw: 'C类（较高风险）', value: 'C', source: 'builtin' }));
    const listed = JSON.parse(cli('--db', db, '--json', 'entities', 'list').stdout) as unknown[];
    expect(listed).toHaveLength(0);
  });

  it('--map-values overrides the built-in synonyms, by Chinese column name or by key', () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const file = writeGbkCsv(
      [
        ['统一社会信用代码', '名称', '信用风险分类', '登记状态'],
        [bureauCode(1), '甲', '一般关注', '存续'],
        [bureauCode(2), '乙', '低风险', '在营'],
      ],
      path.join(dir, '名录.csv'),
    );
    const maps = path.join(dir, '取值.json');
    fs.writeFileSync(maps, JSON.stringify({ 信用风险分类: { 一般关注: 'B', 低风险: 'B' } }));
    const run = cli('--db', db, '--json', 'entities', 'import', file, '--map-values', maps);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as DryRun;
    expect(out).toMatchObject({ dryRun: false, new: 2, hinted: 0 });
    expect(out.valueMapping[0]!.values).toEqual([
      expect.objectContaining({ raw: '一般关注', value: 'B', source: 'chosen' }),
      expect.objectContaining({ raw: '低风险', value: 'B', source: 'chosen' }),
    ]);
    const entities = JSON.parse(cli('--db', db, '--json', 'entities', 'list').stdout) as { riskClass: string }[];
    expect(entities.map((e) => e.riskClass)).toEqual(['B', 'B']);
  });

  it('refuses a bad --map-values file in Chinese, naming the file', () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const file = writeGbkCsv(
      [
        ['统一社会信用代码', '名称', '信用风险分类'],
        [bureauCode(1), '甲', '一般关注'],
      ],
      path.join(dir, '名录.csv'),
    );
    const broken = path.join(dir, '坏.json');
    fs.writeFileSync(broken, '{"信用风险分类": {"一般关注": ');
    const notJson = cli('--db', db, 'entities', 'import', file, '--map-values', broken);
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toContain('文件“坏.json”不是有效的 JSON');
    const wrong = path.join(dir, '错.json');
    fs.writeFileSync(wrong, JSON.stringify({ 信用风险分类: { 一般关注: '中' } }));
    const bad = cli('--db', db, 'entities', 'import', file, '--map-values', wrong);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('文件“错.json”中“信用风险分类”的“一般关注”对应为“中”，只能是：A、B、C、D、空。');
    expect(JSON.parse(cli('--db', db, '--json', 'entities', 'list').stdout)).toEqual([]);
  });

  it('imports an inspector list saved by WPS (.et) with free 执法领域 and every 状态, and prints the 提示 rows', () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    // WPS saves its own .et in the same Excel 97–2003 container.
    const file = writeXls(bureauInspectorTable(), path.join(dir, '执法人员名单.et'));
    const run = cli('--db', db, 'inspectors', 'import', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('新增 10');
    expect(run.stdout).toContain('有提示 2');
    expect(run.stdout).toContain('在职 → 在岗（内置同义词，1 行）');
    expect(run.stdout).toContain('提示 第 12 行 周明 14022119009：“有效期至”列：未填写执法证有效期：填写之前不会被抽取');
  });
});
