import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { DOCUMENT_TYPES, TEMPLATE_SPECS } from '../../../electron/core/documents/templates/template-catalog.ts';
import { fillTemplate, parseTemplate, placeholdersIn } from '../../../electron/core/documents/templates/template-format.ts';
import {
  defaultTemplateText,
  getTemplate,
  listTemplates,
  loadTemplate,
  resetTemplate,
  saveTemplate,
} from '../../../electron/core/documents/templates/template-store.ts';
import { saveTaskMaterials, taskMaterials } from '../../../electron/core/documents/data/task-materials.ts';
import { AppError } from '../../../electron/core/errors.ts';
import { makeTask } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { pdfInfo, pdfText, squeeze } from './poppler.ts';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
  throw new Error('expected a refusal');
};

describe('document templates', () => {
  it('ships a valid default for every document type, using only its own placeholders', () => {
    for (const type of DOCUMENT_TYPES) {
      const text = defaultTemplateText(RESOURCES_DIR, type);
      expect(() => parseTemplate(TEMPLATE_SPECS[type], text), type).not.toThrow();
      const known = TEMPLATE_SPECS[type].placeholders.map((p) => p.name);
      for (const name of placeholdersIn(text)) expect(known, `${type}: ${name}`).toContain(name);
    }
  });

  it('refuses an unknown placeholder, naming it and listing the ones there are', () => {
    const ctx = tempContext();
    const text = defaultTemplateText(RESOURCES_DIR, 'notice').replace('{{entity.name}}', '{{entity.nmae}}');
    const message = refusal(() => saveTemplate(ctx.db, RESOURCES_DIR, 'notice', text));
    expect(message).toMatch(/^模板中的占位符 \{\{entity\.nmae\}\} 不存在，可用的有：/);
    expect(message).toContain('{{entity.name}}');
    expect(message).toContain('{{inspectors}}');
    expect(getTemplate(ctx.db, RESOURCES_DIR, 'notice').custom).toBe(false);
  });

  it('refuses unknown parts, missing parts, unclosed placeholders and text outside any part', () => {
    const spec = TEMPLATE_SPECS.notice;
    expect(refusal(() => parseTemplate(spec, '【标题】\n通知\n【抬头】\n{{entity.name}}：\n【正文】\n正文\n【附件】\n无'))).toContain(
      '【附件】不是检查通知书的一部分',
    );
    expect(refusal(() => parseTemplate(spec, '【标题】\n通知\n【正文】\n正文'))).toContain('缺少【抬头】');
    expect(refusal(() => parseTemplate(spec, '【标题】\n通知\n【抬头】\n{{entity.name}：\n【正文】\n正文'))).toContain('不是完整的占位符');
    expect(refusal(() => parseTemplate(spec, '通知\n【标题】\n通知'))).toContain('不属于任何部分');
    expect(refusal(() => parseTemplate(TEMPLATE_SPECS.materials, '营业执照\n{{task.name}}'))).toContain('本模板不使用占位符');
  });

  it('saves the bureau’s wording, lists it as its own, and resets to the default', () => {
    const ctx = tempContext();
    const text = defaultTemplateText(RESOURCES_DIR, 'notice').replace('市场监管领域随机抽查通知书', '随机抽查检查通知书');
    const saved = saveTemplate(ctx.db, RESOURCES_DIR, 'notice', text);
    expect(saved).toMatchObject({ type: 'notice', custom: true, text });
    expect(loadTemplate(ctx.db, RESOURCES_DIR, 'notice').title).toBe('{{bureau.name}}\n随机抽查检查通知书');
    const listed = listTemplates(ctx.db, RESOURCES_DIR);
    expect(listed.map((t) => t.type)).toEqual([...DOCUMENT_TYPES]);
    expect(listed.find((t) => t.type === 'notice')!.placeholders.map((p) => p.name)).toContain('docNumber');
    const reset = resetTemplate(ctx.db, RESOURCES_DIR, 'notice');
    expect(reset).toMatchObject({ custom: false, text: reset.defaultText });
    // Saving the default text unchanged keeps no copy of it.
    expect(saveTemplate(ctx.db, RESOURCES_DIR, 'itemList', defaultTemplateText(RESOURCES_DIR, 'itemList')).custom).toBe(false);
  });

  it('fills placeholders, a list as numbered lines and an empty list as 无', () => {
    expect(fillTemplate('{{a}}：\n{{list}}', { a: '事项', list: ['甲', '乙'] })).toBe('事项：\n1. 甲\n2. 乙');
    expect(fillTemplate('{{ list }}', { list: [] })).toBe('无');
  });

  it('keeps a task’s own list of materials, without the numbers typed by hand, and goes back to the default', () => {
    const ctx = tempContext();
    const task = makeTask(ctx.db, { roster: null });
    const defaults = taskMaterials(ctx.db, RESOURCES_DIR, task.id);
    expect(defaults.custom).toBe(false);
    expect(defaults.list[0]).toBe('营业执照（副本）原件及复印件');
    const saved = saveTaskMaterials(ctx.db, RESOURCES_DIR, task.id, ['1. 食品经营许可证', '（2）进货查验记录\n3、从业人员健康证明', ' ']);
    expect(saved).toEqual({ taskId: task.id, list: ['食品经营许可证', '进货查验记录', '从业人员健康证明'], custom: true });
    expect(taskMaterials(ctx.db, RESOURCES_DIR, task.id).list).toEqual(saved.list);
    expect(saveTaskMaterials(ctx.db, RESOURCES_DIR, task.id, null)).toEqual(defaults);
  });

  it('answers through the contract: save refused with the placeholder named, preview written as a PDF', async () => {
    const ctx = tempContext();
    const bad = await dispatch(ctx, 'templates:save', { type: 'publication', text: '【标题】\n{{bureau.nam}}公示' });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('{{bureau.nam}} 不存在') } });
    const dir = tempDir();
    for (const type of DOCUMENT_TYPES) {
      const file = path.join(dir, `${type}.pdf`);
      const text = defaultTemplateText(RESOURCES_DIR, type).replace('【标题】', '【标题】\n预览专用标题');
      const result = await dispatch(ctx, 'templates:preview', { type, text, path: file });
      expect(result, type).toMatchObject({ ok: true });
      expect(pdfInfo(file)['Page size']).toContain('(A4)');
      if (type !== 'materials') expect(squeeze(pdfText(file)), type).toContain('预览专用标题');
      // A printed sample must never pass for a real document: 样张 across every page.
      const pages = pdfText(file, { raw: true })
        .split('\f')
        .filter((page) => page.trim() !== '');
      for (const page of pages) expect(squeeze(page), type).toContain('样张');
    }
    const materials = path.join(dir, 'materials.pdf');
    await dispatch(ctx, 'templates:preview', {
      type: 'materials',
      text: '【清单】\n1. 特别准备的资料甲\n2. 特别准备的资料乙',
      path: materials,
    });
    expect(squeeze(pdfText(materials))).toContain('1.特别准备的资料甲2.特别准备的资料乙');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
