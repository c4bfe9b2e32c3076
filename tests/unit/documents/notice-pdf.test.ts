import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { getDraw, type DrawRecord } from '../../../electron/core/draw/draw-read.ts';
import { exportNotice } from '../../../electron/core/documents/batches/document-export.ts';
import { PORTRAIT } from '../../../electron/core/documents/pdf/page-layout.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import type { Task } from '../../../electron/core/tasks/task-schema.ts';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { AWKWARD_NAMES, drawnTask, suiteContext } from './doc-fixtures.ts';
import { centreOf, charsFromRight, expectInsideTextBlock, lineStartingWith } from './layout-checks.ts';
import { pdfFonts, pdfInfo, pdfWords, readingText, squeeze } from './poppler.ts';

describe('检查通知书', () => {
  const suite = suiteContext();
  let ctx: AppContext;
  let task: Task;
  let draw: DrawRecord;
  let file: string;
  let text: string;
  beforeAll(async () => {
    ctx = suite.ctx();
    ({ task, draw } = drawnTask(ctx, { entities: 6 }));
    const entity = draw.selected.find((e) => e.name === AWKWARD_NAMES[0])!;
    replaceInspector(ctx.db, {
      drawId: draw.id,
      entityCode: entity.code,
      certNo: entity.inspectors[1]!.certNo,
      reason: '病休',
      operator: '张操作',
    });
    draw = getDraw(ctx.db, draw.id);
    file = path.join(suite.dir(), 'notice.pdf');
    await exportNotice(ctx.db, RESOURCES_DIR, { taskId: task.id, entityId: entity.entityId, path: file, date: '2026-11-24' });
    text = readingText(file);
  });
  const entity = () => draw.selected.find((e) => e.name === AWKWARD_NAMES[0])!;

  it('gives back its Chinese text exactly: title, 文号, addressee and credit code, task, items, period', () => {
    expect(text.startsWith(squeeze('大同县市场和质量监督管理局市场监管领域随机抽查通知书'))).toBe(true);
    expect(text).toContain('大同县市监〔2026〕1号');
    expect(text).toContain(squeeze(`${entity().name}（统一社会信用代码：${entity().code}）：`));
    expect(text).toContain(`（任务编号：${task.code}）`);
    expect(text).toContain(squeeze('一、抽查检查事项1. 产品质量监督抽查2. 制造（修理）计量器具企业证后监督检查'));
    expect(text).toContain('检查时间：2026年12月1日至2026年12月31日。');
    expect(text).toContain('三、需要准备的资料1.营业执照（副本）原件及复印件');
    expect(text).toContain('无正当理由拒绝、阻碍检查的，本局将依法处理，并通过国家企业信用信息公示系统向社会公示。');
    expect(text).toContain('联系人：刘联系联系电话：0352-6012345');
  });

  it('names the current team with their 执法证号, the 递补 inspector instead of the one replaced', () => {
    const current = entity().inspectors;
    expect(current[1]!.replaced).not.toBeNull();
    expect(text).toContain(`执法检查人员：${current.map((i) => `${i.name}（执法证号：${i.certNo}）`).join('、')}。`);
    expect(text).not.toContain(current[1]!.replaced!.previousCert);
  });

  it('ends with the bureau and the date 2026年11月24日: the date four characters in from the right, the bureau centred above it', () => {
    expect(text.endsWith(squeeze('大同县市场和质量监督管理局2026年11月24日'))).toBe(true);
    const date = lineStartingWith(file, '2026年11月24日');
    const bureau = pdfWords(file).filter((w) => w.page === date[0]!.page && w.text === '大同县市场和质量监督管理局');
    expect(charsFromRight(date, PORTRAIT)).toBeCloseTo(4, 1);
    expect(centreOf(bureau)).toBeCloseTo(centreOf(date), 0);
    expect(bureau[0]!.yMin).toBeLessThan(date[0]!.yMin);
  });

  it('is A4, every font embedded as a subset, and every line inside the 156 × 225 mm text block', () => {
    expect(pdfInfo(file)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    expectInsideTextBlock(file, PORTRAIT);
  });

  it('never prints the entity’s 信用风险分类', () => {
    expect(text).not.toContain('风险');
    expect(text).not.toMatch(/[ABCD]类/);
  });

  it('keeps its 文号 and date when printed again on another day', async () => {
    const again = path.join(tempDir(), 'again.pdf');
    const result = await exportNotice(ctx.db, RESOURCES_DIR, {
      taskId: task.id,
      entityId: entity().entityId,
      path: again,
      date: '2026-12-30',
    });
    expect(result.docNumber).toBe('大同县市监〔2026〕1号');
    expect(readingText(again)).toBe(text);
  });

  it('is refused while the contact person or phone is not filled in, before a number is taken', async () => {
    const other = tempContext();
    const { task: t, draw: d } = drawnTask(other, { entities: 2 });
    saveSettings(other.db, { contactPhone: '' });
    const error = await exportNotice(other.db, RESOURCES_DIR, {
      taskId: t.id,
      entityId: d.selected[0]!.entityId,
      path: path.join(tempDir(), 'x.pdf'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('联系电话');
    expect(other.db.prepare('SELECT count(*) FROM doc_numbers').pluck().get()).toBe(0);
  });

  it('refuses an entity that was not drawn for the task', async () => {
    const error = await exportNotice(ctx.db, RESOURCES_DIR, { taskId: task.id, entityId: 9999, path: path.join(tempDir(), 'x.pdf') }).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).message).toContain('不在任务');
  });
});
