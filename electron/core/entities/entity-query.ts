import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { ENTITY_TYPES, RISK_CLASSES, type Entity } from './entity-schema.ts';
import { selectEntitiesByIds } from './entity-rows.ts';
import { entityIndex, foldForSearch, rosterMask, type EntityIndex } from './entity-search-index.ts';

/** 未分类: entities with no 信用风险分类 yet. */
export const UNCLASSIFIED = '未分类';

export const entityFilterSchema = z.object({
  search: z.string().max(200, '搜索内容不能超过 200 字').optional(),
  roster: z.string().max(100, '名录名称不能超过 100 字').optional(),
  area: z.string().max(50, '区域不能超过 50 字').optional(),
  regAuthority: z.string().max(100, '登记机关不能超过 100 字').optional(),
  jurisdiction: z.string().max(100, '管辖单位不能超过 100 字').optional(),
  industry: z.string().max(100, '行业不能超过 100 字').optional(),
  entityType: z.enum(ENTITY_TYPES, { error: `主体类型只能是：${ENTITY_TYPES.join('、')}` }).optional(),
  regStatus: z.string().max(20, '登记状态不能超过 20 字').optional(),
  riskClass: z
    .enum([...RISK_CLASSES, UNCLASSIFIED], { error: `信用风险分类只能是：${[...RISK_CLASSES, UNCLASSIFIED].join('、')}` })
    .optional(),
});

export const entityQuerySchema = entityFilterSchema.extend({
  offset: z.number().int('起始位置应为整数').min(0, '起始位置不能小于 0').default(0),
  limit: z.number().int('条数上限应为整数').min(1, '条数上限至少为 1').max(1000, '一次最多查看 1000 条').default(100),
});

export type EntityFilter = z.input<typeof entityFilterSchema>;
export type EntityQuery = z.input<typeof entityQuerySchema>;

export interface EntityPage {
  total: number;
  offset: number;
  rows: Entity[];
}

/**
 * The positions in the index that match every given filter and every word of the search text
 * (words are separated by spaces: "西坪镇 超市" finds supermarkets in 西坪镇).
 */
function matchingPositions(db: Db, index: EntityIndex, filter: EntityFilter): number[] {
  const words = foldForSearch(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const mask = filter.roster ? rosterMask(db, index, rosterIdOrThrow(db, filter.roster)) : null;
  const risk = filter.riskClass === UNCLASSIFIED ? null : filter.riskClass;
  const out: number[] = [];
  for (let i = 0; i < index.ids.length; i++) {
    if (mask && mask[i] === 0) continue;
    if (filter.area && index.areas[i] !== filter.area) continue;
    if (filter.regAuthority && index.regAuthorities[i] !== filter.regAuthority) continue;
    if (filter.jurisdiction && index.jurisdictions[i] !== filter.jurisdiction) continue;
    if (filter.industry && index.industries[i] !== filter.industry) continue;
    if (filter.entityType && index.types[i] !== filter.entityType) continue;
    if (filter.regStatus && index.statuses[i] !== filter.regStatus) continue;
    if (filter.riskClass && index.risks[i] !== risk) continue;
    if (words.length > 0 && !words.every((w) => index.texts[i]!.includes(w))) continue;
    out.push(i);
  }
  return out;
}

/** One page of the filtered roster in import order, with the total for the pager. */
export function queryEntities(db: Db, query: EntityQuery): EntityPage {
  const q = entityQuerySchema.parse(query);
  const index = entityIndex(db);
  const positions = matchingPositions(db, index, q);
  const ids = positions.slice(q.offset, q.offset + q.limit).map((p) => index.ids[p]!);
  return { total: positions.length, offset: q.offset, rows: selectEntitiesByIds(db, ids) };
}

/** Every entity matching the filter (CLI listing, export), in import order. */
export function allMatchingIds(db: Db, filter: EntityFilter): number[] {
  const index = entityIndex(db);
  return matchingPositions(db, index, filter).map((p) => index.ids[p]!);
}

function rosterIdOrThrow(db: Db, name: string): number {
  const id = db.prepare('SELECT id FROM rosters WHERE name = ?').pluck().get(name) as number | undefined;
  if (id === undefined) throw new AppError(`没有名为“${name}”的名录。`, { cause: `roster ${name} not found` });
  return id;
}

/** The values each filter list offers. */
export interface EntityFacets {
  areas: string[];
  regAuthorities: string[];
  jurisdictions: string[];
  industries: string[];
  statuses: string[];
  rosters: string[];
}

/** The values the filter lists offer, from what the roster actually holds. */
export function entityFacets(db: Db): EntityFacets {
  // From the in-memory index (no SQL index serves these columns); sorted as SQLite's ORDER BY did.
  const index = entityIndex(db);
  const distinct = (values: readonly string[]) => [...new Set(values)].filter((v) => v !== '').sort(byCodePoint);
  return {
    areas: distinct(index.areas),
    regAuthorities: distinct(index.regAuthorities),
    jurisdictions: distinct(index.jurisdictions),
    industries: distinct(index.industries),
    statuses: distinct(index.statuses),
    rosters: db.prepare('SELECT name FROM rosters ORDER BY name').pluck().all() as string[],
  };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
