import type { ImportCounts, ImportKind, RowVerdict } from './import-types.ts';

export interface ImportKindText {
  /** The wizard's title. */
  title: string;
  /** What an imported record is called, and its measure word: 4 个市场主体. */
  noun: string;
  measure: string;
  /** The header of the key column in the list of rows not imported. */
  keyLabel: string;
  templateName: string;
}

/** What the wizard says for each kind of file; the core decides everything else. */
export const IMPORT_KIND_TEXT = {
  entities: { title: '导入检查对象名录', noun: '市场主体', measure: '个', keyLabel: '代码', templateName: '检查对象名录导入模板.xlsx' },
  inspectors: {
    title: '导入执法检查人员',
    noun: '执法检查人员',
    measure: '名',
    keyLabel: '执法证号',
    templateName: '执法检查人员导入模板.xlsx',
  },
  conflicts: { title: '导入回避关系', noun: '回避关系', measure: '条', keyLabel: '执法证号 · 代码', templateName: '回避关系导入模板.xlsx' },
} as const satisfies Record<ImportKind, ImportKindText>;

export const VERDICT_LABELS = {
  new: '新增',
  updated: '更新',
  unchanged: '不变',
  flagged: '校验位存疑',
  rejected: '拒绝',
  skipped: '跳过',
} as const satisfies Record<RowVerdict, string>;

export const VERDICT_COLORS = {
  new: 'success',
  updated: 'info',
  unchanged: 'default',
  flagged: 'warning',
  rejected: 'error',
  skipped: 'default',
} as const satisfies Record<RowVerdict, string>;

/** The counts shown as chips, in the order a clerk reads them. */
export const COUNT_KEYS = [
  'new',
  'updated',
  'unchanged',
  'flagged',
  'rejected',
  'skipped',
] as const satisfies readonly (keyof ImportCounts & RowVerdict)[];
