/** The entity and roster types the screens use, all from the core (types only). */
export type { Entity, EntityType, RiskClass } from '../../../electron/core/entities/entity-schema.ts';
export type { CLOSED_STATUSES } from '../../../electron/core/entities/entity-schema.ts';
export type { EntityDetail } from '../../../electron/core/entities/entity-service.ts';
export type { HistoryEntry } from '../../../electron/core/entities/entity-history.ts';
export type { Roster } from '../../../electron/core/rosters/roster-service.ts';
