import path from 'node:path';
import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { importResults, previewResultImport } from '../../../electron/core/results/result-import.ts';
import type { ResultImportOutcome } from '../../../electron/core/results/result-import-types.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { cli } from '../cli-in-process.ts';
import { tempContext, tempDir } from '../temp-db.ts';

/** The clerk's date: after every inspection date below; the draw is on 2026-11-24. */
const TODAY = '2027-03-01';
const HEADER = ['统一社会信用代码', '检查结果', '检查日期', '核查方式', '后续处置', '发现问题', '备注', '实到执法人员'];

function drawnTask(count: number, drawnAt = new Date('2026-11-24T09:00:00Z')) {
  const ctx = tempContext();
  seedEntities(ctx.db, 20);
  seedInspectors(ctx.db, 6);
  const task = makeTask(ctx.db, { count });
  runDraw(ctx.db, task.id, PEOPLE, drawnAt, '33'.repeat(32));
  return { ...ctx, taskId: task.id, taskCode: getTask(ctx.db, task.id).code, rows: taskResults(ctx.db, task.id) };
}

async function sheet(rows: unknown[][], header = HEADER): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('检查结果').addRows([header, ...rows]);
  const file = path.join(tempDir(), '检查结果.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Everything a write would touch: the results, the audit log, and SQLite's own count of changes. */
function state(db: Db) {
  return {
    results: db.prepare('SELECT * FROM results ORDER BY task_id, entity_id').all(),
    audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    changes: db.prepare('SELECT total_changes()').pluck().get(),
  };
}

/**
 * Five drawn entities: the first two have results (1 未发现问题 by the whole team; E with a
 * finding by the first member), the other three none yet.
 */
async function fiveWithTwoEntered() {
  const t = drawnTask(5);
  const [a, b] = t.rows;
  setResults(
    t.db,
    {
      taskId: t.taskId,
      entityIds: [a!.entityId],
      result: {
        codes: ['1'],
        methods: ['实地检查'],
        disposal: '无须后置处置措施',
        inspectedOn: '2026-12-01',
        inspectorsPresent: a!.team.map((m) => m.certNo),
      },
    },
    TODAY,
  );
  setResults(
    t.db,
    {
      taskId: t.taskId,
      entityIds: [b!.entityId],
      result: {
        codes: ['E'],
        methods: ['实地检查'],
        disposal: '责令限期整改',
        inspectedOn: '2026-12-01',
        findings: '台账缺失',
        inspectorsPresent: [b!.team[0]!.certNo],
      },
    },
    TODAY,
  );
  const names = (r: (typeof t.rows)[number]) => r.team.map((m) => m.name).join('、');
  const [, , c, d, e] = t.rows;
  const file = await sheet([
    [a!.code, '1 未发现问题', '2026-12-01', '实地检查', '无须后置处置措施', '', '', names(a!)],
    [b!.code, '4、A', '2026-12-03', '实地检查、检验检测', '发现案件线索，移送办案机构', '台账缺失', '复查', names(b!)],
    [c!.code, '未发现问题', '2026-12-02', '书面检查', '', '', '', ''],
    [d!.code, 'Q', '2026-12-02', '', '', '', '', ''],
    ['91110000600037341L', '1', '2026-12-02', '', '', '', '', ''],
    [e!.code, '1、A', '2026-12-02', '', '', '', '', ''],
  ]);
  return { ...t, file };
}

describe('results import: the preview', () => {
  it('counts new, changed, unchanged and refused rows, and writes nothing', async () => {
    const { db, file, taskCode, rows } = await fiveWithTwoEntered();
    const before = state(db);
    const preview = await previewResultImport(db, file, taskCode, TODAY);
    expect(state(db)).toEqual(before);
    expect(preview).toMatchObject({
      dryRun: true,
      fileName: '检查结果.xlsx',
      tasks: [taskCode],
      written: 0,
      counts: { new: 1, changed: 1, unchanged: 1, refused: 3 },
    });
    expect(preview.rows.map((r) => [r.row, r.verdict, r.code, r.name])).toEqual([
      [2, 'unchanged', rows[0]!.code, rows[0]!.name],
      [3, 'changed', rows[1]!.code, rows[1]!.name],
      [4, 'new', rows[2]!.code, rows[2]!.name],
      [5, 'refused', rows[3]!.code, rows[3]!.name],
      [6, 'refused', '91110000600037341L', ''],
      [7, 'refused', rows[4]!.code, rows[4]!.name],
    ]);
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives every changed field of a changed result with its old and new value as the clerk reads them', async () => {
    const { db, file, taskCode, rows } = await fiveWithTwoEntered();
    const changed = (await previewResultImport(db, file, taskCode, TODAY)).rows.find((r) => r.verdict === 'changed')!;
    const b = rows[1]!;
    expect(changed.changes).toEqual([
      { field: 'codes', label: '检查结果', old: 'E 发现问题经责令已改正', new: '4 违反质量技术监督相关规定、A 发现问题待后续处理' },
      { field: 'inspectedOn', label: '检查日期', old: '2026-12-01', new: '2026-12-03' },
      { field: 'methods', label: '核查方式', old: '实地检查', new: '实地检查、检验检测' },
      {
        field: 'disposal',
        label: '后续处置',
        old: '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责',
        new: '发现案件线索，初步固定相关证据后移送办案机构依法依规处理',
      },
      { field: 'notes', label: '备注', old: '', new: '复查' },
      { field: 'inspectorsPresent', label: '实到执法人员', old: b.team[0]!.name, new: b.team.map((m) => m.name).join('、') },
    ]);
    // 发现问题 is the same in the file: not listed.
    expect(changed.changes.some((c) => c.field === 'findings')).toBe(false);
  });

  it("lists a new result's fields with empty old values, and order alone is no change", async () => {
    const { db, taskId, taskCode, rows } = drawnTask(2);
    const a = rows[0]!;
    setResults(
      db,
      {
        taskId,
        entityIds: [a.entityId],
        result: {
          codes: ['4', 'A'],
          methods: ['实地检查', '检验检测'],
          inspectedOn: '2026-12-01',
          inspectorsPresent: a.team.map((m) => m.certNo),
        },
      },
      TODAY,
    );
    const file = await sheet([
      [
        a.code,
        'A、4',
        '2026-12-01',
        '检验检测、实地检查',
        '',
        '',
        '',
        [...a.team]
          .reverse()
          .map((m) => m.name)
          .join('、'),
      ],
      [rows[1]!.code, '1', '2026-12-02', '书面检查', '', '', '', ''],
    ]);
    const preview = await previewResultImport(db, file, taskCode, TODAY);
    expect(preview.rows.map((r) => r.verdict)).toEqual(['unchanged', 'new']);
    expect(preview.rows[1]!.changes).toEqual([
      { field: 'codes', label: '检查结果', old: '', new: '1 未发现问题' },
      { field: 'inspectedOn', label: '检查日期', old: '', new: '2026-12-02' },
      { field: 'methods', label: '核查方式', old: '', new: '书面检查' },
    ]);
  });

  it('names the row and column of every refused row, and refuses a second row for the same entity', async () => {
    const { db, file, taskCode, rows } = await fiveWithTwoEntered();
    const refused = (await previewResultImport(db, file, taskCode, TODAY)).rows.filter((r) => r.verdict === 'refused');
    expect(refused.map((r) => r.reasons)).toEqual([
      ['第 5 行“检查结果”列：结果代码表中没有“Q”'],
      ['第 6 行“统一社会信用代码”列：该代码不在任务的抽取结果中'],
      ['第 7 行“检查结果”列：“1 未发现问题”不能与其他结果同时选择'],
    ]);
    const twice = await sheet(
      [
        [rows[2]!.code, '1', '2026-12-02'],
        [rows[2]!.code, '4', '2026-12-02'],
      ],
      ['统一社会信用代码', '检查结果', '检查日期'],
    );
    const preview = await previewResultImport(db, twice, taskCode, TODAY);
    expect(preview.rows.map((r) => r.verdict)).toEqual(['new', 'refused']);
    expect(preview.rows[1]!.reasons).toEqual(['第 3 行“统一社会信用代码”列：与第 2 行是同一检查对象，每户只能有一行']);
  });
});

describe('results import: 确认导入', () => {
  it('writes the new and changed rows only, all in one transaction, and leaves unchanged ones as they were', async () => {
    const { db, file, taskCode, taskId, rows } = await fiveWithTwoEntered();
    const preview = await previewResultImport(db, file, taskCode, TODAY);
    const untouched = taskResults(db, taskId)[0]!.result!.updatedAt;
    const audit = state(db).audit as number;
    const done = await importResults(db, file, taskCode, TODAY, { skipRefused: true, fingerprint: preview.fingerprint });
    expect(done).toMatchObject({ dryRun: false, written: 2, counts: preview.counts, rows: preview.rows });
    const after = taskResults(db, taskId);
    expect(after[0]!.result!.updatedAt).toBe(untouched);
    expect(after[1]!.result).toMatchObject({
      codes: ['4', 'A'],
      inspectedOn: '2026-12-03',
      notes: '复查',
      findings: '台账缺失',
      inspectorsPresent: rows[1]!.team.map((m) => m.certNo),
    });
    expect(after[2]!.result).toMatchObject({ codes: ['1'], methods: ['书面检查'], inspectedOn: '2026-12-02', inspectorsPresent: [] });
    expect(after.slice(3).map((r) => r.result)).toEqual([null, null]);
    expect(state(db).audit).toBe(audit + 2);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('leaves nothing written when a write fails half-way through', async () => {
    const { db, file, taskCode, taskId, rows } = await fiveWithTwoEntered();
    // The new result (row 4) is written after the changed one (row 3): the failure comes second.
    db.exec(
      `CREATE TRIGGER fail_third BEFORE INSERT ON results WHEN NEW.entity_id = ${rows[2]!.entityId} BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const before = state(db);
    await expect(importResults(db, file, taskCode, TODAY, { skipRefused: true })).rejects.toThrow('disk full');
    const after = state(db);
    expect({ ...after, changes: 0 }).toEqual({ ...before, changes: 0 });
    expect(taskResults(db, taskId)[1]!.result).toMatchObject({ codes: ['E'], inspectedOn: '2026-12-01' });
  });

  it('without skipRefused, a file with a refused row writes nothing and lists every problem', async () => {
    const { db, file, taskCode } = await fiveWithTwoEntered();
    const before = state(db);
    await expect(importResults(db, file, taskCode, TODAY)).rejects.toThrow(
      /3 处问题，未导入任何结果：\n第 5 行“检查结果”列：结果代码表中没有“Q”\n第 6 行/,
    );
    expect(state(db).results).toEqual(before.results);
  });

  it('refuses to write when the results changed after the preview', async () => {
    const { db, file, taskCode, taskId, rows } = await fiveWithTwoEntered();
    const preview = await previewResultImport(db, file, taskCode, TODAY);
    setResults(db, { taskId, entityIds: [rows[1]!.entityId], result: { codes: ['B'], inspectedOn: '2026-12-02' } }, TODAY);
    const before = state(db);
    await expect(importResults(db, file, taskCode, TODAY, { skipRefused: true, fingerprint: preview.fingerprint })).rejects.toThrow(
      '预览之后，文件或已录入的检查结果有了变化，没有导入',
    );
    expect(state(db)).toEqual(before);
  });

  it('writes nothing when the file says what is already entered, and says so', async () => {
    const { db, taskCode, rows } = drawnTask(1);
    const file = await sheet([[rows[0]!.code, '1', '2026-12-02']], ['统一社会信用代码', '检查结果', '检查日期']);
    expect((await importResults(db, file, taskCode, TODAY)).counts.new).toBe(1);
    const before = state(db);
    expect(await importResults(db, file, taskCode, TODAY)).toMatchObject({
      written: 0,
      counts: { new: 0, changed: 0, unchanged: 1, refused: 0 },
    });
    expect(state(db)).toEqual(before);
  });

  it('goes through the contract: dryRun previews, then the import writes', async () => {
    const ctx = await fiveWithTwoEntered();
    const before = state(ctx.db);
    // The contract's `today` is the real one: the file's dates lie between the draw and now.
    const preview = await invoke(ctx, 'results:import', { path: ctx.file, task: ctx.taskCode, dryRun: true });
    expect(state(ctx.db)).toEqual(before);
    expect(preview.counts).toEqual({ new: 1, changed: 1, unchanged: 1, refused: 3 });
    await expect(invoke(ctx, 'results:import', { path: ctx.file, task: ctx.taskCode, fingerprint: 'abc' })).rejects.toThrow('预览标识无效');
    const done = await invoke(ctx, 'results:import', {
      path: ctx.file,
      task: ctx.taskCode,
      skipRefused: true,
      fingerprint: preview.fingerprint,
    });
    expect(done.written).toBe(2);
  });
});

describe('shuangsuiji results import', () => {
  it('--dry-run --json prints the preview and writes nothing; without it, the changed fields in Chinese', async () => {
    // The CLI's today is the real one: draw now, inspect today.
    const { db, dbPath, taskId, taskCode, rows } = drawnTask(2, new Date());
    const today = dayjs().format('YYYY-MM-DD');
    setResults(db, { taskId, entityIds: [rows[0]!.entityId], result: { codes: ['1'], inspectedOn: today } }, today);
    const file = await sheet(
      [
        [rows[0]!.code, '4', today],
        [rows[1]!.code, '1', today],
      ],
      ['统一社会信用代码', '检查结果', '检查日期'],
    );
    const before = state(db);

    const dry = await cli('--db', dbPath, 'results', 'import', file, '--task', taskCode, '--dry-run', '--json');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    const preview = JSON.parse(dry.stdout) as ResultImportOutcome;
    expect(preview).toMatchObject({
      dryRun: true,
      written: 0,
      tasks: [taskCode],
      counts: { new: 1, changed: 1, unchanged: 0, refused: 0 },
    });
    expect(preview.rows[0]!.changes).toEqual([
      { field: 'codes', label: '检查结果', old: '1 未发现问题', new: '4 违反质量技术监督相关规定' },
    ]);
    expect(state(db).results).toEqual(before.results);

    const human = await cli('--db', dbPath, 'results', 'import', file, '--task', taskCode, '--dry-run');
    expect(human.stdout).toContain('新增 1 户，更改 1 户，不变 0 户。没有写入任何数据。');
    expect(human.stdout).toContain('    检查结果：1 未发现问题 → 4 违反质量技术监督相关规定');

    const done = await cli('--db', dbPath, 'results', 'import', file, '--task', taskCode);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toContain(`已从“检查结果.xlsx”导入 2 户的检查结果（任务 ${taskCode}）`);
    expect(taskResults(db, taskId).map((r) => r.result?.codes)).toEqual([['4'], ['1']]);
  });
});
