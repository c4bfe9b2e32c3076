import { fieldsOf as fields } from '../field-errors.ts';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { publicationDeadline, workingDaysBetween, yearsWithoutHolidayData } from '../../../electron/core/publication/deadline.ts';
import { publicationDashboard } from '../../../electron/core/publication/publication-service.ts';
import { reviewAndPublish } from '../publication/publication-fixture.ts';
import { saveResultCodes, listResultCodes } from '../../../electron/core/results/result-codes.ts';
import { importResults } from '../../../electron/core/results/result-import.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext, tempDir } from '../temp-db.ts';

/** The clerk's date for these results: after every inspection date below. */
const TODAY = '2027-03-01';

function drawnTask(count = 4) {
  const ctx = tempContext();
  seedEntities(ctx.db, 20);
  seedInspectors(ctx.db, 6);
  const task = makeTask(ctx.db, { count });
  runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
  return { ...ctx, taskId: task.id, rows: taskResults(ctx.db, task.id) };
}

describe('results', () => {
  it('records a result per drawn entity, in bulk too, and tracks progress n of m', () => {
    const { db, taskId, rows } = drawnTask();
    setResults(
      db,
      {
        taskId,
        entityIds: rows.slice(0, 3).map((r) => r.entityId),
        result: { codes: ['1'], methods: ['实地检查'], disposal: '无须后置处置措施', inspectedOn: '2026-12-03' },
      },
      TODAY,
    );
    expect(getTask(db, taskId)).toMatchObject({ resultCount: 3, selectedCount: 4, state: '检查中' });
    setResults(
      db,
      { taskId, entityIds: [rows[3]!.entityId], result: { codes: ['4', 'A'], findings: '计量器具未检定', inspectedOn: '2026-12-05' } },
      TODAY,
    );
    expect(getTask(db, taskId).state).toBe('已完成');
    expect(taskResults(db, taskId)[3]?.result).toMatchObject({ codes: ['4', 'A'], findings: '计量器具未检定' });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it("in bulk, records each entity's own drawn team as present when asked", () => {
    const { db, taskId, rows } = drawnTask();
    const ids = rows.map((r) => r.entityId);
    setResults(db, { taskId, entityIds: ids, result: { codes: ['1'], inspectorsPresent: ['ignored'] }, presentAsTeam: true });
    for (const row of taskResults(db, taskId)) expect(row.result!.inspectorsPresent).toEqual(row.team.map((t) => t.certNo));
    expect(new Set(taskResults(db, taskId).map((r) => r.result!.inspectorsPresent.join())).size).toBeGreaterThan(1);
    setResults(db, { taskId, entityIds: ids, result: { codes: ['1'] } });
    for (const row of taskResults(db, taskId)) expect(row.result!.inspectorsPresent).toEqual([]);
  });

  it('refuses an inspection date before the draw or after today, on the screen and from Excel', async () => {
    const { db, taskId, rows } = drawnTask(1);
    const one = { taskId, entityIds: [rows[0]!.entityId] };
    expect(fields(() => setResults(db, { ...one, result: { codes: ['1'], inspectedOn: '2026-11-23' } }, '2026-12-10'))?.inspectedOn).toBe(
      '检查日期不能早于抽取日期（2026-11-24）',
    );
    expect(fields(() => setResults(db, { ...one, result: { codes: ['1'], inspectedOn: '2026-12-11' } }, '2026-12-10'))?.inspectedOn).toBe(
      '检查日期不能晚于今天（2026-12-10）',
    );
    setResults(db, { ...one, result: { codes: ['1'], inspectedOn: '2026-11-24' } }, '2026-12-10');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('结果').addRows([
      ['统一社会信用代码', '检查结果', '检查日期'],
      [rows[0]!.code, '1', '2026-11-01'],
    ]);
    const file = path.join(tempDir(), 'early.xlsx');
    await wb.xlsx.writeFile(file);
    await expect(importResults(db, file, getTask(db, taskId).code, '2026-12-10')).rejects.toThrow(
      '第 2 行“检查日期”列：检查日期不能早于抽取日期（2026-11-24）',
    );
  });

  it('refuses unknown codes, 1 combined with a problem, and entities not drawn', () => {
    const { db, taskId, rows } = drawnTask();
    const id = rows[0]!.entityId;
    expect(() => setResults(db, { taskId, entityIds: [id], result: { codes: ['Z'] } })).toThrow(/请检查/);
    expect(() => setResults(db, { taskId, entityIds: [id], result: { codes: ['1', 'A'] } })).toThrow(/请检查/);
    expect(() => setResults(db, { taskId, entityIds: [999], result: { codes: ['1'] } })).toThrow(/不在本任务的抽取结果中/);
  });

  it('keeps the code list editable, but a used code can only be made inactive', () => {
    const { db, taskId, rows } = drawnTask();
    setResults(db, { taskId, entityIds: [rows[0]!.entityId], result: { codes: ['B'] } });
    const codes = listResultCodes(db);
    expect(() =>
      saveResultCodes(
        db,
        codes.filter((c) => c.code !== 'B'),
      ),
    ).toThrow(/请检查/);
    const edited = saveResultCodes(db, [
      ...codes.map((c) => (c.code === 'B' ? { ...c, active: false } : c)),
      { code: 'H', label: '违反本省规定', problem: true, active: true },
    ]);
    expect(edited.find((c) => c.code === 'H')).toMatchObject({ label: '违反本省规定' });
  });

  it('imports results from Excel all or nothing, naming each bad row', async () => {
    const { db, taskId, rows } = drawnTask(3);
    const dir = tempDir();
    const file = async (name: string, data: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('结果');
      ws.addRow(['任务编号', '统一社会信用代码', '检查结果', '检查日期', '核查方式']);
      data.forEach((r) => ws.addRow(r));
      await wb.xlsx.writeFile(path.join(dir, name));
      return path.join(dir, name);
    };
    const code = getTask(db, taskId).code;
    const bad = await file('bad.xlsx', [
      [code, rows[0]!.code, '未发现问题', '2026-12-01', '实地检查'],
      [code, rows[1]!.code, 'Q', '2026-12-01', ''],
      [code, '91110000600037341L', '1', '2026-12-01', ''],
    ]);
    await expect(importResults(db, bad, undefined, TODAY)).rejects.toThrow(
      /2 处问题[\s\S]*第 3 行“检查结果”列：结果代码表中没有“Q”[\s\S]*第 4 行“统一社会信用代码”列：该代码不在任务的抽取结果中/,
    );
    expect(getTask(db, taskId).resultCount).toBe(0);
    const good = await file(
      'good.xlsx',
      rows.map((r) => [code, r.code, '1', '2026-12-02', '实地检查、书面检查']),
    );
    expect(await importResults(db, good, undefined, TODAY)).toMatchObject({
      tasks: [code],
      written: 3,
      counts: { new: 3, changed: 0, unchanged: 0, refused: 0 },
    });
    const [first] = taskResults(db, taskId);
    expect(first?.result).toMatchObject({ codes: ['1'], methods: ['实地检查', '书面检查'], inspectedOn: '2026-12-02' });
    // No 实到执法人员 column: a new result records the drawn team, as the screen proposes.
    expect(first?.result?.inspectorsPresent).toEqual(first?.team.map((t) => t.certNo));
  });

  it('names the column of each problem and every problem of a row; columns the file lacks keep what was entered', async () => {
    const { db, taskId, rows } = drawnTask(2);
    const code = getTask(db, taskId).code;
    const present = [rows[0]!.team[0]!.certNo];
    setResults(
      db,
      {
        taskId,
        entityIds: [rows[0]!.entityId],
        result: { codes: ['E'], disposal: '责令限期整改', findings: '台账缺失', inspectedOn: '2026-12-01', inspectorsPresent: present },
      },
      TODAY,
    );
    const dir = tempDir();
    const file = async (name: string, header: string[], data: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('结果');
      ws.addRow(header);
      data.forEach((r) => ws.addRow(r));
      await wb.xlsx.writeFile(path.join(dir, name));
      return path.join(dir, name);
    };
    const bad = await file(
      'bad.xlsx',
      ['统一社会信用代码', '检查结果', '核查方式', '实到执法人员'],
      [[rows[1]!.code, '合格', '电话检查', '无名氏']],
    );
    const refused = importResults(db, bad, code, TODAY);
    await expect(refused).rejects.toThrow(/3 处问题/);
    await expect(importResults(db, bad, code, TODAY)).rejects.toThrow(
      /第 2 行“检查结果”列：结果代码表中没有“合格”[\s\S]*第 2 行“实到执法人员”列：“无名氏”不是该户检查组的成员[\s\S]*第 2 行“核查方式”列：核查方式只能是/,
    );

    const partial = await file('partial.xlsx', ['统一社会信用代码', '检查结果'], [[rows[0]!.code, '4']]);
    expect(await importResults(db, partial, code, TODAY)).toMatchObject({
      written: 1,
      counts: { new: 0, changed: 1, unchanged: 0, refused: 0 },
    });
    expect(taskResults(db, taskId)[0]?.result).toMatchObject({
      codes: ['4'],
      // the short words clerks write map onto the platform's (DOMAIN.md)
      disposal: '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责',
      findings: '台账缺失',
      inspectedOn: '2026-12-01',
      inspectorsPresent: present,
    });
  });
});

describe('publication deadline and statistics', () => {
  it('counts 20 working days with the holiday and 调休 calendar', () => {
    expect(publicationDeadline('2026-09-25', 20)).toBe('2026-10-29');
    expect(workingDaysBetween('2026-09-28', '2026-10-12')).toBe(6);
    expect(workingDaysBetween('2026-10-12', '2026-09-28')).toBe(-6);
  });

  it('shows what is due soon and overdue, and marks a finished task as published', () => {
    const { db, taskId, rows } = drawnTask(2);
    expect(publicationDashboard(db, '2026-12-01')[0]).toMatchObject({ state: '待检查', deadline: null });
    setResults(db, { taskId, entityIds: rows.map((r) => r.entityId), result: { codes: ['1'], inspectedOn: '2026-12-01' } }, TODAY);
    const deadline = publicationDeadline('2026-12-01', 20);
    expect(publicationDashboard(db, '2026-12-02')[0]).toMatchObject({ state: '未到期', lastInspection: '2026-12-01', deadline });
    expect(publicationDashboard(db, deadline)[0]).toMatchObject({ state: '即将到期', daysLeft: 0 });
    expect(publicationDashboard(db, '2027-03-01')[0]).toMatchObject({ state: '已逾期' });
    saveSettings(db, { publicationDays: 5 });
    expect(publicationDashboard(db, '2026-12-02')[0]?.deadline).toBe(publicationDeadline('2026-12-01', 5));
    reviewAndPublish(db, taskId, '2026-12-10');
    expect(publicationDashboard(db, '2027-03-01')[0]).toMatchObject({ state: '已公示', publishedOn: '2026-12-10' });
  });

  it('says when the deadline runs into a year whose holidays the calendar does not know yet', () => {
    expect(yearsWithoutHolidayData('2026-09-25', '2026-10-29')).toEqual([]);
    expect(yearsWithoutHolidayData('2098-12-01', '2099-01-20')).toEqual([2098, 2099]);
    const { db, taskId, rows } = drawnTask(1);
    setResults(db, { taskId, entityIds: [rows[0]!.entityId], result: { codes: ['1'], inspectedOn: '2026-12-20' } }, TODAY);
    const row = publicationDashboard(db, '2026-12-21')[0]!;
    expect(row.deadline! > '2027-01-01').toBe(true);
    const unknown = yearsWithoutHolidayData('2026-12-20', row.deadline!);
    expect(row.deadlineNote).toBe(
      unknown.length === 0
        ? null
        : `程序尚未收录 ${unknown.join('、')} 年的法定节假日安排，截止日期暂按周一至周五（元旦、5月1日、10月1日至3日除外）计算，请对照国务院放假通知核对。`,
    );
    setResults(db, { taskId, entityIds: [rows[0]!.entityId], result: { codes: ['1'], inspectedOn: '2026-11-25' } }, TODAY);
    expect(publicationDashboard(db, '2026-12-02')[0]!.deadlineNote).toBeNull();
  });
});

describe('what results protect', () => {
  it('a draw with results entered cannot be voided', async () => {
    const { voidDraw } = await import('../../../electron/core/draw/draw-service.ts');
    const { db, taskId, rows } = drawnTask(2);
    setResults(db, { taskId, entityIds: [rows[0]!.entityId], result: { codes: ['1'] } });
    expect(() => voidDraw(db, getTask(db, taskId).liveDrawId!, '重抽')).toThrow(/已录入 1 户的检查结果，不能作废/);
  });

  it('a task is deleted only while it has never been drawn', async () => {
    const { deleteTask } = await import('../../../electron/core/tasks/task-service.ts');
    const { db, taskId } = drawnTask(1);
    expect(() => deleteTask(db, taskId)).toThrow(/已有抽取记录，不能删除/);
    const spare = makeTask(db, { count: 1 });
    deleteTask(db, spare.id);
    expect(() => getTask(db, spare.id)).toThrow(/找不到该抽查任务/);
  });
});
