import type { z } from 'zod';
import { pathRoles, type PathRole } from './calls/shared.ts';

/** A string field of a call's input: where it sits (`outDir`, `a.b`) and its path role, if any. */
export interface StringField {
  field: string;
  role: PathRole | null;
}

/** A path the input carries, with the role its schema declares. */
export interface PathValue {
  field: string;
  role: PathRole;
  value: string;
}

/** The parts of zod's internal definition this walk reads (zod 4: `schema._zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

type Leaf = (schema: z.ZodType, at: string[], value: unknown) => void;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional', 'success']);

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const entries = (value: unknown): [string, unknown][] => (value !== null && typeof value === 'object' ? Object.entries(value) : []);

/**
 * Walks a schema and, alongside, the value it parsed (undefined to list the schema alone), calling
 * `leaf` for every string schema reached. Unions and intersections visit every branch.
 */
function walk(schema: z.ZodType, value: unknown, at: string[], leaf: Leaf, depth = 0): void {
  if (depth > 30) return;
  const def = defOf(schema);
  const next = (s: z.ZodType | undefined, v: unknown, path = at) => s && walk(s, v, path, leaf, depth + 1);
  if (def.type === 'string') return leaf(schema, at, value);
  if (WRAPPERS.has(def.type)) return next(def.innerType, value);
  if (def.type === 'object') {
    const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    for (const [key, field] of Object.entries(def.shape ?? {})) next(field, record[key], [...at, key]);
    return;
  }
  if (def.type === 'intersection') return (next(def.left, value), next(def.right, value));
  if (def.type === 'union') return def.options?.forEach((o) => next(o, value));
  if (def.type === 'pipe') return next(def.in, value);
  if (def.type === 'lazy') return next(def.getter?.(), value);
  if (def.type === 'array') {
    const list = Array.isArray(value) ? value : [undefined];
    return list.forEach((v, i) => next(def.element, v, [...at, String(i)]));
  }
  if (def.type === 'tuple') return def.items?.forEach((s, i) => next(s, Array.isArray(value) ? value[i] : undefined, [...at, String(i)]));
  if (def.type === 'record') {
    const list = entries(value);
    if (list.length === 0) return next(def.valueType, undefined, [...at, '*']);
    return list.forEach(([k, v]) => next(def.valueType, v, [...at, k]));
  }
}

function roleOf(schema: z.ZodType): PathRole | null {
  return pathRoles.get(schema)?.pathRole ?? null;
}

/** Every string field of a schema, with its path role: what the contract test checks. */
export function stringFields(schema: z.ZodType): StringField[] {
  const found = new Map<string, StringField>();
  walk(schema, undefined, [], (s, at) => {
    const field = at.join('.');
    const role = roleOf(s);
    if (!found.get(field)?.role) found.set(field, { field, role });
  });
  return [...found.values()];
}

/** The paths a parsed input carries, each with the role its field declares. */
export function pathValues(schema: z.ZodType, input: unknown): PathValue[] {
  const found: PathValue[] = [];
  walk(schema, input, [], (s, at, value) => {
    const role = roleOf(s);
    if (role && typeof value === 'string') found.push({ field: at.join('.'), role, value });
  });
  return found;
}
