import path from 'node:path';
import ExcelJS from 'exceljs';
import { publishAll } from '../publication/publication-fixture.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportDrawRecord,
  exportNotice,
  exportPublication,
  exportSheet,
} from '../../../electron/core/documents/batches/document-export.ts';
import { labelEntityCode } from '../../../electron/core/documents/data/entity-code-label.ts';
import { saveTemplate } from '../../../electron/core/documents/templates/template-store.ts';
import { getDraw, type DrawRecord } from '../../../electron/core/draw/draw-read.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import type { Task } from '../../../electron/core/tasks/task-schema.ts';
import type { AppContext } from '../../../electron/core/app-context.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask, suiteContext } from './doc-fixtures.ts';
import { readingText, squeeze } from './poppler.ts';

/** An older 个体工商户's 15-digit 注册号. */
const REG_NO = '140221600012345';
const REG_NO_NAME = '大同县老字号五金店';

describe('the label of an entity’s code in documents', () => {
  const suite = suiteContext();
  let ctx: AppContext;
  let task: Task;
  let draw: DrawRecord;
  const regEntity = () => draw.selected.find((e) => e.code === REG_NO)!;
  const usccEntity = () => draw.selected.find((e) => e.code.length === 18)!;
  const file = (name: string) => path.join(suite.dir(), name);

  beforeAll(() => {
    ctx = suite.ctx();
    ({ task, draw } = drawnTaskWithRegNo(ctx));
  });

  it('the 检查通知书 addresses a 注册号 entity with “注册号：…” and an 18-character one with “统一社会信用代码：…”', async () => {
    await exportNotice(ctx.db, RESOURCES_DIR, {
      taskId: task.id,
      entityId: regEntity().entityId,
      path: file('reg.pdf'),
      date: '2026-11-24',
    });
    await exportNotice(ctx.db, RESOURCES_DIR, {
      taskId: task.id,
      entityId: usccEntity().entityId,
      path: file('uscc.pdf'),
      date: '2026-11-24',
    });
    const reg = readingText(file('reg.pdf'));
    expect(reg).toContain(squeeze(`${REG_NO_NAME}（注册号：${REG_NO}）：`));
    expect(reg).not.toContain('统一社会信用代码');
    expect(readingText(file('uscc.pdf'))).toContain(squeeze(`${usccEntity().name}（统一社会信用代码：${usccEntity().code}）：`));
  });

  it('the 随机抽查情况记录表 labels the cell 注册号 or 统一社会信用代码', async () => {
    await exportSheet(ctx.db, RESOURCES_DIR, { taskId: task.id, entityId: regEntity().entityId, path: file('reg-sheet.pdf') });
    await exportSheet(ctx.db, RESOURCES_DIR, { taskId: task.id, entityId: usccEntity().entityId, path: file('uscc-sheet.pdf') });
    const reg = readingText(file('reg-sheet.pdf'));
    expect(reg).toContain(`注册号${REG_NO}法定代表人（负责人）`);
    expect(reg).not.toContain('统一社会信用代码');
    expect(readingText(file('uscc-sheet.pdf'))).toContain(`统一社会信用代码${usccEntity().code}法定代表人（负责人）`);
  });

  it('the 公示 (PDF and .xlsx) and the 随机抽取记录 head the code column 统一社会信用代码（注册号） when a row is a 注册号', async () => {
    publishAll(ctx.db, task.id);
    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file('公示.pdf') });
    const text = readingText(file('公示.pdf'));
    expect(text).toContain('序号检查对象名称统一社会信用代码（注册号）检查事项及检查结果');
    expect(text).toContain(`${REG_NO_NAME}${REG_NO}`);

    await exportPublication(ctx.db, RESOURCES_DIR, { taskId: task.id, path: file('公示.xlsx') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('公示.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('C2').value).toBe('统一社会信用代码（注册号）');
    const codes = sheet.getColumn(3).values.slice(3);
    expect(codes).toContain(REG_NO);

    await exportDrawRecord(ctx.db, RESOURCES_DIR, { drawId: draw.id, path: file('draw.pdf') });
    expect(readingText(file('draw.pdf'))).toContain('序号检查对象名称统一社会信用代码（注册号）执法检查人员（执法证号）');
  });

  it('keeps the plain header 统一社会信用代码 when every code has 18 characters', async () => {
    const other = tempContext();
    const { task: t, draw: d } = drawnTask(other, { entities: 4 });
    const dir = tempDir();
    publishAll(other.db, t.id);
    await exportPublication(other.db, RESOURCES_DIR, { taskId: t.id, path: path.join(dir, '公示.pdf') });
    const text = readingText(path.join(dir, '公示.pdf'));
    expect(text).toContain('序号检查对象名称统一社会信用代码检查事项及检查结果');
    expect(text).not.toContain('注册号');
    await exportDrawRecord(other.db, RESOURCES_DIR, { drawId: d.id, path: path.join(dir, 'draw.pdf') });
    expect(readingText(path.join(dir, 'draw.pdf'))).not.toContain('注册号');
  });

  it('relabels a bureau’s own notice wording too', async () => {
    const own = tempContext();
    const { task: t, draw: d } = drawnTaskWithRegNo(own);
    const reg = d.selected.find((e) => e.code === REG_NO)!;
    saveTemplate(
      own.db,
      RESOURCES_DIR,
      'notice',
      '【标题】\n检查通知书\n【抬头】\n{{entity.name}}（信用代码: {{ entity.code }}）：\n【正文】\n请配合检查。',
    );
    const out = path.join(tempDir(), 'own.pdf');
    await exportNotice(own.db, RESOURCES_DIR, { taskId: t.id, entityId: reg.entityId, path: out, date: '2026-11-24' });
    expect(readingText(out)).toContain(squeeze(`${REG_NO_NAME}（注册号: ${REG_NO}）：`));
  });
});

describe('labelEntityCode', () => {
  it('turns the label right before {{entity.code}} into 注册号 for a 15-digit 注册号 only', () => {
    const line = '{{entity.name}}（统一社会信用代码：{{entity.code}}）：';
    expect(labelEntityCode(line, REG_NO)).toBe('{{entity.name}}（注册号：{{entity.code}}）：');
    expect(labelEntityCode(line, '91110000600037341L')).toBe(line);
    expect(labelEntityCode('社会信用代码 {{entity.code}}', REG_NO)).toBe('注册号 {{entity.code}}');
    expect(labelEntityCode('信用代码:{{ entity.code }}', REG_NO)).toBe('注册号:{{ entity.code }}');
  });

  it('leaves other wording alone: a label that already names both, or one not in front of the code', () => {
    expect(labelEntityCode('统一社会信用代码（注册号）：{{entity.code}}', REG_NO)).toBe('统一社会信用代码（注册号）：{{entity.code}}');
    expect(labelEntityCode('请核对统一社会信用代码。{{entity.name}}', REG_NO)).toBe('请核对统一社会信用代码。{{entity.name}}');
  });
});

/** A task drawn for five entities, as drawnTask makes it, the fifth an older 个体户 known by its 注册号. */
function drawnTaskWithRegNo(ctx: AppContext): { task: Task; draw: DrawRecord } {
  seedEntities(ctx.db, 5, (i) => ({
    ...(i === 5 ? { code: REG_NO, name: REG_NO_NAME, entityType: '个体工商户' } : { name: `大同县测试商贸有限公司${i}` }),
    address: `大同县西坪镇东大街${i}号`,
    legalRep: `王法人${i}`,
    phone: `1380000${String(i).padStart(4, '0')}`,
  }));
  seedInspectors(ctx.db, 12);
  saveSettings(ctx.db, { contactName: '刘联系', contactPhone: '0352-6012345' });
  const task = makeTask(ctx.db, { itemIds: [1, 2], count: 5 });
  const draw = runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'));
  return { task, draw: getDraw(ctx.db, draw.id) };
}
