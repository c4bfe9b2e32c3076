import type { CallInput } from '../../../electron/api/contract.ts';
import type { Entity } from './entity-types.ts';

/** What the form's fields hold: text as typed; '' for 信用风险分类 means 未分类. */
export interface EntityFormValues {
  code: string;
  name: string;
  legalRep: string;
  address: string;
  area: string;
  regAuthority: string;
  jurisdiction: string;
  industry: string;
  entityType: string;
  regStatus: string;
  established: string;
  phone: string;
  riskClass: string;
  notes: string;
}

export type EntityFormField = keyof EntityFormValues;

export function formValuesOf(entity: Entity | null): EntityFormValues {
  return {
    code: entity?.code ?? '',
    name: entity?.name ?? '',
    legalRep: entity?.legalRep ?? '',
    address: entity?.address ?? '',
    area: entity?.area ?? '',
    regAuthority: entity?.regAuthority ?? '',
    jurisdiction: entity?.jurisdiction ?? '',
    industry: entity?.industry ?? '',
    entityType: entity?.entityType ?? '企业',
    regStatus: entity?.regStatus ?? '存续',
    established: entity?.established ?? '',
    phone: entity?.phone ?? '',
    riskClass: entity?.riskClass ?? '',
    notes: entity?.notes ?? '',
  };
}

/** Hands the values to the core as they are; the core's schema judges them. */
export function entityInputOf(values: EntityFormValues): CallInput<'entities:save'>['entity'] {
  return {
    ...values,
    entityType: values.entityType as CallInput<'entities:save'>['entity']['entityType'],
    established: values.established.trim() || null,
    riskClass: (values.riskClass || null) as CallInput<'entities:save'>['entity']['riskClass'],
  };
}

const FIELDS = new Set<string>(Object.keys(formValuesOf(null)));

/**
 * The core's reasons keyed by form field. The door's schema nests the entity under `entity`, so
 * its keys arrive as `entity.name`; the core's own checks say `code`, `name`.
 */
export function fieldReasons(fields: Record<string, string>): Partial<Record<EntityFormField | 'rosters', string>> {
  const reasons: Partial<Record<EntityFormField | 'rosters', string>> = {};
  for (const [key, reason] of Object.entries(fields)) {
    const field = key
      .replace(/^entity\./, '')
      .replace(/^roster$/, 'rosters')
      .split('.')[0]!;
    if (FIELDS.has(field) || field === 'rosters') reasons[field as EntityFormField] = reason;
  }
  return reasons;
}

/** The core refused the code only for its check character: offer 接受校验位不符的代码. */
export function isChecksumRefusal(reason: string | undefined): boolean {
  return reason !== undefined && reason.includes('校验位');
}
