import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../../electron/core/publication/publication-act.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { cli } from '../cli-in-process.ts';
import { drawnJointTask, reviewDepartment, TODAY } from '../publication/joint-publication-fixture.ts';
import { tempDir } from '../temp-db.ts';

/** A joint task of 3 entities with every department's results entered, 应急's reviewed; a closed file for the CLI. */
function desk() {
  const t = drawnJointTask(3);
  saveSettings(t.db, { contactName: '刘联系', contactPhone: '0352-6012345', authorityCode: '140221' });
  reviewDepartment(t.db, t.taskId, t.desk.safety.id);
  t.db.close();
  return { db: t.dbPath, code: t.task.code };
}

describe('shuangsuiji publish --dept and export gsxt --dept for a 部门联合抽查', () => {
  it("publishes 应急's part by its 简称, refuses 卫健's unreviewed and a joint 公示 without --dept, exports by department", async () => {
    const { db, code } = desk();
    const dir = tempDir();
    const none = await cli('--db', db, 'publish', code, '--out', path.join(dir, 'x.pdf'));
    expect(none.stderr).toBe(
      `错误：任务 ${code} 是部门联合抽查，各部门公示本部门的检查结果：请用 --dept 指定部门（大同县市场和质量监督管理局、县应急管理局、县卫生健康局）。\n`,
    );
    const health = await cli('--db', db, 'publish', code, '--dept', '县卫生健康局', '--out', path.join(dir, 'x.pdf'));
    expect(health.stderr).toMatch(new RegExp(`^错误：县卫生健康局在任务 ${code} 中还有 3 户的检查结果未审核，不能公示：`));
    const unknown = await cli('--db', db, 'publish', code, '--dept', '县消防救援大队', '--out', path.join(dir, 'x.pdf'));
    expect(unknown.stderr).toContain('--dept “县消防救援大队”不在部门名单中');

    const safety = await cli(
      '--db',
      db,
      'publish',
      code,
      '--dept',
      '县应急局',
      '--date',
      '2026-12-20',
      '--out',
      path.join(dir, '应急.pdf'),
    );
    expect(safety.stderr).toBe('');
    expect(safety.stdout).toMatch(/^已生成县应急管理局的公示 #1（2026-12-20，3 户），内容哈希 [0-9a-f]{64}\n/);

    const list = await cli('--db', db, 'publish', 'list', code, '--dept', '县应急局');
    expect(list.stdout).toContain('已公示 3/3 户');
    expect(list.stdout).toContain('\t县应急管理局');
    const all = await cli('--db', db, 'publish', 'list', code);
    expect(all.stdout).toContain('已公示 0/3 户；已审核待公示 0 户；未审核 6 户');

    const sheet = await cli('--db', db, 'export', 'gsxt', code, '--out', path.join(dir, 'gsxt.xlsx'));
    expect(sheet.stderr).toBe('');
    expect(sheet.stdout).toContain('（3 户，3 行；');
    expect(sheet.stdout).toContain('另有 6 份部门检查结果（每户每部门一份）尚未公示，未导出。');
    const refused = await cli('--db', db, 'export', 'gsxt', code, '--dept', '本局', '--out', path.join(dir, 'own.xlsx'));
    expect(refused.stderr).toContain(`大同县市场和质量监督管理局在任务 ${code} 中还没有已公示的检查结果`);
  });

  it('publish correct --dept corrects one department’s 公示, and stats --by 部门 counts each department', async () => {
    const t = drawnJointTask(3);
    saveSettings(t.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
    reviewDepartment(t.db, t.taskId, t.desk.health.id);
    publish(t.db, { taskId: t.taskId, departmentId: t.desk.health.id, date: '2026-12-20' });
    const second = taskResults(t.db, t.taskId, t.desk.health.id)[1]!;
    setResults(
      t.db,
      {
        taskId: t.taskId,
        departmentId: t.desk.health.id,
        entityIds: [second.entityId],
        result: { codes: ['5'], inspectedOn: '2026-12-03' },
        correctionReason: '复核发现漏记问题',
      },
      TODAY,
    );
    reviewDepartment(t.db, t.taskId, t.desk.health.id, [second.entityId]);
    t.db.close();
    const db = t.dbPath;
    const code = t.task.code;
    const without = await cli('--db', db, 'publish', 'correct', code, second.code, '--date', '2026-12-28');
    expect(without.stderr).toContain('请用 --dept 指定部门');
    const corrected = await cli('--db', db, 'publish', 'correct', code, second.code, '--dept', '县卫健局', '--date', '2026-12-28');
    expect(corrected.stderr).toBe('');
    expect(corrected.stdout).toMatch(/^已生成县卫生健康局的更正公示 #2（2026-12-28，1 户）/);
    expect(corrected.stdout).toContain('更正理由：复核发现漏记问题');

    const stats = await cli('--db', db, 'stats', '--by', '部门', '--year', '2026');
    const lines = stats.stdout.trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['大同县市场和质量监督管理局', '县应急管理局', '县卫生健康局', '合计']);
    expect(lines[2]).toContain('户数 3\t已录入 3\t已公示 3');
    expect(lines[1]).toContain('户数 3\t已录入 3\t已公示 0');
  });
});
