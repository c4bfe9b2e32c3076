/** The inspector types the screens use, all from the core (types only). */
export type { CertState, Inspector, InspectorInput, InspectorStatus } from '../../../electron/core/inspectors/inspector-schema.ts';
export type { InspectorTagCount } from '../../../electron/core/inspectors/inspector-service.ts';
export type { Conflict } from '../../../electron/core/inspectors/conflict-service.ts';
