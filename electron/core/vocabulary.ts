import { CLOSED_STATUSES, ENTITY_TYPES, RISK_CLASSES } from './entities/entity-schema.ts';
import { DEFAULT_ROSTER } from './import/run-import.ts';
import { INSPECTOR_STATUSES } from './inspectors/inspector-schema.ts';
import { ITEM_CATEGORIES, ITEM_LEVELS } from './items/item-schema.ts';
import { CHECK_METHODS, DISPOSALS } from './results/result-schema.ts';
import { SETTINGS_LABELS, type SettingsKey } from './settings/settings-labels.ts';

/** The fixed word lists the screens offer, so the renderer never keeps its own copy. */
export interface Vocabulary {
  itemCategories: readonly string[];
  itemLevels: readonly string[];
  entityTypes: readonly string[];
  riskClasses: readonly string[];
  closedStatuses: readonly string[];
  inspectorStatuses: readonly string[];
  checkMethods: readonly string[];
  disposals: readonly string[];
  /** The 名录 an entity import fills when the clerk names none. */
  defaultRoster: string;
  /** Each setting's name as 设置 shows it, which `shuangsuiji settings` takes as its keys. */
  settingsLabels: Readonly<Record<SettingsKey, string>>;
}

export function vocabulary(): Vocabulary {
  return {
    itemCategories: ITEM_CATEGORIES,
    itemLevels: ITEM_LEVELS,
    entityTypes: ENTITY_TYPES,
    riskClasses: RISK_CLASSES,
    closedStatuses: CLOSED_STATUSES,
    inspectorStatuses: INSPECTOR_STATUSES,
    checkMethods: CHECK_METHODS,
    disposals: DISPOSALS,
    defaultRoster: DEFAULT_ROSTER,
    settingsLabels: SETTINGS_LABELS,
  };
}
