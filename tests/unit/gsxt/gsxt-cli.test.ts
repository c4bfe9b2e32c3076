import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-in-process.ts';
import { tempDir } from '../temp-db.ts';
import { gsxtDesk, LETTER_CODE, publish } from './gsxt-fixture.ts';

/** The desk of gsxt-fixture as a closed file the CLI opens, its results published but one. */
function deskFile() {
  const desk = gsxtDesk();
  publish(
    desk.db,
    desk.task.id,
    desk.rows.filter((r) => r.code !== LETTER_CODE).map((r) => r.entityId),
  );
  desk.db.close();
  return { db: desk.dbPath, task: desk.task, plan: desk.plan };
}

describe('shuangsuiji export gsxt, tasks|plans national-code and settings set 机关代码', () => {
  it('settings set 机关代码 takes 6 digits and refuses anything else in Chinese', async () => {
    const { db } = deskFile();
    expect((await cli('--db', db, 'settings', 'set', '机关代码', '140222')).stdout).toBe('已保存：机关代码 = 140222\n');
    const bad = await cli('--db', db, 'settings', 'set', '机关代码', '14022');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('设置项“机关代码”不能设为“14022”：机关代码应为 6 位数字（如 140221），不知道时可留空');
  });

  it('export gsxt writes the sheet of published results and says how many were left out', async () => {
    const { db, task } = deskFile();
    const file = path.join(tempDir(), '公示系统表.xlsx');
    const run = await cli('--db', db, 'export', 'gsxt', task.code, '--out', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已导出公示系统表：.*（3 户，6 行；任务编号 140221\d{8}1001，计划编号 14022120261001）\n/);
    expect(run.stdout).toContain('另有 1 户的检查结果尚未公示，未导出。');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets[0]!.rowCount).toBe(7);
    const missing = await cli('--db', db, 'export', 'gsxt', task.code);
    expect(missing.stderr).toContain('--out');
  });

  it('tasks national-code shows, gives and takes the number the system gave; plans national-code too', async () => {
    const { db, task, plan } = deskFile();
    const shown = await cli('--db', db, 'tasks', 'national-code', task.code, '--show');
    expect(shown.stdout).toBe(`任务 ${task.code}\t${task.name}\t公示系统编号 （尚无）\n计划 2026年 ${plan.name}\t公示系统编号 （尚无）\n`);
    const given = await cli('--db', db, 'tasks', 'national-code', task.code);
    expect(given.stdout).toMatch(/公示系统编号 140221\d{8}1001\n.*公示系统编号 14022120261001\n$/);
    const typed = await cli('--db', db, 'tasks', 'national-code', task.code, '--set', '140221202612011009');
    expect(typed.stdout).toContain('公示系统编号 140221202612011009');
    const wrong = await cli('--db', db, 'tasks', 'national-code', task.code, '--set', '2026-001');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--set：“2026-001”不是有效的编号。任务的公示系统编号应为 18 位数字');
    const planSet = await cli('--db', db, 'plans', 'national-code', String(plan.id), '--set', '14022120261003');
    expect(planSet.stdout).toBe(`计划 2026年 ${plan.name}\t公示系统编号 14022120261003\n`);
    expect((await cli('--db', db, 'plans', 'national-code', 'x')).stderr).toContain('计划 id应为正整数');
  });
});
