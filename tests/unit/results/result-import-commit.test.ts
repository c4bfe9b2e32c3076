import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { openDatabase, type Db } from '../../../electron/core/db/connection.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { importResults } from '../../../electron/core/results/result-import.ts';
import type { ResultInput, TaskResultRow } from '../../../electron/core/results/result-schema.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { afterThisTest } from '../test-cleanup.ts';

/** The clerk's date; the draws are on 2026-11-24. */
const TODAY = '2027-03-01';
const TASKS = 10;
const PER_TASK = 100;
const HEADER = ['任务编号', '统一社会信用代码', '检查结果', '检查日期', '核查方式', '后续处置', '发现问题', '备注', '实到执法人员'];

/**
 * A database with ten drawn tasks of 100 entities each. (Ten tasks of 100 rather than one of
 * 1,000: writing 1,000 rows one by one through setResults reads the whole draw twice per row, a
 * minute for one task of 1,000; the import's rows switch task every row, which also checks each
 * write's task.)
 */
function drawnTasks() {
  const ctx = tempContext();
  seedEntities(ctx.db, TASKS * PER_TASK + 100);
  seedInspectors(ctx.db, 24);
  const tasks = Array.from({ length: TASKS }, (_, t) => {
    const task = makeTask(ctx.db, { name: `2026年度测试抽查${t + 1}`, count: PER_TASK });
    runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), String(t).padStart(2, '0').repeat(32));
    return { id: task.id, code: getTask(ctx.db, task.id).code, rows: taskResults(ctx.db, task.id) };
  });
  return { db: ctx.db, tasks };
}

interface Line {
  taskId: number;
  entity: TaskResultRow;
  /** What the row's cells say, after 任务编号 and 统一社会信用代码. */
  cells: string[];
  /** The same result as setResults takes it; null for a row the import refuses. */
  result: ResultInput | null;
}

/** Row `i` of the file: five kinds of result, written as a clerk writes them, and a bad code now and then. */
function line(i: number, taskId: number, entity: TaskResultRow): Line {
  const names = entity.team.map((m) => m.name);
  const certs = entity.team.map((m) => m.certNo);
  if (i % 97 === 50) return { taskId, entity, cells: ['Q', '2026-12-01', '', '', '', '', ''], result: null };
  switch (i % 5) {
    case 0:
      return {
        taskId,
        entity,
        cells: ['1 未发现问题', '2026-12-01', '实地检查', '无须后置处置措施', '', '', names.join('、')],
        result: { codes: ['1'], methods: ['实地检查'], disposal: '无须后置处置措施', inspectedOn: '2026-12-01', inspectorsPresent: certs },
      };
    case 1:
      return {
        taskId,
        entity,
        cells: ['4、A', '2026-12-02', '实地检查、检验检测', '责令限期整改', '台账缺失', '复查', names[0]!],
        result: {
          codes: ['4', 'A'],
          methods: ['实地检查', '检验检测'],
          disposal: '责令限期整改',
          inspectedOn: '2026-12-02',
          findings: '台账缺失',
          notes: '复查',
          inspectorsPresent: [certs[0]!],
        },
      };
    case 2:
      return {
        taskId,
        entity,
        cells: ['E 发现问题经责令已改正', '2026-12-03', '书面检查', '', '已整改', '', certs.join('，')],
        result: { codes: ['E'], methods: ['书面检查'], inspectedOn: '2026-12-03', findings: '已整改', inspectorsPresent: certs },
      };
    case 3:
      return {
        taskId,
        entity,
        cells: ['未按规定公示应当公示的信息', '2026-12-04', '', '其他', '', '', ''],
        result: { codes: ['B'], disposal: '其他', inspectedOn: '2026-12-04', inspectorsPresent: [] },
      };
    default:
      return {
        taskId,
        entity,
        cells: ['1', '2026-12-05', '网络监测', '', '', '电话核实', names.join('、')],
        result: { codes: ['1'], methods: ['网络监测'], inspectedOn: '2026-12-05', notes: '电话核实', inspectorsPresent: certs },
      };
  }
}

/** Some results entered before the import: some as the file has them, some not. */
function enterEarlier(db: Db, lines: Line[]) {
  db.transaction(() => {
    lines.forEach((l, i) => {
      if (i % 7 !== 0) return;
      const result = i % 14 === 0 && l.result ? l.result : { codes: ['C'], inspectedOn: '2026-11-30', findings: '旧的记录' };
      setResults(db, { taskId: l.taskId, entityIds: [l.entity.entityId], result }, TODAY);
    });
  })();
}

/** Everything the import writes, but the times: each result, and each audit entry with its order. */
function written(db: Db) {
  return {
    results: db
      .prepare(
        'SELECT task_id, entity_id, codes, methods, disposal, inspected_on, findings, notes, inspectors_present FROM results ORDER BY task_id, entity_id',
      )
      .all(),
    audit: db.prepare('SELECT id, actor, action, subject, details FROM audit_log ORDER BY id').all(),
  };
}

describe('results import: 确认导入 of 1,000 rows', () => {
  it('stores exactly the results and audit entries that writing the rows one by one through setResults does', async () => {
    const imported = drawnTasks();
    // Rows go round the tasks: consecutive writes are for different tasks.
    const lines = Array.from({ length: TASKS * PER_TASK }, (_, i) => {
      const task = imported.tasks[i % TASKS]!;
      return line(i, task.id, task.rows[Math.floor(i / TASKS)]!);
    });
    enterEarlier(imported.db, lines);
    // The twin: a copy of that database, row for row.
    const twinPath = path.join(tempDir(), 'twin.db');
    await imported.db.backup(twinPath);
    const twin = { db: openDatabase(twinPath), tasks: imported.tasks };
    afterThisTest(() => twin.db.close());
    expect(written(twin.db)).toEqual(written(imported.db));
    const codeOf = new Map(imported.tasks.map((t) => [t.id, t.code]));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('检查结果').addRows([HEADER, ...lines.map((l) => [codeOf.get(l.taskId)!, l.entity.code, ...l.cells])]);
    const file = path.join(tempDir(), '检查结果.xlsx');
    await wb.xlsx.writeFile(file);

    const outcome = await importResults(imported.db, file, undefined, TODAY, { skipRefused: true });
    expect(outcome.rows).toHaveLength(1000);
    expect(outcome.counts).toEqual({ new: 849, changed: 70, unchanged: 71, refused: 10 });

    // The twin: each new or changed row by itself, as the import wrote them before (inside one
    // transaction, as then, which spares the disk a flush per row; each call is its own savepoint).
    let calls = 0;
    twin.db.transaction(() => {
      outcome.rows.forEach((row, i) => {
        const l = lines[i]!;
        expect([row.row, row.code]).toEqual([i + 2, l.entity.code]);
        if (row.verdict !== 'new' && row.verdict !== 'changed') return;
        setResults(twin.db, { taskId: l.taskId, entityIds: [l.entity.entityId], result: l.result!, actor: '导入' }, TODAY);
        calls += 1;
      });
    })();
    expect(outcome.written).toBe(calls);

    const mine = written(imported.db);
    // Every entity has a result now but those of the 10 refused rows; 2 of these were entered before.
    expect(mine.results).toHaveLength(TASKS * PER_TASK - 8);
    expect(mine).toEqual(written(twin.db));
    expect(verifyAuditChain(imported.db)).toMatchObject({ ok: true, problems: [] });
    expect(verifyAuditChain(twin.db).ok).toBe(true);
  }, 120_000);
});
