import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { parseOrThrow } from '../validate.ts';
import {
  CERT_WARNING_DAYS,
  inspectorInputSchema,
  type CertState,
  type Inspector,
  type InspectorFields,
  type InspectorInput,
} from './inspector-schema.ts';

interface InspectorRow {
  id: number;
  name: string;
  cert_no: string;
  cert_expiry: string | null;
  unit: string;
  phone: string;
  fields: string;
  status: Inspector['status'];
  notes: string;
  source: string;
  updated_at: string;
  conflict_count: number;
}

/** A 执法证 is valid through its expiry date; from 30 days before, it is highlighted. */
export function certStateOf(expiry: string | null, today: string = dayjs().format('YYYY-MM-DD')): CertState {
  if (!expiry) return 'unknown';
  if (expiry < today) return 'expired';
  return dayjs(expiry).diff(dayjs(today), 'day') <= CERT_WARNING_DAYS ? 'expiring' : 'valid';
}

function toInspector(row: InspectorRow, today?: string): Inspector {
  return {
    id: row.id,
    name: row.name,
    certNo: row.cert_no,
    certExpiry: row.cert_expiry,
    unit: row.unit,
    phone: row.phone,
    fields: row.fields ? (row.fields.split('、') as Inspector['fields']) : [],
    status: row.status,
    notes: row.notes,
    source: row.source,
    updatedAt: row.updated_at,
    conflictCount: row.conflict_count,
    certState: certStateOf(row.cert_expiry, today),
  };
}

const SELECT = `SELECT i.*, (SELECT count(*) FROM conflicts c WHERE c.inspector_id = i.id) AS conflict_count
                FROM inspectors i`;

export function listInspectors(db: Db, query: { search?: string | undefined } = {}, today?: string): Inspector[] {
  const rows = db.prepare(`${SELECT} ORDER BY i.unit, i.name`).all() as InspectorRow[];
  const needle = (query.search ?? '').normalize('NFKC').trim().toUpperCase();
  return rows
    .map((r) => toInspector(r, today))
    .filter((i) => !needle || [i.name, i.certNo, i.unit, i.phone].join(' ').toUpperCase().includes(needle));
}

export function getInspector(db: Db, id: number): Inspector {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as InspectorRow | undefined;
  if (!row) throw new AppError('找不到该执法检查人员，可能已被删除，请刷新列表。');
  return toInspector(row);
}

/** The columns as stored; 执法领域 is kept as '、'-joined categories. */
export function inspectorParams(f: InspectorFields) {
  return { ...f, fields: f.fields.join('、') };
}

export function saveInspector(db: Db, input: { id?: number | undefined; inspector: InspectorInput }): Inspector {
  const fields = parseOrThrow(inspectorInputSchema, input.inspector);
  return db.transaction(() => {
    const other = db.prepare('SELECT id, name FROM inspectors WHERE cert_no = ?').get(fields.certNo) as
      | { id: number; name: string }
      | undefined;
    if (other && other.id !== input.id) throw fieldError({ certNo: `执法证号已属于 ${other.name}` });
    const p = { ...inspectorParams(fields), id: input.id ?? null };
    if (input.id === undefined) {
      const info = db
        .prepare(
          `INSERT INTO inspectors (name, cert_no, cert_expiry, unit, phone, fields, status, notes, source)
           VALUES (@name, @certNo, @certExpiry, @unit, @phone, @fields, @status, @notes, '手工录入')`,
        )
        .run(p);
      return getInspector(db, Number(info.lastInsertRowid));
    }
    getInspector(db, input.id);
    db.prepare(
      `UPDATE inspectors SET name = @name, cert_no = @certNo, cert_expiry = @certExpiry, unit = @unit,
         phone = @phone, fields = @fields, status = @status, notes = @notes, source = '手工修改',
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
    ).run(p);
    return getInspector(db, input.id);
  })();
}
