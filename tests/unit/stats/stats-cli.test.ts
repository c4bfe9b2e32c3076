import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { StatsReport } from '../../../electron/api/types.ts';
import { cli } from '../cli-in-process.ts';
import { tempDir } from '../temp-db.ts';
import { statsWorld } from './stats-fixture.ts';

function worldFile(): string {
  const { db, dbPath } = statsWorld();
  db.close();
  return dbPath;
}

describe('shuangsuiji stats', () => {
  it('--by item --year 2026 --json gives the report with its lines and 合计', async () => {
    const db = worldFile();
    const run = await cli('--db', db, '--json', 'stats', '--by', 'item', '--year', '2026');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as StatsReport;
    expect(report.by).toBe('item');
    expect(report.year).toBe(2026);
    expect(report.rows.map((r) => [r.key, r.base, r.drawn, r.published, r.completion.text])).toEqual([
      ['1', 36, 6, 3, '50.0%'],
      ['2', 20, 4, 2, '50.0%'],
    ]);
    expect(report.total).toMatchObject({ base: 36, drawn: 6, closed: 2, closure: { num: 2, den: 3, text: '66.7%' } });
  });

  it('each view by its English or Chinese name, readable lines for people, a clear refusal otherwise', async () => {
    const db = worldFile();
    for (const by of ['task', 'area', 'authority', 'month', 'class', '登记机关']) {
      const run = await cli('--db', db, '--json', 'stats', '--by', by);
      expect(run.code, `${by}: ${run.stderr}`).toBe(0);
      expect((JSON.parse(run.stdout) as StatsReport).total.drawn).toBe(6);
    }
    const month = await cli('--db', db, 'stats', '--by', 'month');
    expect(month.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^2026年11月\t基数 20\t比例 20\.0%\t户数 4\t已录入 3\t已公示 2\t完成率 50\.0%\t完结 1\t完结率 50\.0%\t结果 1:2 4:1 A:1\t/,
      ),
      expect.stringMatching(/^2026年12月\t基数 16\t比例 12\.5%\t户数 2\t/),
      expect.stringMatching(/^合计\t基数 36\t比例 16\.7%\t户数 6\t已录入 4\t已公示 3\t完成率 50\.0%\t完结 2\t完结率 66\.7%/),
    ]);
    expect((await cli('--db', db, 'stats', '--by', 'code')).stderr).toContain('--by 只能是 task 任务、item 检查事项');
    expect((await cli('--db', db, 'stats', '--year', '26')).stderr).toContain('--year 应为四位年份');
    expect((await cli('--db', db, 'stats', '--year', '2025')).stdout).toBe('还没有有效的抽取，暂无统计。\n');
  });

  it('stats export --out FILE.xlsx writes one sheet per view; --year limits it', async () => {
    const db = worldFile();
    const file = path.join(tempDir(), '统计.xlsx');
    const run = await cli('--db', db, 'stats', '--year', '2026', 'export', '--out', file);
    expect(run.stdout).toBe(`已导出统计表：${file}（7 个工作表）\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '按任务',
      '按检查事项',
      '按区域',
      '按登记机关',
      '按月份',
      '按信用风险分类',
      '按部门',
    ]);
    expect(String(workbook.worksheets[0]!.getCell('A1').value)).toContain('（2026年，按任务）');
    const missing = await cli('--db', db, 'stats', 'export');
    expect(missing.stderr).toContain('请用 --out 指定保存的文件');
    expect(fs.existsSync(file)).toBe(true);
  });
});
