import type { Inspector, InspectorInput, InspectorStatus } from './inspector-types.ts';

/** What the inspector form holds: text as typed; 执法领域 / 业务专长 as chips. */
export interface InspectorFormValues {
  name: string;
  certNo: string;
  certExpiry: string;
  unit: string;
  phone: string;
  tags: string[];
  status: InspectorStatus;
  notes: string;
  /** 所属部门's id as text (1 = 本局). */
  departmentId: string;
}

export type InspectorFormField = keyof InspectorFormValues;

export function formValuesOf(inspector: Inspector | null): InspectorFormValues {
  return {
    name: inspector?.name ?? '',
    certNo: inspector?.certNo ?? '',
    certExpiry: inspector?.certExpiry ?? '',
    unit: inspector?.unit ?? '',
    phone: inspector?.phone ?? '',
    tags: inspector?.tags ?? [],
    status: inspector?.status ?? '在岗',
    notes: inspector?.notes ?? '',
    departmentId: String(inspector?.departmentId ?? 1),
  };
}

export function inspectorInputOf(values: InspectorFormValues): InspectorInput {
  return { ...values, certExpiry: values.certExpiry.trim() || null, departmentId: Number(values.departmentId) };
}

const FIELDS = new Set<string>(Object.keys(formValuesOf(null)));

/** The core's reasons by form field; the door nests them under `inspector.` (`inspector.tags`). */
export function fieldReasons(fields: Record<string, string>): Partial<Record<InspectorFormField, string>> {
  const reasons: Partial<Record<InspectorFormField, string>> = {};
  for (const [key, reason] of Object.entries(fields)) {
    const field = key.replace(/^inspector\./, '').split('.')[0]!;
    if (FIELDS.has(field)) reasons[field as InspectorFormField] ??= reason;
  }
  return reasons;
}
