import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { checkAssignedDepartment, storedDepartmentId } from '../departments/department-refs.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { listDepartments } from '../departments/department-service.ts';
import { AppError, fieldError } from '../errors.ts';
import { parseOrThrow } from '../validate.ts';
import {
  CERT_WARNING_DAYS,
  DRAWN_STATUS,
  inspectorInputSchema,
  type CertState,
  type Inspector,
  type InspectorFields,
  type InspectorInput,
} from './inspector-schema.ts';
import { TAG_JOINER } from './inspector-tags.ts';

/** An inspector as the table stores it. */
export interface InspectorRow {
  id: number;
  name: string;
  cert_no: string;
  cert_expiry: string | null;
  unit: string;
  phone: string;
  tags: string;
  status: Inspector['status'];
  notes: string;
  source: string;
  updated_at: string;
  department_id: number | null;
  conflict_count: number;
}

/** A 执法证 is valid through its expiry date; from 30 days before, it is highlighted. */
function certStateOf(expiry: string | null, today: string = dayjs().format('YYYY-MM-DD')): CertState {
  if (!expiry) return 'unknown';
  if (expiry < today) return 'expired';
  return dayjs(expiry).diff(dayjs(today), 'day') <= CERT_WARNING_DAYS ? 'expiring' : 'valid';
}

/** Department names by id, read once per list. */
function departmentNames(db: Db): (id: number | null) => string {
  const names = new Map(listDepartments(db, { includeRetired: true }).map((d) => [d.id, d.name] as const));
  return (id) => names.get(id ?? OWN_DEPARTMENT_ID) ?? '';
}

function toInspector(row: InspectorRow, nameOf: (id: number | null) => string, today?: string): Inspector {
  return {
    id: row.id,
    name: row.name,
    certNo: row.cert_no,
    certExpiry: row.cert_expiry,
    unit: row.unit,
    phone: row.phone,
    tags: tagsOf(row.tags),
    status: row.status,
    notes: row.notes,
    departmentId: row.department_id,
    departmentName: nameOf(row.department_id),
    source: row.source,
    updatedAt: row.updated_at,
    conflictCount: row.conflict_count,
    certState: certStateOf(row.cert_expiry, today),
  };
}

/** The tags of the stored column ('、'-joined, '' for none). */
export function tagsOf(column: string): string[] {
  return column ? column.split(TAG_JOINER) : [];
}

const SELECT = `SELECT i.*, (SELECT count(*) FROM conflicts c WHERE c.inspector_id = i.id) AS conflict_count
                FROM inspectors i`;

/** Holds the tag exactly: the column is framed with 、 so 食品 does not match 食品安全. */
const HAS_TAG = `instr('${TAG_JOINER}' || i.tags || '${TAG_JOINER}', '${TAG_JOINER}' || @tag || '${TAG_JOINER}') > 0`;

export interface InspectorQuery {
  /** Part of the name, 执法证号, 科室/所 or phone. */
  search?: string | undefined;
  /** One 执法领域 / 业务专长, matched whole. */
  tag?: string | undefined;
  /** Only this 所属部门's inspectors (1 = 本局). */
  departmentId?: number | undefined;
}

export function listInspectors(db: Db, query: InspectorQuery = {}, today?: string): Inspector[] {
  const tag = (query.tag ?? '').normalize('NFKC').trim();
  const department = query.departmentId === undefined ? -1 : (storedDepartmentId(query.departmentId) ?? 0);
  const rows = db
    .prepare(
      `${SELECT} WHERE (@tag = '' OR ${HAS_TAG})
         AND (@department = -1 OR coalesce(i.department_id, 0) = @department) ORDER BY i.unit, i.name`,
    )
    .all({ tag, department }) as InspectorRow[];
  const needle = (query.search ?? '').normalize('NFKC').trim().toUpperCase();
  const nameOf = departmentNames(db);
  return rows
    .map((r) => toInspector(r, nameOf, today))
    .filter((i) => !needle || [i.name, i.certNo, i.unit, i.phone, i.departmentName].join(' ').toUpperCase().includes(needle));
}

/** One 执法领域 / 业务专长 in use, with how many inspectors hold it and how many of them are 在岗. */
export interface InspectorTagCount {
  tag: string;
  count: number;
  onDuty: number;
}

/** Every tag the roster holds, most held first (then by name), for the filter and the task form. */
export function listInspectorTags(db: Db): InspectorTagCount[] {
  const rows = db.prepare("SELECT tags, status FROM inspectors WHERE tags <> ''").all() as { tags: string; status: string }[];
  const counts = new Map<string, InspectorTagCount>();
  for (const row of rows) {
    for (const tag of tagsOf(row.tags)) {
      const entry = counts.get(tag) ?? { tag, count: 0, onDuty: 0 };
      entry.count++;
      if (row.status === DRAWN_STATUS) entry.onDuty++;
      counts.set(tag, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN'));
}

export function getInspector(db: Db, id: number): Inspector {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as InspectorRow | undefined;
  if (!row) throw new AppError('找不到该执法检查人员，可能已被删除，请刷新列表。');
  return toInspector(row, departmentNames(db));
}

/** The columns as stored; 执法领域 / 业务专长 are kept '、'-joined in `tags`, 本局 as a NULL department. */
export function inspectorParams(f: InspectorFields) {
  return { ...f, tags: f.tags.join(TAG_JOINER), departmentId: storedDepartmentId(f.departmentId) };
}

export function saveInspector(db: Db, input: { id?: number | undefined; inspector: InspectorInput }): Inspector {
  const fields = parseOrThrow(inspectorInputSchema, input.inspector);
  return db.transaction(() => {
    const other = db.prepare('SELECT id, name FROM inspectors WHERE cert_no = ?').get(fields.certNo) as
      { id: number; name: string } | undefined;
    if (other && other.id !== input.id) throw fieldError({ certNo: `执法证号已属于 ${other.name}` });
    const before = input.id === undefined ? undefined : getInspector(db, input.id);
    // Left out, the 所属部门 stays: a caller that does not know departments changes none.
    const departmentId =
      fields.departmentId === undefined
        ? (before?.departmentId ?? null)
        : checkAssignedDepartment(db, fields.departmentId, before?.departmentId ?? null, '所属部门');
    const p = { ...inspectorParams(fields), departmentId, id: input.id ?? null };
    if (input.id === undefined) {
      const info = db
        .prepare(
          `INSERT INTO inspectors (name, cert_no, cert_expiry, unit, phone, tags, status, notes, department_id, source)
           VALUES (@name, @certNo, @certExpiry, @unit, @phone, @tags, @status, @notes, @departmentId, '手工录入')`,
        )
        .run(p);
      return getInspector(db, Number(info.lastInsertRowid));
    }
    db.prepare(
      `UPDATE inspectors SET name = @name, cert_no = @certNo, cert_expiry = @certExpiry, unit = @unit,
         phone = @phone, tags = @tags, status = @status, notes = @notes, department_id = @departmentId, source = '手工修改',
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
    ).run(p);
    return getInspector(db, input.id);
  })();
}
