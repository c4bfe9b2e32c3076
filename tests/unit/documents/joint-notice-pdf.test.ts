import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { exportNotice } from '../../../electron/core/documents/batches/document-export.ts';
import { saveTaskMaterials } from '../../../electron/core/documents/data/task-materials.ts';
import { PORTRAIT, mm } from '../../../electron/core/documents/pdf/page-layout.ts';
import type { DrawRecord, DrawnEntity } from '../../../electron/core/draw/draw-read.ts';
import { saveDepartment } from '../../../electron/core/departments/department-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { gatherNoticeDrafts } from '../../../electron/core/documents/data/notice-data.ts';
import { noticeValues } from '../../../electron/core/documents/definitions/notice-pdf.ts';
import { RESOURCES_DIR } from '../temp-db.ts';
import { suiteContext } from './doc-fixtures.ts';
import { DEPARTMENTS, drawnJointTask, SHORT_NAMES, teamInDepartmentOrder } from './joint-doc-fixtures.ts';
import { centreOf, charsFromRight, expectInsideTextBlock, lineStartingWith } from './layout-checks.ts';
import { pdfFonts, pdfInfo, pdfWords, readingText, squeeze, type PdfWord } from './poppler.ts';

/** The last word of the document that is exactly `text` (the seal line comes after the heading). */
function lastWord(file: string, text: string): PdfWord {
  const found = pdfWords(file).filter((w) => w.text === text);
  if (found.length === 0) throw new Error(`no word ${text}`);
  return found[found.length - 1]!;
}

