import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import { DOCUMENT_TYPES, TEMPLATE_SPECS, type DocumentType, type PlaceholderInfo } from './template-catalog.ts';
import { parseTemplate, type ParsedTemplate } from './template-format.ts';

/** Where the shipped default templates live, under the program's resources folder. */
export const TEMPLATES_DIR = 'templates';

/** One template as the settings screen shows it. */
export interface TemplateInfo {
  type: DocumentType;
  label: string;
  /** The text in use: the bureau's own when `custom`, else the default. */
  text: string;
  defaultText: string;
  custom: boolean;
  updatedAt: string | null;
  sections: { label: string; required: boolean; description: string }[];
  placeholders: PlaceholderInfo[];
}

/** The default text shipped in resources/templates/. */
export function defaultTemplateText(resourcesDir: string, type: DocumentType): string {
  const file = path.join(resourcesDir, TEMPLATES_DIR, TEMPLATE_SPECS[type].file);
  try {
    return fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch (err) {
    throw new AppError(`程序自带的“${TEMPLATE_SPECS[type].label}”模板文件缺失：${file}。请重新安装本程序。`, { cause: String(err) });
  }
}

function storedTemplate(db: Db, type: DocumentType): { body: string; updated_at: string } | undefined {
  return db.prepare('SELECT body, updated_at FROM document_templates WHERE doc_type = ?').get(type) as
    { body: string; updated_at: string } | undefined;
}

/** The bureau's own text of a template, or undefined when the default is in use. */
export function storedTemplateText(db: Db, type: DocumentType): string | undefined {
  return storedTemplate(db, type)?.body;
}

/** One template, as in use now. */
export function getTemplate(db: Db, resourcesDir: string, type: DocumentType): TemplateInfo {
  const spec = TEMPLATE_SPECS[type];
  const stored = storedTemplate(db, type);
  const defaultText = defaultTemplateText(resourcesDir, type);
  return {
    type,
    label: spec.label,
    text: stored?.body ?? defaultText,
    defaultText,
    custom: stored !== undefined,
    updatedAt: stored?.updated_at ?? null,
    sections: spec.sections.map(({ label, required, description }) => ({ label, required, description })),
    placeholders: spec.placeholders,
  };
}

/** Every document type's template, in a fixed order. */
export function listTemplates(db: Db, resourcesDir: string): TemplateInfo[] {
  return DOCUMENT_TYPES.map((type) => getTemplate(db, resourcesDir, type));
}

/** The template in use, split into its parts, for printing. */
export function loadTemplate(db: Db, resourcesDir: string, type: DocumentType): ParsedTemplate {
  const { text, custom } = getTemplate(db, resourcesDir, type);
  try {
    return parseTemplate(TEMPLATE_SPECS[type], text);
  } catch (err) {
    // A saved template was checked when saved; only a newer program with fewer placeholders gets here.
    if (err instanceof AppError && custom)
      throw new AppError(`已保存的“${TEMPLATE_SPECS[type].label}”模板有误：${err.message} 请在设置中修改或恢复默认模板。`);
    throw err;
  }
}

/**
 * Saves the bureau's wording of a document after checking it (parts, placeholders); saving the
 * default text unchanged removes the bureau's copy.
 */
export function saveTemplate(db: Db, resourcesDir: string, type: DocumentType, text: string): TemplateInfo {
  const clean = text.replace(/\r\n?/g, '\n');
  parseTemplate(TEMPLATE_SPECS[type], clean);
  if (clean.trim() === defaultTemplateText(resourcesDir, type).trim()) return resetTemplate(db, resourcesDir, type);
  db.prepare(
    `INSERT INTO document_templates (doc_type, body) VALUES (?, ?)
     ON CONFLICT (doc_type) DO UPDATE SET body = excluded.body, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(type, clean);
  return getTemplate(db, resourcesDir, type);
}

/** Goes back to the shipped default. */
export function resetTemplate(db: Db, resourcesDir: string, type: DocumentType): TemplateInfo {
  db.prepare('DELETE FROM document_templates WHERE doc_type = ?').run(type);
  return getTemplate(db, resourcesDir, type);
}
