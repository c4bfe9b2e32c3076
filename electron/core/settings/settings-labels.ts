/**
 * The name of each setting as the 设置 screen shows it. The one table: the settings schema's
 * messages use it, and app:vocabulary hands it to the screen and to `shuangsuiji settings`
 * (whose keys are these labels).
 */
export const SETTINGS_LABELS = {
  bureauName: '单位名称',
  docPrefix: '文号前缀',
  contactName: '联系人',
  contactPhone: '联系电话',
  publicationDays: '公示期限（工作日）',
  authorityCode: '机关代码',
} as const;

export type SettingsKey = keyof typeof SETTINGS_LABELS;

/** The label without its unit in brackets: 公示期限（工作日） → 公示期限, for messages and typing. */
export function shortLabel(key: SettingsKey): string {
  return SETTINGS_LABELS[key].replace(/（.*）$/, '');
}
