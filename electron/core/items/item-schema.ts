import { z } from 'zod';

/** 事项类别, as the 备注 column of the official list states it. */
export const ITEM_CATEGORIES = ['市场监管执法事项', '其它行政执法事项'] as const;
/** 一般/重点 事项 (国市监信〔2019〕38号 distinguishes 一般检查事项 and 重点检查事项). */
export const ITEM_LEVELS = ['一般', '重点'] as const;

export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
export type ItemLevel = (typeof ITEM_LEVELS)[number];

/** Labels used in messages, forms and spreadsheets, so a field is named the same everywhere. */
export const ITEM_FIELD_LABELS = {
  seq: '序号',
  name: '抽查事项',
  basis: '检查依据',
  content: '检查内容',
  method: '检查方式',
  target: '适用对象',
  category: '事项类别',
  level: '事项级别',
  ratio: '抽查比例',
  frequency: '抽查频次',
  departmentId: '实施部门',
} as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}必须是文字` })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, `${label}不能超过 ${max} 字`));

/** What a clerk fills in for one item; the same rules hold for the form, the CLI and Excel import. */
export const itemInputSchema = z.object({
  seq: z.number({ error: '序号必须是数字' }).int('序号必须是整数').positive('序号必须从 1 开始').optional(),
  name: text('抽查事项', 200).pipe(z.string().min(1, '抽查事项不能为空')),
  basis: text('检查依据', 20000).default(''),
  content: text('检查内容', 5000).default(''),
  method: text('检查方式', 1000).default(''),
  target: text('适用对象', 1000).default(''),
  category: z.enum(ITEM_CATEGORIES, { error: `事项类别只能是：${ITEM_CATEGORIES.join('、')}` }),
  level: z.enum(ITEM_LEVELS, { error: `事项级别只能是：${ITEM_LEVELS.join('、')}` }).default('一般'),
  ratio: z.number({ error: '抽查比例必须是数字' }).gt(0, '抽查比例必须大于 0%').max(100, '抽查比例不能超过 100%').nullable().default(null),
  frequency: text('抽查频次', 100).default(''),
  /**
   * 实施部门: the department that inspects this item (null = 本局). Left out, an edit keeps the
   * stored one and a new item is 本局's: the seed list is 本局's own.
   */
  departmentId: z.number({ error: '实施部门必须从部门名单中选择' }).int('部门编号无效').positive('部门编号无效').nullable().optional(),
});

export type ItemInput = z.input<typeof itemInputSchema>;
export type ItemFields = z.output<typeof itemInputSchema>;

/** One item as stored. `seq` is null once retired. */
export interface Item extends Omit<ItemFields, 'seq' | 'departmentId'> {
  id: number;
  seq: number | null;
  /** 实施部门, null = 本局. */
  departmentId: number | null;
  /** The 实施部门 as printed (本局's is the 单位名称 of 设置). */
  departmentName: string;
  retired: boolean;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}
