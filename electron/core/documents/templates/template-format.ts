import { AppError } from '../../errors.ts';
import { defaultSection, type TemplateSection, type TemplateSpec } from './template-catalog.ts';

/**
 * A template is plain text: a line 【标题】 (or another part of that document) starts a part, the
 * lines up to the next part are its text, one paragraph per line; {{entity.name}} and the other
 * placeholders of the document are replaced when it is printed. resources/templates/README.md
 * describes the format for the clerk and the administrator.
 */

export type ParsedTemplate = Partial<Record<TemplateSection['key'], string>>;

/** The most text one template may hold; a document's wording is a page or two. */
export const MAX_TEMPLATE_LENGTH = 20_000;

const MARKER = /^\s*【([^【】\s]{1,8})】(.*)$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every placeholder name the text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Splits `text` into the parts `spec` knows and checks it: known parts only, required parts
 * present, known placeholders only, every {{ closed. Refuses with the first problem, in Chinese.
 */
export function parseTemplate(spec: TemplateSpec, text: string): ParsedTemplate {
  const clean = text.replace(/\r\n?/g, '\n');
  if (clean.length > MAX_TEMPLATE_LENGTH) throw new AppError(`${spec.label}模板不能超过 ${MAX_TEMPLATE_LENGTH} 字。`);
  checkPlaceholders(spec, clean);
  const parts = splitParts(spec, clean);
  const missing = spec.sections.filter((s) => s.required && !parts[s.key]?.trim());
  if (missing.length > 0) {
    throw new AppError(
      `${spec.label}模板缺少${missing.map((s) => `【${s.label}】`).join('')}部分，请补上后再保存。可用的部分有：${partList(spec)}。`,
    );
  }
  return parts;
}

function splitParts(spec: TemplateSpec, text: string): ParsedTemplate {
  const parts: ParsedTemplate = {};
  let current = defaultSection(spec);
  const loose: string[] = [];
  for (const line of text.split('\n')) {
    const marker = MARKER.exec(line);
    if (marker) {
      const found = spec.sections.find((s) => s.label === marker[1]);
      if (!found) throw new AppError(`模板中的【${marker[1]}】不是${spec.label}的一部分，可用的部分有：${partList(spec)}。`);
      if (parts[found.key] !== undefined) throw new AppError(`模板中【${found.label}】出现了两次，请合并为一处。`);
      current = found;
      parts[found.key] = marker[2]!.trim();
      continue;
    }
    if (!current) {
      if (line.trim()) loose.push(line.trim());
      continue;
    }
    parts[current.key] = parts[current.key] ? `${parts[current.key]}\n${line}` : line;
  }
  if (loose.length > 0) {
    throw new AppError(`模板开头的“${loose[0]!.slice(0, 20)}”不属于任何部分：请在它前面写明部分名称，如【${spec.sections[0]!.label}】。`);
  }
  for (const key of Object.keys(parts) as TemplateSection['key'][]) parts[key] = trimLines(parts[key]!);
  return parts;
}

function checkPlaceholders(spec: TemplateSpec, text: string): void {
  const known = new Set(spec.placeholders.map((p) => p.name));
  const unknown = placeholdersIn(text).find((name) => !known.has(name));
  if (unknown !== undefined) {
    const available = spec.placeholders.length > 0 ? spec.placeholders.map((p) => `{{${p.name}}}`).join('、') : '（本模板不使用占位符）';
    throw new AppError(`模板中的占位符 {{${unknown}}} 不存在，可用的有：${available}`, {
      fields: { text: `占位符 {{${unknown}}} 不存在` },
    });
  }
  const open = text.replace(PLACEHOLDER, '').match(/\{\{[^\n]{0,20}|[^\n]{0,20}\}\}/);
  if (open) throw new AppError(`模板中的“${open[0]}”不是完整的占位符：占位符写作 {{名称}}，前后各两个花括号。`);
}

function partList(spec: TemplateSpec): string {
  return spec.sections.map((s) => `【${s.label}】${s.required ? '' : '（可省略）'}`).join('、');
}

/** Drops blank lines at either end and trailing spaces; keeps the lines in between. */
function trimLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** What a placeholder stands for: text, or a list printed one numbered line per entry. */
export type PlaceholderValue = string | readonly string[];

/** An empty list prints as 无, so a heading is never left with nothing under it. */
export const EMPTY_LIST = '无';

/** Replaces the placeholders of `text`; a list becomes lines "1. …", "2. …". */
export function fillTemplate(text: string, values: Readonly<Record<string, PlaceholderValue>>): string {
  return text.replace(PLACEHOLDER, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for placeholder ${name}`);
    if (typeof value === 'string') return value;
    return value.length === 0 ? EMPTY_LIST : value.map((entry, i) => `${i + 1}. ${entry}`).join('\n');
  });
}

/** The non-blank lines of a filled part: each one a paragraph. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Refuses when the template prints a placeholder that has no value yet, e.g. a notice whose
 * 联系电话 is not filled in: `names` gives, per placeholder, what the clerk calls it, and `place`
 * where she fills it in.
 */
export function requireFilled(
  spec: TemplateSpec,
  template: ParsedTemplate,
  values: Readonly<Record<string, PlaceholderValue>>,
  names: Readonly<Record<string, string>>,
  place: string,
): void {
  const used = new Set(placeholdersIn(Object.values(template).join('\n')));
  const missing = Object.keys(names).filter((name) => used.has(name) && values[name] === '');
  if (missing.length === 0) return;
  const what = missing.map((name) => names[name]).join('和');
  throw new AppError(`${spec.label}要打印${what}，但${place}中尚未填写。请先在${place}中填写${what}后再生成。`);
}
