import type { ItemCategory, ItemImportAction, ItemLevel } from './item-types.ts';

/** The choices of the item form; the core's schema is the judge, these only fill the menus. */
export const CATEGORY_OPTIONS = ['市场监管执法事项', '其它行政执法事项'] as const satisfies readonly ItemCategory[];
export const LEVEL_OPTIONS = ['一般', '重点'] as const satisfies readonly ItemLevel[];

export const IMPORT_ACTION_LABELS = {
  new: '新增',
  update: '更新',
  restore: '恢复',
  unchanged: '不变',
} as const satisfies Record<ItemImportAction, string>;
