import type { z } from 'zod';
import { FIELD_LABELS } from '../../../electron/core/field-labels.ts';

type Def = Record<string, unknown> & { type: string; checks?: z.core.$ZodCheck[]; error?: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Wrappers whose own rules never fail: the field is the inner schema's. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);
/** Schemas that refuse a value by themselves (not by a check): they need a message of their own. */
const VALUE_SCHEMAS = new Set(['enum', 'literal']);

/**
 * Walks a call's input schema through zod 4's definitions and lists every rule a clerk could break
 * that has no message of its own, and every field the fallback could not name. A trim (overwrite)
 * never fails; a superRefine (a custom check with no `fn`) adds issues with their own messages.
 */
export function messageGaps(schema: z.ZodType): string[] {
  const gaps: string[] = [];
  const seen = new Set<unknown>();
  const walk = (s: unknown, path: string[]) => {
    if (seen.has(s)) return;
    seen.add(s);
    const def = defOf(s);
    const where = path.join('.') || '（整体）';
    const key = path.at(-1);
    if (key && key !== '[]' && !WRAPPERS.has(def.type) && def.type !== 'pipe' && !Object.hasOwn(FIELD_LABELS, key)) {
      gaps.push(`${where}: 字段没有中文名（field-labels.ts）`);
    }
    for (const check of def.checks ?? []) {
      const c = check._zod.def as Def & { check: string; format?: string; fn?: unknown };
      if (c.error || c.check === 'overwrite' || (c.check === 'custom' && !c.fn)) continue;
      gaps.push(`${where}: ${c.check}${c.format ? `:${c.format}` : ''} 没有自己的提示`);
    }
    if (VALUE_SCHEMAS.has(def.type) && !def.error) gaps.push(`${where}: ${def.type} 没有自己的提示`);
    if (def.type === 'custom' && !def.error) gaps.push(`${where}: refine 没有自己的提示`);
    for (const [childPath, child] of children(def, path)) walk(child, childPath);
  };
  walk(schema, []);
  return [...new Set(gaps)];
}

function children(def: Def, path: string[]): [string[], unknown][] {
  if (WRAPPERS.has(def.type)) return [[path, def.innerType]];
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).map(([k, v]) => [[...path, k], v]);
    case 'array':
      return [[[...path, '[]'], def.element]];
    case 'pipe':
      return [
        [path, def.in],
        [path, def.out],
      ];
    case 'intersection':
      return [
        [path, def.left],
        [path, def.right],
      ];
    case 'union':
      return (def.options as unknown[]).map((o) => [path, o]);
    case 'record':
      return [[[...path, '[]'], def.valueType]];
    default:
      return [];
  }
}
