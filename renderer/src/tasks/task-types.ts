/** The task, draw and plan types the screens use, all from the core (types only). */
export type { Task, TaskInput, TaskState } from '../../../electron/api/types.ts';
export type { Plan } from '../../../electron/api/types.ts';
export type { PoolPreview } from '../../../electron/api/types.ts';
export type { DrawRecord, DrawnEntity, DrawnInspector } from '../../../electron/api/types.ts';
export type { DrawVerification, VerifyCheck } from '../../../electron/api/types.ts';
export type { PublicationRow, PublicationState } from '../../../electron/api/types.ts';
