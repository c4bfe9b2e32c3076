import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-in-process.ts';
import { reopen } from '../cli/cli-desk.ts';
import { tempDir } from '../temp-db.ts';
import { drawnJointTask, fillAsAClerk, openBook } from './exchange-fixtures.ts';

/** A drawn joint task in a closed database file, as the CLI finds it. */
function desk() {
  const t = drawnJointTask();
  t.db.close();
  return { dbPath: t.dbPath, code: t.task.code, safety: t.desk.safety.id };
}

describe('shuangsuiji exchange export|import', () => {
  it('exports a department’s part by its 简称, previews the returned file by default and writes it with --yes', async () => {
    const { dbPath, code, safety } = desk();
    const file = path.join(tempDir(), '应急.xlsx');
    const exported = await cli('--db', dbPath, 'exchange', 'export', code, '--dept', '县应急局', '--out', file);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toBe(
      `已导出任务 ${code} 中县应急管理局的部分到 ${file}：检查对象 6 户，本部门执法人员 6 人次，抽查事项 1 项。\n` +
        '请该部门在“检查结果”表中填写后交回，再用 exchange import 导入。\n',
    );
    expect((await openBook(file)).worksheets.map((s) => s.name)).toEqual(['说明', '检查对象', '执法人员', '抽查事项', '检查结果', '选项']);
    const filled = await fillAsAClerk(file, [
      { row: 0, cells: { 检查结果: '1', 检查日期: '2026年12月3日', '危险化学品经营安全检查-是否检查': '是' } },
      { row: 2, cells: { 检查结果: '4', 检查日期: '2026-12-04', '危险化学品经营安全检查-发现问题': '台账不全' } },
    ]);
    const preview = await cli('--db', dbPath, 'exchange', 'import', code, filled);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(
      new RegExp(
        `^预览“应急（已填）\\.xlsx”（任务 ${code}，县应急管理局）：新增 2 户，更改 0 户，不变 4 户。没有写入任何数据。\\n将新增：\\n`,
      ),
    );
    expect(preview.stdout).toMatch(/确认无误后加 --yes 导入。\n$/);
    const check = reopen(dbPath);
    expect(check.db.prepare('SELECT count(*) FROM results').pluck().get()).toBe(0);
    check.db.close();
    const done = await cli('--db', dbPath, 'exchange', 'import', code, filled, '--dept', '县应急管理局', '--yes', '--actor', '李录入');
    expect(done.stdout).toMatch(new RegExp(`^已从“应急（已填）\\.xlsx”导入 2 户的检查结果（任务 ${code}，县应急管理局）`));
    const after = reopen(dbPath);
    expect(after.db.prepare('SELECT department_id, entered_by FROM results').all()).toEqual([
      { department_id: safety, entered_by: '李录入' },
      { department_id: safety, entered_by: '李录入' },
    ]);
    after.db.close();
  });

  it('refuses the file of another department by name, and a department not in the task', async () => {
    const { dbPath, code } = desk();
    const file = path.join(tempDir(), '卫健.xlsx');
    await cli('--db', dbPath, 'exchange', 'export', code, '--dept', '县卫健局', '--out', file);
    const wrong = await cli('--db', dbPath, 'exchange', 'import', code, file, '--dept', '县应急局');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('是任务 2026-001、县卫生健康局的交换表，不是县应急管理局的，没有导入。');
    const nobody = await cli('--db', dbPath, 'exchange', 'export', code, '--dept', '县消防救援大队', '--out', file);
    expect(nobody.stderr).toMatch(/部门“县消防救援大队”不在部门名单中/);
  });
});

describe('shuangsuiji results export --dept', () => {
  it('exports one department’s results sheet of a joint task, and asks for a department without one', async () => {
    const { dbPath, code } = desk();
    const file = path.join(tempDir(), '卫健结果.xlsx');
    const none = await cli('--db', dbPath, 'results', 'export', code, '--out', file);
    expect(none.stderr).toContain('联合抽查的检查结果按部门录入，请选择部门');
    const done = await cli('--db', dbPath, 'results', 'export', code, '--dept', '县卫健局', '--out', file);
    expect(done.stderr).toBe('');
    const header = (await openBook(file)).getWorksheet('检查结果')!.getRow(2).values as unknown[];
    expect(header.filter((h) => String(h).endsWith('-是否检查'))).toEqual(['公共场所卫生检查-是否检查']);
  });
});
