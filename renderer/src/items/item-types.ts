/** The item types the screens use, all from the core (types only: nothing of the core runs here). */
export type { Item, ItemCategory, ItemInput, ItemLevel } from '../../../electron/api/types.ts';
export type { ImportProblem, ItemFieldChange, ItemImportAction, ItemImportPreview, ItemImportRow } from '../../../electron/api/types.ts';
