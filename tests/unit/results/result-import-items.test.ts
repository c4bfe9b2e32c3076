import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportResults } from '../../../electron/core/results/result-export.ts';
import { importResults, previewResultImport } from '../../../electron/core/results/result-import.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { cli } from '../cli-in-process.ts';
import { tempDir } from '../temp-db.ts';
import { drawnTaskOfThreeItems, markPublished, resultSheet, TODAY } from './item-findings-fixture.ts';

const BASE = ['统一社会信用代码', '检查结果', '检查日期'];

describe('results import: the findings per 检查事项', () => {
  it('reads columns headed by the item name, by 【序号】, by 事项n and 第n项, with 是/否, √/×, 已检查/未检查, Y/N', async () => {
    const t = drawnTaskOfThreeItems(4);
    const [i1, i2, i3] = t.items.map((i) => i.name);
    const header = [
      ...BASE,
      `${i1}-是否检查`,
      `${i1}－发现问题`,
      `${i1}_处置情况`,
      '【2】是否检查',
      '事项2发现问题',
      '第3项是否检查',
      `3.${i3}处置情况`,
    ];
    const rows = t.rows.map((r) => r.code);
    const file = await resultSheet(header, [
      [rows[0], '4', '2026-12-01', '是', '未公示年报', '责令改正', '×', '', '否', ''],
      [rows[1], '1', '2026-12-01', '√', '', '', 'N', '', 'Y', ''],
      [rows[2], '4', '2026-12-01', '已检查', '', '', '未检查', '', '已检查', '移送'],
      [rows[3], 'E', '2026-12-01', 'yes', '', '', '', '台账缺失', 'no', ''],
    ]);
    const outcome = await importResults(t.db, file, t.taskCode, TODAY);
    expect(outcome.counts).toEqual({ new: 4, changed: 0, unchanged: 0, refused: 0 });
    const stored = taskResults(t.db, t.taskId).map((r) => r.result!.itemFindings.map((f) => [f.checked, f.problem, f.handling]));
    expect(stored).toEqual([
      [
        [true, '未公示年报', '责令改正'],
        [false, '', ''],
        [false, '', ''],
      ],
      [
        [true, '', ''],
        [false, '', ''],
        [true, '', ''],
      ],
      [
        [true, '', ''],
        [false, '', ''],
        [true, '', '移送'],
      ],
      // A problem written with 是否检查 left blank: the item was checked.
      [
        [true, '', ''],
        [true, '台账缺失', ''],
        [false, '', ''],
      ],
    ]);
    // The preview of a new row names what differs from "every item checked, nothing found".
    const row0 = outcome.rows[0]!.changes.filter((c) => c.field === 'itemFindings').map((c) => `${c.label}:${c.new}`);
    expect(row0).toEqual([`${i1}·发现问题:未公示年报`, `${i1}·处置情况:责令改正`, `${i2}·是否检查:否`, `${t.items[2]!.name}·是否检查:否`]);
  });

  it('shows each changed part as 原值 → 新值 under the item’s name', async () => {
    const t = drawnTaskOfThreeItems(1);
    const [a] = t.rows;
    const [i1] = t.items;
    setResults(t.db, { taskId: t.taskId, entityIds: [a!.entityId], result: { codes: ['4'], inspectedOn: '2026-12-01' } }, TODAY);
    const file = await resultSheet(
      [...BASE, `${i1!.name}-是否检查`, `${i1!.name}-发现问题`],
      [[a!.code, '4', '2026-12-01', '是', '无证经营']],
    );
    const preview = await previewResultImport(t.db, file, t.taskCode, TODAY);
    expect(preview.rows[0]!.verdict).toBe('changed');
    expect(preview.rows[0]!.changes).toEqual([{ field: 'itemFindings', label: `${i1!.name}·发现问题`, old: '', new: '无证经营' }]);
  });

  it('refuses a row naming row and column: 是否检查 not readable, a problem beside 1, a problem on an item not checked, an item the task lacks', async () => {
    const t = drawnTaskOfThreeItems(3);
    const [i1] = t.items.map((i) => i.name);
    const header = [...BASE, `${i1}-是否检查`, `${i1}-发现问题`, '事项9-是否检查'];
    const file = await resultSheet(header, [
      [t.rows[0]!.code, '4', '2026-12-01', '也许', '', ''],
      [t.rows[1]!.code, '1', '2026-12-01', '是', '无证经营', ''],
      [t.rows[2]!.code, '4', '2026-12-01', '否', '无证经营', ''],
    ]);
    const outcome = await previewResultImport(t.db, file, t.taskCode, TODAY);
    expect(outcome.counts.refused).toBe(3);
    const reasons = outcome.rows.map((r) => r.reasons);
    const stray = (n: number) => `第 ${n} 行“事项9-是否检查”列：列名中的检查事项不是本任务的抽查事项（本任务共 3 项）`;
    expect(reasons[0]).toEqual([stray(2), `第 2 行“${i1}-是否检查”列：“也许”无法识别，是否检查请填“是”或“否”`]);
    expect(reasons[1]).toEqual([stray(3), `第 3 行“${i1}-发现问题”列：检查事项“${i1}”发现了问题，检查结果不能是“1 未发现问题”`]);
    expect(reasons[2]).toEqual([stray(4), `第 4 行“${i1}-发现问题”列：检查事项“${i1}”未检查，不能填写发现问题或处置情况`]);
    // All or nothing: the import writes none of them.
    await expect(importResults(t.db, file, t.taskCode, TODAY)).rejects.toThrow(/未导入任何结果/);
    expect(taskResults(t.db, t.taskId).every((r) => r.result === null)).toBe(true);
  });

  it('refuses to change a published result without a 更正理由, and passes the reason on as a 更正 when the sheet gives one', async () => {
    const t = drawnTaskOfThreeItems(2);
    const [a, b] = t.rows;
    setResults(
      t.db,
      { taskId: t.taskId, entityIds: [a!.entityId, b!.entityId], result: { codes: ['1'], inspectedOn: '2026-12-01' } },
      TODAY,
    );
    markPublished(t.db, t.taskId, [a!.entityId, b!.entityId]);
    const without = await resultSheet(BASE, [
      [a!.code, '4', '2026-12-01'],
      [b!.code, '1', '2026-12-01'],
    ]);
    const refused = await previewResultImport(t.db, without, t.taskCode, TODAY);
    expect(refused.rows.map((r) => r.verdict)).toEqual(['refused', 'unchanged']);
    expect(refused.rows[0]!.reasons).toEqual(['第 2 行：该户的检查结果已于 2026-12-20 公示，修改须作为更正，请在“更正理由”列写明理由']);
    const withReason = await resultSheet([...BASE, '更正理由'], [[a!.code, '4', '2026-12-01', '复核发现录入错误']]);
    const done = await importResults(t.db, withReason, t.taskCode, TODAY);
    expect(done.written).toBe(1);
    const stored = taskResults(t.db, t.taskId)[0]!.result!;
    expect(stored.codes).toEqual(['4']);
    expect(stored.correctionReason).toBe('复核发现录入错误');
    const action = t.db.prepare("SELECT action FROM audit_log WHERE action LIKE '%检查结果' ORDER BY id DESC LIMIT 1").pluck().get();
    expect(action).toBe('更正检查结果');
  });
});

