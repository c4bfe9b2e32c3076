import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSheet } from '../../../electron/core/documents/batches/document-export.ts';
import { PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { CHECK_METHODS, DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { setResults } from '../../../electron/core/results/result-service.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { AWKWARD_NAMES, drawnTask, WIDE_CODE } from './doc-fixtures.ts';
import { expectInsideTextBlock } from './layout-checks.ts';
import { pdfFonts, pdfInfo, readingText, squeeze } from './poppler.ts';

describe('随机抽查情况记录表', () => {
  it('comes pre-filled with the task, the entity, one row per item, the choices to tick and the team, on one A4 page', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 5 });
    const e = draw.selected.find((s) => s.name === AWKWARD_NAMES[1])!;
    const file = path.join(tempDir(), 'sheet.pdf');
    await exportSheet(ctx.db, RESOURCES_DIR, { taskId: task.id, entityId: e.entityId, path: file });
    const text = readingText(file);
    expect(text.startsWith('随机抽查情况记录表')).toBe(true);
    expect(text).toContain(`抽查任务${task.name}任务编号${task.code}`);
    expect(text).toContain(`检查对象名称${e.name}`);
    expect(text).toContain(`统一社会信用代码${e.code}法定代表人（负责人）${e.legalRep}`);
    expect(text).toContain(`住所（经营场所）${e.address}`);
    expect(text).toMatch(/现场负责人联系电话1380000\d{4}/);
    expect(text).toContain(`实施部门${task.department}检查日期年月日`);
    expect(text).toContain('序号抽查事项是否检查发现问题处置情况1产品质量监督抽查2制造（修理）计量器具企业证后监督检查');
    expect(text).toContain(`核查方式${CHECK_METHODS.map((m) => `□${m}`).join('')}`);
    expect(text).toContain('检查结果□1未发现问题□3违反食品药品管理相关规定');
    expect(text).toContain(squeeze(`后续处置${DISPOSALS.map((d) => `□${d}`).join('')}`));
    for (const i of e.inspectors) expect(text).toContain(`${i.name}（执法证号：${i.certNo}）签字：`);
    expect(text).toContain('检查对象意见签字（盖章）：年月日');
    expect(text).not.toMatch(/风险|[ABCD]类/);
    expect(pdfInfo(file).Pages).toBe('1');
    for (const font of pdfFonts(file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expectInsideTextBlock(file, PORTRAIT);
  });

  it('prints an entered result: each item’s 是否检查, 发现问题 and 处置情况, the ticked choices, the date, still on one page', async () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 5 });
    // The widest credit code stays on one line of its cell.
    const e = draw.selected.find((s) => s.code === WIDE_CODE)!;
    const [i1, i2] = task.items;
    const disposal = DISPOSALS[2];
    setResults(
      ctx.db,
      {
        taskId: task.id,
        entityIds: [e.entityId],
        result: {
          codes: ['4', 'A'],
          methods: ['实地检查', '检验检测'],
          disposal,
          inspectedOn: '2026-12-01',
          findings: '计量器具未按期检定',
          itemFindings: [
            { itemId: i1!.id, checked: true, problem: '未按规定标注产品标识', handling: '责令限期改正' },
            { itemId: i2!.id, checked: false },
          ],
        },
      },
      '2027-01-05',
    );
    const file = path.join(tempDir(), 'sheet.pdf');
    await exportSheet(ctx.db, RESOURCES_DIR, { taskId: task.id, entityId: e.entityId, path: file });
    const text = readingText(file);
    expect(text).toContain(`统一社会信用代码${WIDE_CODE}法定代表人`);
    expect(text).toContain('检查日期2026年12月1日');
    expect(text).toContain('1产品质量监督抽查是未按规定标注产品标识责令限期改正2制造（修理）计量器具企业证后监督检查否');
    expect(text).toContain('核查方式☑实地检查□书面检查□行政部门检查结果或专业意见☑检验检测');
    expect(text).toContain('☑4违反质量技术监督相关规定');
    expect(text).toContain('☑A发现问题待后续处理');
    expect(text).toContain(squeeze(`□${DISPOSALS[1]}☑${disposal}□${DISPOSALS[3]}`));
    expect(text).toContain('情况说明计量器具未按期检定');
    expect(pdfInfo(file).Pages).toBe('1');
    expectInsideTextBlock(file, PORTRAIT);
  });
});
