import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { jointDesk } from '../joint/joint-fixtures.ts';
import { tempContext } from '../temp-db.ts';
import { reopen } from './cli-desk.ts';

const BUREAU = '大同县市场和质量监督管理局';

/** A database file with 本局, 县应急管理局 and 县卫生健康局, their items and inspectors (tests/unit/joint). */
function jointDb() {
  const ctx = tempContext();
  const desk = jointDesk(ctx.db);
  const seq = (id: number) => ctx.db.prepare('SELECT seq FROM items WHERE id = ?').pluck().get(id) as number;
  const safetySeq = seq(desk.safetyItem);
  ctx.db.close();
  return { dbPath: ctx.dbPath, safetySeq };
}

const CREATE = [
  'tasks',
  'create',
  '--name',
  '2026年度餐饮场所部门联合抽查',
  '--roster',
  '测试名录',
  '--count',
  '4',
  '--start',
  '2026-12-01',
];

describe('shuangsuiji for a 部门联合抽查', () => {
  it('creates a joint task from --joint, --lead and --dept, shows its departments, draws, shows and replaces by department', async () => {
    const { dbPath, safetySeq } = jointDb();
    const made = await cli(
      '--db',
      dbPath,
      '--json',
      ...CREATE,
      '--joint',
      '--lead',
      '本局',
      '--dept',
      '本局:1,2:2',
      '--dept',
      `县应急局:${safetySeq}:1`,
      '--dept',
      '县卫生健康局：公共场所卫生检查：1',
    );
    expect(made.stderr).toBe('');
    const { id, code } = JSON.parse(made.stdout) as { id: number; code: string };
    const task = await invoke(reopen(dbPath), 'tasks:get', { id });
    expect(task.joint).toBe(true);
    expect(task.inspectorsPerEntity).toBe(4);
    expect(task.departments.map((d) => [d.name, d.role, d.perEntity, d.itemIds.length])).toEqual([
      [BUREAU, '牵头', 2, 2],
      ['县应急管理局', '参与', 1, 1],
      ['县卫生健康局', '参与', 1, 1],
    ]);

    const shown = await cli('--db', dbPath, 'tasks', 'show', code);
    expect(shown.stdout).toContain(`部门联合抽查：牵头部门 ${BUREAU}；参与部门 县应急管理局、县卫生健康局`);
    expect(shown.stdout).toMatch(/县应急管理局（参与）：\d+ 危险化学品经营安全检查；每户 1 名执法人员/);
    expect(shown.stdout).toContain(`检查组：每户 4 名执法人员（${BUREAU} 2 名、县应急管理局 1 名、县卫生健康局 1 名）`);
    const pool = await cli('--db', dbPath, 'tasks', 'pool', code);
    expect(pool.stdout).toContain('县卫生健康局（参与）：可派 3 名，每户需 1 名');

    const drawn = await cli('--db', dbPath, 'draw', code, '--operator', '张操作', '--witness', '李监督', '--plain');
    expect(drawn.stderr).toBe('');
    const lines = drawn.stdout.split('\n').filter((l) => /^\d+\t/.test(l));
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect(line).toMatch(
        new RegExp(
          `\\t${BUREAU}：执法员\\d\\(1402\\d+\\)、执法员\\d\\(1402\\d+\\)；县应急管理局：应急员\\d\\(YJ\\d+\\)；县卫生健康局：卫健员\\d\\(WJ\\d+\\)$`,
        ),
      );

    const after = reopen(dbPath);
    const record = await invoke(after, 'draws:get', { id: (await invoke(after, 'tasks:get', { id })).liveDrawId! });
    const entity = record.selected[0]!;
    const out = entity.inspectors[3]!;
    const replaced = await cli('--db', dbPath, 'replace', code, '--entity', entity.code, '--inspector', out.certNo, '--reason', '病休');
    expect(replaced.stderr).toBe('');
    expect(replaced.stdout).toMatch(new RegExp(`${entity.code}.*县卫生健康局：卫健员\\d\\(WJ\\d+\\)$`, 'm'));
    const show = await cli('--db', dbPath, 'draws', 'show', code);
    expect(show.stdout).toContain(`部门联合抽查：${BUREAU}（牵头）每户 2 名，县应急管理局（参与）每户 1 名，县卫生健康局（参与）每户 1 名`);
    expect(show.stdout).toContain(`递补：${entity.name}（县卫生健康局） ${out.name}(${out.certNo}) → 卫健员`);
    const verified = await cli('--db', dbPath, 'verify', code);
    expect(verified.stdout).toContain('复核通过');
  });

  it('takes the lead’s items from --item when no --dept names it', async () => {
    const { dbPath, safetySeq } = jointDb();
    const made = await cli(
      '--db',
      dbPath,
      '--json',
      ...CREATE,
      '--joint',
      '--item',
      '1',
      '--inspectors-per',
      '2',
      '--dept',
      `县应急管理局:${safetySeq}:1`,
    );
    expect(made.stderr).toBe('');
    const task = await invoke(reopen(dbPath), 'tasks:get', { id: (JSON.parse(made.stdout) as { id: number }).id });
    expect(task.departments.map((d) => [d.departmentId, d.perEntity, d.itemIds])).toEqual([
      [1, 2, [1]],
      [task.departments[1]!.departmentId, 1, task.departments[1]!.itemIds],
    ]);
    // Editing other terms keeps the departments; --dept replaces the others, the lead keeping its share.
    const edited = await cli('--db', dbPath, 'tasks', 'edit', String(task.id), '--count', '5');
    expect(edited.stderr).toBe('');
    const kept = await invoke(reopen(dbPath), 'tasks:get', { id: task.id });
    expect(kept.count).toBe(5);
    expect(kept.departments.map((d) => [d.name, d.perEntity])).toEqual([
      [BUREAU, 2],
      ['县应急管理局', 1],
    ]);
    const replaced = await cli('--db', dbPath, 'tasks', 'edit', String(task.id), '--dept', '县卫健局:公共场所卫生检查:2');
    expect(replaced.stderr).toBe('');
    const changed = await invoke(reopen(dbPath), 'tasks:get', { id: task.id });
    expect(changed.departments.map((d) => [d.name, d.role, d.perEntity, d.itemIds.length])).toEqual([
      [BUREAU, '牵头', 2, 1],
      ['县卫生健康局', '参与', 2, 1],
    ]);
    expect(changed.inspectorsPerEntity).toBe(4);
  });

  it('refuses a badly written --dept, an unknown department or item, in Chinese', async () => {
    const { dbPath } = jointDb();
    const bad = await cli('--db', dbPath, ...CREATE, '--joint', '--dept', '县应急管理局:1');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--dept 需写成 部门:事项,事项:人数');
    expect(bad.stderr).toContain('“县应急管理局:1”不对');
    const unknown = await cli('--db', dbPath, ...CREATE, '--joint', '--dept', '本局:1:2', '--dept', '县消防救援大队:1:1');
    expect(unknown.stderr).toContain('部门“县消防救援大队”不在部门名单中');
    const item = await cli('--db', dbPath, ...CREATE, '--joint', '--dept', '本局:1:2', '--dept', '县应急管理局:食品销售检查:1');
    expect(item.stderr).toContain('--dept：县应急管理局没有序号或名称为“食品销售检查”的抽查事项');
    const twice = await cli(
      '--db',
      dbPath,
      ...CREATE,
      '--item',
      '3',
      '--joint',
      '--dept',
      '本局:1:2',
      '--dept',
      '县应急管理局:危险化学品经营安全检查:1',
    );
    expect(twice.stderr).toContain('联合抽查中牵头部门的事项已由 --dept 写明，不要再用 --item');
    const lonely = await cli('--db', dbPath, ...CREATE, '--joint', '--dept', '本局:1:2');
    expect(lonely.stderr).toContain('部门联合抽查须有牵头部门和至少一个参与部门');
  });
});
