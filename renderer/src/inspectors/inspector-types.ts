/** The inspector types the screens use, all from the core (types only). */
export type { CertState, Inspector, InspectorInput, InspectorStatus } from '../../../electron/api/types.ts';
export type { InspectorTagCount } from '../../../electron/api/types.ts';
export type { Conflict } from '../../../electron/api/types.ts';
