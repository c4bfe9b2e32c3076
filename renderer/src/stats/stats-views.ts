import type { StatsBy } from '../../../electron/api/types.ts';

/** The views of the page, as the selector and the first column name them. */
export const VIEWS: { id: StatsBy; tab: string; keyLabel: string }[] = [
  { id: 'task', tab: '按任务', keyLabel: '抽查任务' },
  { id: 'item', tab: '按事项', keyLabel: '检查事项' },
  { id: 'area', tab: '按区域', keyLabel: '区域' },
  { id: 'authority', tab: '按登记机关', keyLabel: '登记机关' },
  { id: 'month', tab: '按月份', keyLabel: '抽取月份' },
  { id: 'class', tab: '按信用风险分类', keyLabel: '信用风险分类' },
  { id: 'department', tab: '按部门', keyLabel: '部门' },
];

/**
 * Short column headings for the platform's long 后续处置 words; the full words stay in the
 * heading's tooltip and in the Excel.
 */
const DISPOSAL_SHORT: Record<string, string> = {
  '未发现问题或相关问题已规范已改正，无需后续处置': '无需后续处置',
  '停止检查，反馈至日常监管部门依法依规处理': '反馈日常监管',
  '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责': '责令改正',
  '发现案件线索，初步固定相关证据后移送办案机构依法依规处理': '移送办案机构',
  '违反其他部门相关规定，抄告相关部门': '抄告相关部门',
  其他: '其他',
};

export function disposalShort(words: string): string {
  return DISPOSAL_SHORT[words] ?? words;
}
