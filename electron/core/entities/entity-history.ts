import type { Db } from '../db/connection.ts';
import { timestamp } from '../db/timestamp.ts';
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
  const insert = db.prepare('INSERT INTO entity_history (entity_id, source, changes, changed_at) VALUES (?, ?, ?, ?)');
  return (entityId, source, changes) => {
    if (changes.length === 0) return;
    const compact = Object.fromEntries(changes.map((c) => [c.field, [c.before, c.after]]));
    insert.run(entityId, source, JSON.stringify(compact), timestamp());
  };
}

/**
 * Newest first; the last entry says where and when the record was created (kept on the entity
 * itself, not as a history row, so an import writes one row less per new entity).
 */
export function readHistory(db: Db, entityId: number): HistoryEntry[] {
  const rows = db.prepare('SELECT changed_at, source, changes FROM entity_history WHERE entity_id = ? ORDER BY id DESC').all(entityId) as {
    changed_at: string;
    source: string;
    changes: string;
  }[];
  const entries: HistoryEntry[] = rows.map((r) => ({
    changedAt: r.changed_at,
    source: r.source,
    changes: Object.entries(JSON.parse(r.changes) as Record<string, [string, string]>).map(([field, [before, after]]) => ({
      field: field as FieldChange['field'],
      label: ENTITY_FIELD_LABELS[field as keyof EntityFields] ?? field,
      before,
      after,
    })),
  }));
  const created = db.prepare('SELECT created_at, created_source FROM entities WHERE id = ?').get(entityId) as
    { created_at: string; created_source: string } | undefined;
  if (created?.created_source) {
    entries.push({
      changedAt: created.created_at,
      source: created.created_source,
      changes: [{ field: 'created', label: '新增记录', before: '', after: '' }],
    });
  }
  return entries;
}
