import { ENTITY_FIELD_LABELS, ENTITY_TYPES, entityTypeOf, RISK_CLASSES } from '../entities/entity-schema.ts';
import { INSPECTOR_FIELD_LABELS, INSPECTOR_STATUSES } from '../inspectors/inspector-schema.ts';
import type { ImportKind } from './column-mapping.ts';

/**
 * A column whose cells must be one of a few values (信用风险分类, 登记状态, 主体类型, inspector 状态),
 * as files really write them: `A类（低风险）`, `存续（在营、开业、在册）`, `在职`. Each has built-in
 * synonyms; what none of them knows is "unknown" and is handled by `unknown`.
 */
export interface ValueField {
  key: string;
  label: string;
  /** The values that can be stored, as the value step offers them; '' is offered as `blankLabel`. */
  options: readonly string[];
  /** How an option reads in the value step where the letter alone says little (A → A（低风险）). */
  optionLabels?: Readonly<Record<string, string>>;
  /** What an empty stored value means, when the field may be left empty; null when it may not. */
  blankLabel: string | null;
  /** The stored value the built-in synonyms give a written value (already folded), or null. */
  builtin(folded: string): string | null;
  /** What is stored for a value nobody mapped, and how that reads (已{rule}) in the 提示 and the value step. */
  unknown: { value: string; rule: string };
}

/** The 提示 of a row whose value nobody mapped. */
export function unknownValueHint(field: ValueField, raw: string): string {
  return `${field.label}“${raw}”无法识别，已${field.unknown.rule}`;
}

/** The key a written value is known by: full-width folded, no white space, upper case. */
export function foldValue(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

const RISK_WORDS: [RegExp, string][] = [
  [/较高风险|风险较高/, 'C'],
  [/较低风险|风险较低|低风险/, 'A'],
  [/一般风险|中风险|风险一般/, 'B'],
  [/高风险/, 'D'],
];

/** "A", "A类", "A级", "A类(低风险)", "低风险" → A; the letter, where there is one, decides. */
function riskClassOf(folded: string): string | null {
  if (/^(未分类|未评级|未评定|暂未分类|无|\/|-|—)$/.test(folded)) return '';
  const letter = /^([ABCD])(类|级|$|\()/.exec(folded);
  if (letter) return letter[1]!;
  return RISK_WORDS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

const REG_STATUSES = ['存续', '歇业', '注销', '吊销', '撤销', '迁出'] as const;

/** 登记状态 as registration systems print it: "存续（在营、开业、在册）", "吊销，未注销", "已注销". */
function regStatusOf(folded: string): string | null {
  if (/吊销/.test(folded)) return /已注销|吊销后注销/.test(folded) ? '注销' : '吊销';
  if (/注销/.test(folded)) return '注销';
  if (/撤销/.test(folded)) return '撤销';
  if (/迁出|迁移/.test(folded)) return '迁出';
  if (/歇业/.test(folded)) return '歇业';
  if (/存续|在营|在业|开业|在册|营业|确立/.test(folded) || folded === '正常') return '存续';
  return null;
}

/**
 * Words for a status that keeps an inspector out of the draw may match inside a longer wording
 * ("已退休", "借调至市局"): a wrong match there only keeps someone out.
 */
const NOT_DRAWN_WORDS: [RegExp, string][] = [
  [/退休|退养/, '退休'],
  [/借调|抽调/, '借调'],
  [/病休|病假/, '病休'],
  [/休假|请假|产假|年假|探亲/, '休假'],
  [/调离|调出|离职|辞职/, '调离'],
  [/停用|暂停|注销|吊销|冻结|离岗/, '停用'],
];

/**
 * Only these whole values mean 在岗: a wording that merely contains one ("不在岗", "未在职",
 * "有效期已过") must never make an inspector drawable. 是 / 否 answer a 是否在岗 column.
 */
const ON_DUTY = new Set(['在岗', '在职', '正常', '在编', '在位', '是', '在岗在编', '在职在岗']);

function inspectorStatusOf(folded: string): string | null {
  if (ON_DUTY.has(folded)) return '在岗';
  if (folded === '否') return '停用';
  if ((INSPECTOR_STATUSES as readonly string[]).includes(folded)) return folded;
  return NOT_DRAWN_WORDS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

const ENTITY_VALUE_FIELDS: readonly ValueField[] = [
  {
    key: 'riskClass',
    label: ENTITY_FIELD_LABELS.riskClass,
    options: RISK_CLASSES,
    optionLabels: { A: 'A（低风险）', B: 'B（一般风险）', C: 'C（较高风险）', D: 'D（高风险）' },
    blankLabel: '未分类',
    builtin: riskClassOf,
    unknown: { value: '', rule: '按未分类导入' },
  },
  {
    key: 'regStatus',
    label: ENTITY_FIELD_LABELS.regStatus,
    options: REG_STATUSES,
    blankLabel: null,
    builtin: regStatusOf,
    // Empty is stored as 存续, which the draw takes: the 提示 says so, so the clerk can map it.
    unknown: { value: '', rule: '按“存续”导入（会参与抽取）' },
  },
  {
    key: 'entityType',
    label: ENTITY_FIELD_LABELS.entityType,
    options: ENTITY_TYPES,
    blankLabel: null,
    builtin: entityTypeOf,
    unknown: { value: '', rule: '按统一社会信用代码推定' },
  },
];

const INSPECTOR_VALUE_FIELDS: readonly ValueField[] = [
  {
    key: 'status',
    label: INSPECTOR_FIELD_LABELS.status,
    options: INSPECTOR_STATUSES,
    blankLabel: null,
    builtin: inspectorStatusOf,
    // Never 在岗 by default: an inspector whose status nobody understood must not be drawn.
    unknown: { value: '停用', rule: '按“停用”导入（不参与抽取）' },
  },
];

/** The enumerated columns of each importer. */
export const VALUE_FIELDS: Record<ImportKind, readonly ValueField[]> = {
  entities: ENTITY_VALUE_FIELDS,
  inspectors: INSPECTOR_VALUE_FIELDS,
  conflicts: [],
};