describe('联合抽查的检查通知书', () => {
  const suite = suiteContext();
  let ctx: AppContext;
  let draw: DrawRecord;
  let entity: DrawnEntity;
  let file: string;
  let text: string;
  beforeAll(async () => {
    ctx = suite.ctx();
    ({ draw } = drawnJointTask(ctx));
    entity = draw.selected[0]!;
    file = path.join(suite.dir(), 'joint-notice.pdf');
    await exportNotice(ctx.db, RESOURCES_DIR, { taskId: draw.taskId, entityId: entity.entityId, path: file, date: '2026-11-24' });
    text = readingText(file);
  });

  it('names every department in the heading, the lead first, above the title; the 文号 is the bureau’s own', () => {
    expect(text.startsWith(squeeze(`${DEPARTMENTS.join('')}市场监管领域随机抽查通知书`))).toBe(true);
    expect(text).toContain('大同县市监〔2026〕1号');
    // The default template speaks for every department, not for 本局 alone.
    expect(text).toContain(`你单位被确定为${DEPARTMENTS.join('、')}联合抽查任务“`);
    expect(text).toContain('有关部门将依法处理');
    // Each name a centred title line of its own.
    const heading = pdfWords(file).filter((w) => w.page === 1 && DEPARTMENTS.includes(w.text));
    expect(heading.map((w) => w.text)).toEqual(DEPARTMENTS);
    for (let i = 1; i < heading.length; i++) expect(heading[i]!.yMin).toBeGreaterThan(heading[i - 1]!.yMin);
    for (const w of heading) expect(centreOf([w])).toBeCloseTo(PORTRAIT.margins.left + PORTRAIT.textWidth / 2, 0);
  });

  it('lists the items under their departments, each department a （一） heading with its items numbered', () => {
    expect(text).toContain(
      squeeze(
        '一、抽查检查事项（一）大同县市场和质量监督管理局1. 产品质量监督抽查2. 制造（修理）计量器具企业证后监督检查' +
          '（二）县应急管理局1. 危险化学品经营安全检查（三）县卫生健康局1. 公共场所卫生检查二、检查时间和检查方法',
      ),
    );
  });

  it('names the whole team, department by department, each with its department and 执法证号', () => {
    const team = teamInDepartmentOrder(entity);
    expect(new Set(team.map((i) => i.departmentName))).toEqual(new Set(DEPARTMENTS));
    expect(text).toContain(`执法检查人员：${team.map((i) => `${i.name}（${i.departmentName}，执法证号：${i.certNo}）`).join('、')}。`);
  });

  it('gives a contact line per department: the bureau’s from 设置, the others’ from the department list', () => {
    expect(text).toContain(
      squeeze(
        '大同县市场和质量监督管理局联系人：刘联系　　联系电话：0352-6012345' +
          '县应急局联系人：王应急　　联系电话：0352-1111111县卫健局联系人：赵卫健　　联系电话：0352-2222222',
      ),
    );
  });

  it('signs with every department in order, two to a row with room for the seals, the last over the date', () => {
    expect(text.endsWith(squeeze(`${SHORT_NAMES.join('')}2026年11月24日`))).toBe(true);
    const [lead, safety, health] = SHORT_NAMES.map((n) => lastWord(file, n));
    const date = lineStartingWith(file, '2026年11月24日');
    // One page holds every name of the seal line, the date and the last paragraph.
    const page = date[0]!.page;
    for (const w of [lead!, safety!, health!]) expect(w.page).toBe(page);
    expect(pdfWords(file).some((w) => w.page === page && w.text.startsWith('县卫健局联系人'))).toBe(true);
    // Row one: the lead on the left, 县应急局 on the right; row two: 县卫健局 alone, on the right.
    expect(lead!.yMin).toBeCloseTo(safety!.yMin, 0);
    expect(lead!.xMax).toBeLessThan(safety!.xMin);
    expect(lead!.xMin).toBeGreaterThanOrEqual(PORTRAIT.margins.left - 0.5);
    // Rows far enough apart for two 42 mm seals not to touch.
    expect(health!.yMin - safety!.yMin).toBeGreaterThan(mm(42));
    // The right column is centred on the date, the date four characters in from the right, as for one department.
    expect(centreOf([health!])).toBeCloseTo(centreOf(date), 0);
    expect(centreOf([safety!])).toBeCloseTo(centreOf(date), 0);
    expect(charsFromRight(date, PORTRAIT)).toBeCloseTo(4, 1);
    expect(health!.yMin).toBeLessThan(date[0]!.yMin);
  });

  it('is A4, every font embedded as a subset, every line inside the text block', () => {
    expect(pdfInfo(file)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    expectInsideTextBlock(file, PORTRAIT);
  });

  it('leaves out the contact line of a department that has no contact in the department list', async () => {
    const health = getTask(ctx.db, draw.taskId).departments[2]!;
    saveDepartment(ctx.db, { id: health.departmentId, name: health.name, shortName: health.shortName, contact: '', phone: '' });
    const out = path.join(suite.dir(), 'joint-notice-no-contact.pdf');
    await exportNotice(ctx.db, RESOURCES_DIR, { taskId: draw.taskId, entityId: entity.entityId, path: out, date: '2026-11-24' });
    const textOf = readingText(out);
    expect(textOf).toContain(squeeze('县应急局联系人：王应急　　联系电话：0352-1111111'));
    expect(textOf).not.toContain('县卫健局联系人');
    expect(textOf.endsWith(squeeze(`${SHORT_NAMES.join('')}2026年11月24日`))).toBe(true);
  });

  it('reads {{issuer}} and {{issuer.self}} as 本局 once the same notice has no departments (a single department’s)', () => {
    const { joint: _joint, ...single } = gatherNoticeDrafts(ctx.db, RESOURCES_DIR, draw.taskId, [entity.entityId])[0]!;
    const values = noticeValues({ ...single, docNumber: '大同县市监〔2026〕1号', issuedOn: '2026-11-24' });
    expect([values.issuer, values['issuer.self']]).toEqual(['本局', '本局']);
    expect(text).not.toContain('本局');
  });

  it('never leaves one department’s seal area alone on a page, wherever the body ends', async () => {
    // Longer and longer material lists move the end of the body down the page and over.
    for (let n = 1; n <= 9; n++) {
      saveTaskMaterials(
        ctx.db,
        RESOURCES_DIR,
        draw.taskId,
        Array.from({ length: n }, (_, i) => `第${i + 1}项资料：与抽查事项有关的许可证件、管理制度、台账和记录`),
      );
      const out = path.join(suite.dir(), `joint-notice-${n}.pdf`);
      await exportNotice(ctx.db, RESOURCES_DIR, { taskId: draw.taskId, entityId: entity.entityId, path: out, date: '2026-11-24' });
      const date = lineStartingWith(out, '2026年11月24日');
      for (const name of SHORT_NAMES) expect(lastWord(out, name).page, `${n} 项资料：${name}`).toBe(date[0]!.page);
      expect(pdfWords(out).some((w) => w.page === date[0]!.page && w.text.startsWith('县应急局联系人'))).toBe(true);
      expectInsideTextBlock(out, PORTRAIT);
    }
  });
});
