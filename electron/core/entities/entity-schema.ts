import { z } from 'zod';
import { isoDate } from '../iso-date.ts';
import { textField } from '../text-field.ts';

export const ENTITY_TYPES = ['企业', '个体工商户', '农民专业合作社', '其他'] as const;
export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
/** 登记状态 that keep an entity out of every draw (DOMAIN.md). */
export const CLOSED_STATUSES = ['注销', '吊销', '撤销', '迁出'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type RiskClass = (typeof RISK_CLASSES)[number];

/** The Chinese name of every entity field: forms, messages, column mapping and exports agree. */
export const ENTITY_FIELD_LABELS = {
  code: '统一社会信用代码',
  name: '名称',
  legalRep: '法定代表人',
  address: '住所',
  area: '所属区域',
  regAuthority: '登记机关',
  jurisdiction: '管辖单位',
  industry: '行业门类',
  entityType: '主体类型',
  regStatus: '登记状态',
  established: '成立日期',
  phone: '联系电话',
  riskClass: '信用风险分类',
  notes: '备注',
} as const;

export type EntityField = keyof typeof ENTITY_FIELD_LABELS;

const text = textField;

/**
 * One market entity as a clerk or an import supplies it (the code already normalised and checked
 * by uscc.ts). The 主体类型 may be written loosely in files; `entityTypeOf` maps it.
 */
export const entityInputSchema = z.object({
  code: z.string().min(1, '统一社会信用代码不能为空'),
  name: text('名称', 200).min(1, '名称不能为空'),
  legalRep: text('法定代表人', 50).default(''),
  address: text('住所', 300).default(''),
  area: text('所属区域', 50).default(''),
  /** 登记机关: the authority that registered the entity (大同县市场监督管理局). */
  regAuthority: text('登记机关', 100).default(''),
  /** 管辖单位: the unit with jurisdiction over it (西坪市场监管所). */
  jurisdiction: text('管辖单位', 100).default(''),
  industry: text('行业门类', 100).default(''),
  entityType: z.enum(ENTITY_TYPES, { error: `主体类型只能是：${ENTITY_TYPES.join('、')}` }).default('其他'),
  regStatus: text('登记状态', 20)
    .default('存续')
    .transform((s) => s || '存续'),
  established: isoDate('成立日期', '2015-06-30').nullable().default(null),
  phone: text('联系电话', 50).default(''),
  riskClass: z.enum(RISK_CLASSES, { error: '信用风险分类只能是 A、B、C、D 或空' }).nullable().default(null),
  notes: text('备注', 1000).default(''),
});

export type EntityInput = z.input<typeof entityInputSchema>;
export type EntityFields = z.output<typeof entityInputSchema>;

export interface Entity extends EntityFields {
  id: number;
  codeFlagged: boolean;
  rosters: string[];
  source: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * 主体类型 from the credit code itself when a file does not say: under 登记管理部门 9 (market
 * regulation), the second character is 1 企业, 2 个体工商户, 3 农民专业合作社 (GB 32100).
 */
export function entityTypeFromCode(code: string): EntityType {
  if (code.length === 18 && code[0] === '9') {
    return ({ '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } as const)[code[1] as '1' | '2' | '3'] ?? '其他';
  }
  return '其他';
}

/**
 * 主体类型 as files write it ("有限责任公司（自然人投资或控股）", "个体户", "专业合作社"…) → the four
 * types; null for a blank or a wording none of them fits (the importer's value step asks about it).
 */
export function entityTypeOf(raw: string): EntityType | null {
  const s = raw.replace(/\s+/g, '');
  if (/个体/.test(s)) return '个体工商户';
  if (/合作社/.test(s)) return '农民专业合作社';
  if (/公司|企业|厂|分支机构|独资|合伙|集团/.test(s)) return '企业';
  if ((ENTITY_TYPES as readonly string[]).includes(s)) return s as EntityType;
  return null;
}
