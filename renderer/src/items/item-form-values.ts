import type { Item, ItemCategory, ItemInput, ItemLevel } from './item-types.ts';

/** What the form's fields hold: text as typed, so an empty number field stays empty. */
export interface ItemFormValues {
  seq: string;
  name: string;
  basis: string;
  content: string;
  method: string;
  target: string;
  category: ItemCategory;
  level: ItemLevel;
  ratio: string;
  frequency: string;
  /** 实施部门's id as text (1 = 本局). */
  departmentId: string;
}

export type ItemFormField = keyof ItemFormValues;

export function formValuesOf(item: Item | null): ItemFormValues {
  return {
    seq: item?.seq != null ? String(item.seq) : '',
    name: item?.name ?? '',
    basis: item?.basis ?? '',
    content: item?.content ?? '',
    method: item?.method ?? '',
    target: item?.target ?? '',
    category: item?.category ?? '市场监管执法事项',
    level: item?.level ?? '一般',
    ratio: item?.ratio != null ? String(item.ratio) : '',
    frequency: item?.frequency ?? '',
    departmentId: String(item?.departmentId ?? 1),
  };
}

/** Hands the values to the core as they are; empty number fields mean "not given". */
export function itemInputOf(values: ItemFormValues): ItemInput {
  const { seq, ratio, departmentId, ...texts } = values;
  return {
    ...texts,
    departmentId: Number(departmentId),
    ...(seq.trim() ? { seq: Number(seq) } : {}),
    ratio: ratio.trim() ? Number(ratio) : null,
  };
}

const FIELDS = new Set<string>(Object.keys(formValuesOf(null)));

/**
 * The core's field reasons keyed by form field. `items:update` nests the item under `item`, so its
 * keys arrive as `item.name`; keys that match no field are left for the general message.
 */
export function fieldReasons(fields: Record<string, string>): Partial<Record<ItemFormField, string>> {
  const reasons: Partial<Record<ItemFormField, string>> = {};
  for (const [key, reason] of Object.entries(fields)) {
    const field = key.replace(/^item\./, '');
    if (FIELDS.has(field)) reasons[field as ItemFormField] = reason;
  }
  return reasons;
}
