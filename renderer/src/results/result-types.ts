import type { TaskResultRow } from '../../../electron/api/types.ts';

/** The result types the screens use, all from the core (types only). */
export type { ResultCode, ResultInput, TaskResultRow } from '../../../electron/api/types.ts';

/** One department's part of an entity of a joint task (合并查看). */
export type DepartmentResult = NonNullable<TaskResultRow['departments']>[number];
