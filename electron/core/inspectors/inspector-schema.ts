import { z } from 'zod';
import { textField } from '../text-field.ts';
import { ITEM_CATEGORIES, type ItemCategory } from '../items/item-schema.ts';

export const INSPECTOR_STATUSES = ['在岗', '借调', '病休', '停用'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];

export const INSPECTOR_FIELD_LABELS = {
  name: '姓名',
  certNo: '执法证号',
  certExpiry: '证件有效期',
  unit: '所属科室/所',
  phone: '联系电话',
  fields: '执法领域',
  status: '状态',
  notes: '备注',
} as const;

/** Days before expiry from which a 执法证 is highlighted. */
export const CERT_WARNING_DAYS = 30;

/** 执法证号 as typed: full-width folded, spaces dropped, upper case. */
export function normaliseCertNo(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * 执法领域 as files write it ("市场监管", "其他行政执法事项、市场监管执法事项") → item categories.
 * Returns the categories and the parts that match none.
 */
export function parseEnforcementFields(raw: string): { fields: ItemCategory[]; unknown: string[] } {
  const parts = raw.split(/[、,，;；/\s]+/).map((p) => p.trim()).filter(Boolean);
  const fields = new Set<ItemCategory>();
  const unknown: string[] = [];
  for (const part of parts) {
    if (/市场监管/.test(part)) fields.add('市场监管执法事项');
    else if (/其[它他]/.test(part)) fields.add('其它行政执法事项');
    else unknown.push(part);
  }
  return { fields: [...fields], unknown };
}

const text = textField;

export const inspectorInputSchema = z.object({
  name: text('姓名', 30).min(1, '姓名不能为空'),
  certNo: z
    .string({ error: '执法证号不能为空' })
    .transform(normaliseCertNo)
    .pipe(z.string().min(1, '执法证号不能为空').max(40, '执法证号不能超过 40 个字符')),
  certExpiry: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '证件有效期应为日期，如 2027-12-31').nullable().default(null),
  unit: text('所属科室/所', 50).default(''),
  phone: text('联系电话', 50).default(''),
  fields: z.array(z.enum(ITEM_CATEGORIES, { error: `执法领域只能是：${ITEM_CATEGORIES.join('、')}` })).default([]),
  status: z.enum(INSPECTOR_STATUSES, { error: `状态只能是：${INSPECTOR_STATUSES.join('、')}` }).default('在岗'),
  notes: text('备注', 500).default(''),
});

export type InspectorInput = z.input<typeof inspectorInputSchema>;
export type InspectorFields = z.output<typeof inspectorInputSchema>;

/** valid, expiring within CERT_WARNING_DAYS, expired, or no date recorded. */
export type CertState = 'valid' | 'expiring' | 'expired' | 'unknown';

export interface Inspector extends InspectorFields {
  id: number;
  certState: CertState;
  conflictCount: number;
  source: string;
  updatedAt: string;
}
