import type { Db } from '../db/connection.ts';
import { getSettings } from '../settings/settings-service.ts';
import type { WritableCell } from '../xlsx/safe-cell.ts';
import { writeLargeTable } from '../xlsx/stream-table-writer.ts';
import type { TableColumn } from '../xlsx/table-writer.ts';
import { allMatchingIds, type EntityFilter } from './entity-query.ts';
import { selectEntitiesByIds } from './entity-rows.ts';
import { ENTITY_FIELD_LABELS, type Entity } from './entity-schema.ts';

const COLUMNS: (TableColumn & { value: (e: Entity) => WritableCell })[] = [
  { header: ENTITY_FIELD_LABELS.code, width: 22, align: 'center', value: (e) => e.code },
  { header: ENTITY_FIELD_LABELS.name, width: 36, value: (e) => e.name },
  { header: ENTITY_FIELD_LABELS.legalRep, width: 12, value: (e) => e.legalRep },
  { header: ENTITY_FIELD_LABELS.address, width: 36, value: (e) => e.address },
  { header: ENTITY_FIELD_LABELS.area, width: 12, value: (e) => e.area },
  { header: ENTITY_FIELD_LABELS.regAuthority, width: 24, value: (e) => e.regAuthority },
  { header: ENTITY_FIELD_LABELS.jurisdiction, width: 18, value: (e) => e.jurisdiction },
  { header: ENTITY_FIELD_LABELS.industry, width: 16, value: (e) => e.industry },
  { header: ENTITY_FIELD_LABELS.entityType, width: 14, value: (e) => e.entityType },
  { header: ENTITY_FIELD_LABELS.regStatus, width: 10, align: 'center', value: (e) => e.regStatus },
  { header: ENTITY_FIELD_LABELS.established, width: 12, align: 'center', value: (e) => e.established },
  { header: ENTITY_FIELD_LABELS.phone, width: 16, value: (e) => e.phone },
  { header: ENTITY_FIELD_LABELS.riskClass, width: 10, align: 'center', value: (e) => e.riskClass },
  { header: '所属名录', width: 24, value: (e) => e.rosters.join('、') },
  { header: ENTITY_FIELD_LABELS.notes, width: 20, value: (e) => e.notes },
];

/** Rows fetched from the database at a time while streaming an export. */
const CHUNK = 2000;

function* entityRows(db: Db, ids: number[]): Generator<WritableCell[]> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const entity of selectEntitiesByIds(db, ids.slice(i, i + CHUNK))) yield COLUMNS.map((c) => c.value(entity));
  }
}

/**
 * The current filtered view of the 检查对象名录库 as a styled .xlsx (an internal working list:
 * it includes 信用风险分类, which no document ever prints). Its header imports back as is.
 */
export async function exportEntitiesXlsx(db: Db, filter: EntityFilter, outPath: string) {
  const ids = allMatchingIds(db, filter);
  const title = `${getSettings(db).bureauName}检查对象名录`;
  const count = await writeLargeTable(outPath, {
    sheetName: '检查对象名录',
    title,
    columns: COLUMNS,
    rows: entityRows(db, ids),
    landscape: true,
  });
  return { path: outPath, count };
}
