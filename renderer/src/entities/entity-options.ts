import type { CLOSED_STATUSES, EntityType, RiskClass } from './entity-types.ts';

/** The choices of the entity form and filters; the core's schema is the judge, these fill menus. */
export const ENTITY_TYPE_OPTIONS = ['企业', '个体工商户', '农民专业合作社', '其他'] as const satisfies readonly EntityType[];
export const RISK_CLASS_OPTIONS = ['A', 'B', 'C', 'D'] as const satisfies readonly RiskClass[];
/** The filter's name for entities without a 信用风险分类 (the core's UNCLASSIFIED). */
export const UNCLASSIFIED = '未分类';

/** 登记状态 that keep an entity out of every draw (DOMAIN.md); shown as a warning. */
const CLOSED: readonly string[] = ['注销', '吊销', '撤销', '迁出'] as const satisfies readonly (typeof CLOSED_STATUSES)[number][];

export function isClosedStatus(status: string): boolean {
  return CLOSED.includes(status);
}

/** Everything the list can be narrowed by, as the filter selects hold it ('' = 全部). */
export interface EntityFilterValues {
  search: string;
  roster: string;
  area: string;
  regAuthority: string;
  jurisdiction: string;
  industry: string;
  entityType: string;
  regStatus: string;
  riskClass: string;
}

export const NO_FILTERS: EntityFilterValues = {
  search: '',
  roster: '',
  area: '',
  regAuthority: '',
  jurisdiction: '',
  industry: '',
  entityType: '',
  regStatus: '',
  riskClass: '',
};
