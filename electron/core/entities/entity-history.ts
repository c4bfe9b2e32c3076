import type { Db } from '../db/connection.ts';
import { ENTITY_FIELD_LABELS, type EntityFields } from './entity-schema.ts';

export interface FieldChange {
  /** An entity field, or 'created' for the entry that says where a new record came from. */
  field: keyof EntityFields | 'created';
  label: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  changedAt: string;
  source: string;
  changes: FieldChange[];
}

const FIELDS = Object.keys(ENTITY_FIELD_LABELS) as (keyof EntityFields)[];

/** The fields that differ, with their Chinese labels; empty when nothing changed. */
export function diffEntityFields(before: EntityFields, after: EntityFields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    const a = before[field] ?? '';
    const b = after[field] ?? '';
    if (a !== b) changes.push({ field, label: ENTITY_FIELD_LABELS[field], before: String(a), after: String(b) });
  }
  return changes;
}

/** Keeps what changed, so the detail page can show where each value came from. */
export function recordHistory(db: Db, entityId: number, source: string, changes: FieldChange[]): void {
  historyWriter(db)(entityId, source, changes);
}

/** The same, with its statement prepared once, for an import's many rows. */
export function historyWriter(db: Db): (entityId: number, source: string, changes: FieldChange[]) => void {
  const insert = db.prepare('INSERT INTO entity_history (entity_id, source, changes) VALUES (?, ?, ?)');
  return (entityId, source, changes) => {
    if (changes.length === 0) return;
    const compact = Object.fromEntries(changes.map((c) => [c.field, [c.before, c.after]]));
    insert.run(entityId, source, JSON.stringify(compact));
  };
}

export function readHistory(db: Db, entityId: number): HistoryEntry[] {
  const rows = db
    .prepare('SELECT changed_at, source, changes FROM entity_history WHERE entity_id = ? ORDER BY id DESC')
    .all(entityId) as { changed_at: string; source: string; changes: string }[];
  return rows.map((r) => ({
    changedAt: r.changed_at,
    source: r.source,
    changes: Object.entries(JSON.parse(r.changes) as Record<string, [string, string]>).map(([field, [before, after]]) => ({
      field: field as FieldChange['field'],
      label: field === 'created' ? '新增记录' : (ENTITY_FIELD_LABELS[field as keyof EntityFields] ?? field),
      before,
      after,
    })),
  }));
}
