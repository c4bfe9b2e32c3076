import type { StatsRate } from './stats-rate.ts';

/** The views of 抽查工作情况统计 the provinces ask for (DOMAIN.md). */
export const STATS_VIEWS = ['task', 'item', 'area', 'authority', 'month', 'class', 'department'] as const;
export type StatsBy = (typeof STATS_VIEWS)[number];

/** Each view's sheet name and the heading of its first column. */
export const STATS_VIEW_LABELS: Record<StatsBy, { sheet: string; key: string }> = {
  task: { sheet: '按任务', key: '抽查任务' },
  item: { sheet: '按检查事项', key: '检查事项' },
  area: { sheet: '按区域', key: '区域' },
  authority: { sheet: '按登记机关', key: '登记机关' },
  month: { sheet: '按月份', key: '抽取月份' },
  class: { sheet: '按信用风险分类', key: '信用风险分类' },
  department: { sheet: '按部门', key: '部门' },
};

/** The counts of one line of the statistics (or of its 合计). */
export interface StatsCounts {
  /** 抽查基数: the members of the frozen pools the draws drew from. */
  base: number;
  /** 抽查户数: entities drawn (live draws only). */
  drawn: number;
  /** 已录入: drawn entities with a result (已录入 or 已审核). */
  entered: number;
  /** 已公示: drawn entities named in a publication of the task (or results of a task marked 已公示 before publications were stored). */
  published: number;
  /** 完结数: published results whose 后续处置 is 完结. */
  closed: number;
  /** Entered results per result code; an entity counts under each of its codes. */
  byCode: Record<string, number>;
  /** Entered results per 后续处置 (the platform's words; words outside the list count as 其他). */
  byDisposal: Record<string, number>;
  /** 抽查比例 = 户数 ÷ 基数. */
  ratio: StatsRate;
  /** 完成率 = 已公示 ÷ 户数. */
  completion: StatsRate;
  /** 完结率 = 完结 ÷ 已公示. */
  closure: StatsRate;
}

export interface StatsRow extends StatsCounts {
  /** Stable key of the bucket: task code, item id, area, authority, YYYY-MM, class or department id. */
  key: string;
  /** What the first column shows. */
  label: string;
}

/** One view of 抽查工作情况统计: its lines in order, the code and 后续处置 columns, and the 合计. */
export interface StatsReport {
  by: StatsBy;
  year: number | null;
  bureauName: string;
  /** The result-code columns: the active codes, and any retired code still counted. */
  codes: { code: string; label: string }[];
  /** The 后续处置 columns, in the platform's order. */
  disposals: string[];
  rows: StatsRow[];
  /**
   * Counted once per drawn entity of a task: in the 检查事项 view an entity of a task with three
   * items appears on three lines but once here, so the lines may add up to more than the 合计; so
   * does a joint task's entity in the 部门 view, once under each department. A joint task's entity
   * counts here as entered, published and closed once every department's result is.
   */
  total: StatsCounts;
}
