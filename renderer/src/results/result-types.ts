/** The result types the screens use, all from the core (types only). */
export type { ResultCode, ResultInput, TaskResultRow } from '../../../electron/api/types.ts';
