/** The task, draw and plan types the screens use, all from the core (types only). */
export type { Task, TaskInput, TaskState } from '../../../electron/core/tasks/task-schema.ts';
export type { Plan } from '../../../electron/core/tasks/plan-service.ts';
export type { PoolPreview } from '../../../electron/core/draw/pool-preview.ts';
export type { DrawRecord, DrawnEntity, DrawnInspector } from '../../../electron/core/draw/draw-read.ts';
export type { DrawVerification, VerifyCheck } from '../../../electron/core/draw/draw-verify.ts';
export type { PublicationRow, PublicationState } from '../../../electron/core/publication/publication-service.ts';