describe('results export', () => {
  it('writes a sheet that the import reads back unchanged, findings and all, leaving unfilled rows alone', async () => {
    const t = drawnTaskOfThreeItems(4);
    const [a, b, c] = t.rows;
    const [i1, i2, i3] = t.items;
    setResults(
      t.db,
      {
        taskId: t.taskId,
        entityIds: [a!.entityId],
        result: {
          codes: ['4', 'A'],
          methods: ['实地检查', '书面检查'],
          disposal: '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责',
          inspectedOn: '2026-12-02',
          findings: '=台账缺失',
          notes: '复查，12月再去',
          inspectorsPresent: [a!.team[0]!.certNo],
          itemFindings: [
            { itemId: i1!.id, checked: true, problem: '未公示年报', handling: '责令限期改正' },
            { itemId: i2!.id, checked: false },
          ],
        },
      },
      TODAY,
    );
    setResults(t.db, { taskId: t.taskId, entityIds: [b!.entityId], result: { codes: ['6'], inspectedOn: '2026-12-03' } }, TODAY);
    setResults(
      t.db,
      { taskId: t.taskId, entityIds: [c!.entityId], result: { codes: ['1'], itemFindings: [{ itemId: i3!.id, checked: false }] } },
      TODAY,
    );
    const before = taskResults(t.db, t.taskId);
    const file = path.join(tempDir(), '导出.xlsx');
    expect(await exportResults(t.db, t.taskId, file)).toEqual({ path: file, count: 4, entered: 3 });
    const outcome = await importResults(t.db, file, undefined, TODAY);
    expect(outcome.counts).toEqual({ new: 0, changed: 0, unchanged: 4, refused: 0 });
    expect(outcome.written).toBe(0);
    expect(taskResults(t.db, t.taskId)).toEqual(before);
  });

  it('runs from the command line: results export TASK --out FILE.xlsx', async () => {
    const t = drawnTaskOfThreeItems(2);
    const file = path.join(tempDir(), '检查结果.xlsx');
    const run = await cli('--db', t.dbPath, 'results', 'export', t.taskCode, '--out', file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`已导出任务 ${t.taskCode} 的 2 户（已录入 0 户）`);
    const back = await cli('--db', t.dbPath, 'results', 'import', file, '--dry-run');
    expect(back.stdout).toContain('不变 2 户');
  });
});

describe('results set --item', () => {
  it('sets an item’s 是否检查, 发现问题 and 处置情况 from the command line, and refuses a problem beside 1 naming the item', async () => {
    const t = drawnTaskOfThreeItems(1);
    const [a] = t.rows;
    const [i1, i2, i3] = t.items;
    const refused = await cli('--db', t.dbPath, 'results', 'set', t.taskCode, a!.code, '--result', '1', '--item', '1:是:台账缺失');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`检查事项“${i1!.name}”发现了问题，检查结果不能是“1 未发现问题”`);
    const set = await cli(
      ...['--db', t.dbPath, 'results', 'set', t.taskCode, a!.code, '--result', '4', '--date', '2026-12-01'],
      ...['--item', `${i1!.name}:是:台账缺失:责令改正`, '--item', '3:否'],
    );
    expect(set.stderr).toBe('');
    expect(taskResults(t.db, t.taskId)[0]!.result!.itemFindings).toEqual([
      { itemId: i1!.id, checked: true, problem: '台账缺失', handling: '责令改正' },
      { itemId: i2!.id, checked: true, problem: '', handling: '' },
      { itemId: i3!.id, checked: false, problem: '', handling: '' },
    ]);
    const wrong = await cli('--db', t.dbPath, 'results', 'set', t.taskCode, a!.code, '--result', '4', '--item', '9:否');
    expect(wrong.stderr).toContain(`--item “9:否”：任务 ${t.taskCode} 没有这个检查事项（写序号 1–3 或事项名称）。`);
  });
});
