/** The entity and roster types the screens use, all from the core (types only). */
export type { Entity, EntityType, RiskClass } from '../../../electron/api/types.ts';
export type { CLOSED_STATUSES } from '../../../electron/api/types.ts';
export type { EntityDetail } from '../../../electron/api/types.ts';
export type { HistoryEntry } from '../../../electron/api/types.ts';
export type { Roster } from '../../../electron/api/types.ts';
