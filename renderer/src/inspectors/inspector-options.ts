import type { CertState, InspectorStatus, ItemCategory } from './inspector-types.ts';

/** The choices of the inspector form; the core's schema is the judge, these fill the menus. */
export const STATUS_OPTIONS = ['在岗', '借调', '病休', '停用'] as const satisfies readonly InspectorStatus[];
export const FIELD_OPTIONS = ['市场监管执法事项', '其它行政执法事项'] as const satisfies readonly ItemCategory[];

/** How a 执法证's state is marked in the list (the core decides the state and the 30 days). */
export const CERT_MARKS = {
  valid: null,
  unknown: null,
  expiring: { label: '30 天内到期', color: 'warning' },
  expired: { label: '已过期', color: 'error' },
} as const satisfies Record<CertState, { label: string; color: 'warning' | 'error' } | null>;
