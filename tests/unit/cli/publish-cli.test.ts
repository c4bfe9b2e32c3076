import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setResults } from '../../../electron/core/results/result-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { cli } from '../cli-in-process.ts';
import { readingText } from '../documents/poppler.ts';
import { markReviewed, taskWithResults, TODAY } from '../publication/publication-fixture.ts';
import { tempDir } from '../temp-db.ts';
import { reopen } from './cli-desk.ts';

/** A task of 4 entities with results, the first two reviewed; a closed database file for the CLI. */
function desk() {
  const t = taskWithResults(4);
  saveSettings(t.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
  markReviewed(t.db, t.taskId, t.ids.slice(0, 2));
  t.db.close();
  return { db: t.dbPath, code: t.taskCode, taskId: t.taskId, ids: t.ids, rows: t.rows };
}

describe('shuangsuiji publish', () => {
  it('refuses a 公示 naming the unreviewed, publishes a named part, then the rest, then a 更正公示', async () => {
    const { db, code, taskId, ids, rows } = desk();
    const dir = tempDir();
    const [a, b, c, d] = rows.map((r) => r.code) as [string, string, string, string];

    const refused = await cli('--db', db, 'publish', code, '--date', '2026-12-20', '--out', path.join(dir, 'x.pdf'));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toBe(
      `错误：任务 ${code} 还有 2 户的检查结果未审核，不能公示：${rows[2]!.name}（${c}）、${rows[3]!.name}（${d}）。可先对已审核的 2 户分批公示，其余审核后再公示。\n`,
    );
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    expect((await cli('--db', db, 'publish', code)).stderr).toBe('错误：请用 --out 指定公示文件（.pdf 或 .xlsx）。\n');
    const notReviewed = await cli('--db', db, 'publish', code, '--entities', `${a},${c}`, '--out', path.join(dir, 'x.pdf'));
    expect(notReviewed.stderr).toMatch(/--entities：.+的检查结果尚未审核，不能公示/);

    const batch = await cli(
      '--db',
      db,
      'publish',
      code,
      '--entities',
      `${a.toLowerCase()}，${b}`,
      '--date',
      '2026-12-20',
      '--out',
      path.join(dir, '第一批.pdf'),
    );
    expect(batch.stderr).toBe('');
    expect(batch.stdout).toMatch(/^已生成分批公示 #1（2026-12-20，2 户），内容哈希 [0-9a-f]{64}\n已保存：.*第一批\.pdf\n$/);
    expect(readingText(path.join(dir, '第一批.pdf'))).toContain('发现问题：计量器具未检定（处置情况：责令限期改正）');

    const desk2 = reopen(db);
    markReviewed(desk2.db, taskId, ids.slice(2));
    desk2.db.close();
    const rest = await cli(
      '--db',
      db,
      'publish',
      code,
      '--date',
      '2026-12-21',
      '--out',
      path.join(dir, '第二批.xlsx'),
      '--actor',
      '王公示',
    );
    expect(rest.stdout).toMatch(/^已生成公示 #2（2026-12-21，2 户）/);
    expect(fs.existsSync(path.join(dir, '第二批.xlsx'))).toBe(true);

    const change = ['--db', db, 'results', 'set', code, b!, '--result', '4,A', '--date', '2026-12-03'];
    const unexplained = await cli(...change);
    expect(unexplained.stderr).toContain('--correction-reason：');
    expect(unexplained.stderr).toContain('的检查结果已经公示，修改须作为更正并说明理由');
    expect((await cli(...change, '--correction-reason', '漏选结果代码')).stderr).toBe('');
    const unreviewed = await cli('--db', db, 'publish', 'correct', code, b!, '--date', '2026-12-24');
    expect(unreviewed.stderr).toContain('修改后的检查结果尚未审核，审核后才能更正公示');
    const waiting = await cli('--db', db, 'publish', 'list', code);
    expect(waiting.stdout).toContain(`待更正公示：${rows[1]!.name}（${b}）（修改后尚未审核）`);
    const desk4 = reopen(db);
    markReviewed(desk4.db, taskId, [ids[1]!]);
    desk4.db.close();
    const correction = await cli(
      '--db',
      db,
      'publish',
      'correct',
      code,
      b!,
      '--date',
      '2026-12-24',
      '--out',
      path.join(dir, '更正.pdf'),
      '--actor',
      '王公示',
    );
    expect(correction.stderr).toBe('');
    expect(correction.stdout.split('\n')).toEqual([
      expect.stringMatching(/^已生成更正公示 #3（2026-12-24，1 户），内容哈希 [0-9a-f]{64}$/),
      '更正理由：漏选结果代码',
      `${rows[1]!.name}（${b}）\t检查结果：未发现问题 → 违反质量技术监督相关规定；发现问题待后续处理`,
      expect.stringMatching(/^已保存：.*更正\.pdf$/),
      '',
    ]);
    expect(readingText(path.join(dir, '更正.pdf'))).toContain('（更正公示）');

    const list = await cli('--db', db, 'publish', 'list', code);
    expect(list.stdout.split('\n')).toEqual([
      expect.stringMatching(/^#1\t分批公示\t2026-12-20\t2 户\t[0-9a-f]{64}$/),
      expect.stringMatching(/^#2\t公示\t2026-12-21\t2 户\t[0-9a-f]{64}\t王公示$/),
      expect.stringMatching(/^#3\t更正公示\t2026-12-24\t1 户\t[0-9a-f]{64}\t更正 #1：漏选结果代码\t王公示$/),
      '已公示 4/4 户；已审核待公示 0 户；未审核 0 户；待更正公示 0 户',
      '',
    ]);
    const show = await cli('--db', db, 'publish', 'show', '1');
    expect(show.stdout).toContain('分批公示 #1\t2026-12-20\t2 户\t内容完好');
    expect(show.stdout).toContain(`${rows[1]!.name}（${b}）\t2026-12-03\t未发现问题`);
    // The first publication prints as it was published.
    expect((await cli('--db', db, 'docs', 'publication', code, '--publication', '#1', '--out', path.join(dir, '原.pdf'))).code).toBe(0);
    expect(readingText(path.join(dir, '原.pdf'))).not.toContain('发现问题待后续处理');
    const verify = await cli('--db', db, 'audit', 'verify');
    expect(verify.code, verify.stdout).toBe(0);
  });
});
