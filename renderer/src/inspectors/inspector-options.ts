import type { CertState, InspectorStatus } from './inspector-types.ts';

/** The choices of the inspector form; the core's schema is the judge, these fill the menus. */
export const STATUS_OPTIONS = ['在岗', '退休', '借调', '休假', '病休', '调离', '停用'] as const satisfies readonly InspectorStatus[];

/** Only 在岗 inspectors are drawn; every other status is kept on the roster and marked so. */
export const DRAWN_STATUS = '在岗' satisfies InspectorStatus;
export const NOT_DRAWN_MARK = '不参与抽取';

/** What 执法领域 / 业务专长 are called on every screen. */
export const TAGS_LABEL = '执法领域/业务专长';

/** How a 执法证's state is marked in the list (the core decides the state and the 30 days). */
export const CERT_MARKS = {
  valid: null,
  // The draw takes only a certificate valid through the task's period (inspector-pool.ts).
  unknown: { label: NOT_DRAWN_MARK, color: 'warning' },
  expiring: { label: '30 天内到期', color: 'warning' },
  expired: { label: '已过期', color: 'error' },
} as const satisfies Record<CertState, { label: string; color: 'warning' | 'error' } | null>;
