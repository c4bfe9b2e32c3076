import type { Db } from '../db/connection.ts';
import { inspectorParams, type InspectorRow } from '../inspectors/inspector-service.ts';
import type { InspectorFields } from '../inspectors/inspector-schema.ts';
import type { RowWriter } from './entity-import-writer.ts';
import { NO_EXPIRY_HINT, type ConflictFields } from './inspector-row.ts';
import { withStored } from './keep-stored.ts';

type StoredInspector = Omit<InspectorRow, 'source' | 'updated_at' | 'conflict_count'>;

/** A stored inspector as the writer's parameters name its fields. */
function storedParams(row: StoredInspector) {
  return {
    name: row.name,
    certExpiry: row.cert_expiry,
    unit: row.unit,
    phone: row.phone,
    tags: row.tags,
    status: row.status,
    notes: row.notes,
    departmentId: row.department_id,
  };
}

/**
 * Upserts inspectors by 执法证号 inside the caller's transaction; an existing inspector keeps what
 * the row does not say (withStored).
 */
export function inspectorImportWriter(db: Db, options: { source: string; unmapped: readonly string[] }): RowWriter<InspectorFields> {
  const find = db.prepare(
    'SELECT name, cert_no, cert_expiry, unit, phone, tags, status, notes, department_id, id FROM inspectors WHERE cert_no = ?',
  );
  const insert = db.prepare(
    `INSERT INTO inspectors (name, cert_no, cert_expiry, unit, phone, tags, status, notes, department_id, source)
     VALUES (@name, @certNo, @certExpiry, @unit, @phone, @tags, @status, @notes, @departmentId, @source)`,
  );
  const update = db.prepare(
    `UPDATE inspectors SET name = @name, cert_expiry = @certExpiry, unit = @unit, phone = @phone, tags = @tags,
       status = @status, notes = @notes, department_id = @departmentId, source = @source, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = @id`,
  );
  return {
    write(outcome) {
      const fromFile = { ...inspectorParams(outcome.fields), source: `${options.source} 第 ${outcome.row} 行` };
      const existing = find.get(fromFile.certNo) as StoredInspector | undefined;
      if (!existing) {
        insert.run(fromFile);
        return 'new';
      }
      const keep = outcome.keep ? [...options.unmapped, ...outcome.keep] : options.unmapped;
      const p = withStored(fromFile, { ...fromFile, ...storedParams(existing) }, keep);
      // The stored date stands: the 提示 about a missing one no longer applies.
      if (p.certExpiry !== null) outcome.hints = outcome.hints.filter((h) => h.message !== NO_EXPIRY_HINT);
      const same =
        existing.name === p.name &&
        existing.cert_expiry === p.certExpiry &&
        existing.unit === p.unit &&
        existing.phone === p.phone &&
        existing.tags === p.tags &&
        existing.status === p.status &&
        existing.notes === p.notes &&
        existing.department_id === p.departmentId;
      if (same) return 'unchanged';
      update.run({ ...p, id: existing.id });
      return 'updated';
    },
  };
}

/** Declares 回避 from rows naming an inspector's 执法证号 and an entity's code. */
export function conflictImportWriter(db: Db): RowWriter<ConflictFields> {
  const inspector = db.prepare('SELECT id FROM inspectors WHERE cert_no = ?').pluck();
  const entity = db.prepare('SELECT id FROM entities WHERE code = ?').pluck();
  const existing = db.prepare('SELECT reason FROM conflicts WHERE inspector_id = ? AND entity_id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO conflicts (inspector_id, entity_id, reason) VALUES (?, ?, ?)
     ON CONFLICT (inspector_id, entity_id) DO UPDATE SET reason = excluded.reason`,
  );
  return {
    write({ fields }) {
      const inspectorId = inspector.get(fields.certNo) as number | undefined;
      if (inspectorId === undefined) return { reason: `执法人员名录中没有执法证号 ${fields.certNo}` };
      const entityId = entity.get(fields.entityCode) as number | undefined;
      if (entityId === undefined) return { reason: `市场主体名录中没有代码 ${fields.entityCode}` };
      const before = existing.get(inspectorId, entityId) as string | undefined;
      if (before === fields.reason) return 'unchanged';
      upsert.run(inspectorId, entityId, fields.reason);
      return before === undefined ? 'new' : 'updated';
    },
  };
}
