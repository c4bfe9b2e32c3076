import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { exportDrawRecord, exportSheet } from '../../../electron/core/documents/batches/document-export.ts';
import { hexLines } from '../../../electron/core/documents/data/draw-record-facts.ts';
import { PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { drawPackage } from '../../../electron/core/draw/draw-package.ts';
import { drawProof } from '../../../electron/core/draw/draw-proof.ts';
import type { DrawRecord } from '../../../electron/core/draw/draw-read.ts';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { setResults } from '../../../electron/core/results/result-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { hasCommand, toolMissing } from '../needs-tool.ts';
import { RESOURCES_DIR } from '../temp-db.ts';
import { suiteContext } from './doc-fixtures.ts';
import { DEPARTMENTS, drawnJointTask, teamInDepartmentOrder } from './joint-doc-fixtures.ts';
import { expectInsideTextBlock } from './layout-checks.ts';
import { pdfFonts, pdfText, readingText, squeeze } from './poppler.ts';

const VERIFIER = path.join(import.meta.dirname, '..', '..', '..', 'tools', 'verify_draw.py');
const ITEMS = [['产品质量监督抽查', '制造（修理）计量器具企业证后监督检查'], ['危险化学品经营安全检查'], ['公共场所卫生检查']];

describe('联合抽查的随机抽查情况记录表和随机抽取记录', () => {
  const suite = suiteContext();
  let ctx: AppContext;
  let draw: DrawRecord;
  beforeAll(() => {
    ctx = suite.ctx();
    ({ draw } = drawnJointTask(ctx));
  });

  it('record sheet: every department with its items numbered under its name, and a signature row per department with its inspectors', async () => {
    const e = draw.selected[1]!;
    const file = path.join(suite.dir(), 'joint-sheet.pdf');
    await exportSheet(ctx.db, RESOURCES_DIR, { taskId: draw.taskId, entityId: e.entityId, path: file });
    const text = readingText(file);
    expect(text).toContain(`实施部门${DEPARTMENTS[0]}（牵头）、${DEPARTMENTS.slice(1).join('、')}检查日期`);
    const items = DEPARTMENTS.map((d, i) => `${d}${ITEMS[i]!.map((name, j) => `${j + 1}${name}`).join('')}`).join('');
    expect(text).toContain(squeeze(`序号抽查事项是否检查发现问题处置情况${items}核查方式`));
    const team = teamInDepartmentOrder(e);
    const rows = DEPARTMENTS.map(
      (d) =>
        `${d}执法检查人员${team
          .filter((i) => i.departmentName === d)
          .map((i) => `${i.name}（执法证号：${i.certNo}）签字：`)
          .join('')}`,
    ).join('');
    expect(text).toContain(`情况说明${rows}检查对象意见`);
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expectInsideTextBlock(file, PORTRAIT);
  });

  it('record sheet: a department’s entered result prints under that department only, the other rows blank', async () => {
    const e = draw.selected[2]!;
    const task = getTask(ctx.db, draw.taskId);
    const safety = task.departments[1]!;
    setResults(
      ctx.db,
      {
        taskId: draw.taskId,
        entityIds: [e.entityId],
        departmentId: safety.departmentId,
        result: {
          codes: ['5'],
          methods: ['实地检查'],
          disposal: DISPOSALS[2],
          inspectedOn: '2026-12-02',
          findings: '未按规定设置安全警示标志',
          itemFindings: [{ itemId: safety.itemIds[0]!, checked: true, problem: '警示标志缺失', handling: '责令改正' }],
        },
      },
      '2027-01-05',
    );
    const file = path.join(suite.dir(), 'joint-sheet-result.pdf');
    await exportSheet(ctx.db, RESOURCES_DIR, { taskId: draw.taskId, entityId: e.entityId, path: file });
    const text = readingText(file);
    expect(text).toContain(`${DEPARTMENTS[0]}1${ITEMS[0]![0]}2${ITEMS[0]![1]}${DEPARTMENTS[1]}`);
    expect(text).toContain(`${DEPARTMENTS[1]}1${ITEMS[1]![0]}是警示标志缺失责令改正${DEPARTMENTS[2]}1${ITEMS[2]![0]}核查方式`);
    expect(text).toContain(`情况说明${DEPARTMENTS[1]}：未按规定设置安全警示标志${DEPARTMENTS[0]}执法检查人员`);
    // Only one department has entered a date: the sheet leaves 检查日期 for the visit.
    expect(text).toContain('检查日期年月日');
    expect(text).not.toContain('☑');
  });

  it('draw record: each team by department (the 组长 marked), every drawn code and 执法证号, each department’s items and share, the hashes', async () => {
    const file = path.join(suite.dir(), 'joint-draw.pdf');
    await exportDrawRecord(ctx.db, RESOURCES_DIR, { drawId: draw.id, path: file });
    const text = readingText(file);
    const plain = pdfText(file);
    for (const e of draw.selected) {
      expect(plain).toContain(e.code);
      for (const i of e.inspectors) expect(plain).toContain(i.certNo);
      const team = DEPARTMENTS.map(
        (d) =>
          `${d}${teamInDepartmentOrder(e)
            .filter((i) => i.departmentName === d)
            .map((i) => `${i.leader ? '组长' : ''}${i.name}（${i.certNo}）`)
            .join('')}`,
      ).join('');
      expect(text).toContain(`${e.position}${e.name}${e.code}${team}`);
    }
    // The 组长 is the lead's first.
    for (const e of draw.selected) expect(e.inspectors.find((i) => i.leader)?.departmentName).toBe(DEPARTMENTS[0]);
    const items = DEPARTMENTS.map((d, i) => `${d}：${ITEMS[i]!.map((name, j) => `${j + 1}.${name}`).join('')}`).join('');
    expect(text).toContain(`抽查事项${items}实施部门`);
    expect(text).toContain(`实施部门${DEPARTMENTS[0]}（牵头部门）${DEPARTMENTS[1]}（参与部门）${DEPARTMENTS[2]}（参与部门）检查时间`);
    expect(text).toContain(
      squeeze(
        `每户执法检查人员 4 名（${DEPARTMENTS[0]} 2 名、${DEPARTMENTS[1]} 1 名、${DEPARTMENTS[2]} 1 名），牵头部门的首位为联合检查组组长`,
      ),
    );
    const proof = drawProof(ctx.db, draw.id);
    for (const hex of [draw.seed, draw.poolHash, proof.hash, proof.prevHash]) expect(text).toContain(squeeze(hexLines(hex)));
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expectInsideTextBlock(file, PORTRAIT);
  });

  it.skipIf(toolMissing('python3', hasCommand('python3'), 'python3'))(
    'draw record: the reference verifier finds the joint draw’s seed, hashes, codes and 执法证号 on the printed record',
    async () => {
      const file = path.join(suite.dir(), 'joint-draw-verify.pdf');
      await exportDrawRecord(ctx.db, RESOURCES_DIR, { drawId: draw.id, path: file });
      const pkg = path.join(suite.dir(), 'package.json');
      fs.writeFileSync(pkg, `${JSON.stringify(drawPackage(ctx.db, draw.id), null, 2)}\n`);
      for (const layout of [false, true]) {
        const record = path.join(suite.dir(), `record-${layout}.txt`);
        fs.writeFileSync(record, pdfText(file, { layout }));
        const run = spawnSync('python3', ['-S', VERIFIER, pkg, '--record', record], { encoding: 'utf8' });
        expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      }
    },
  );
});
