import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { getSettings } from '../settings/settings-service.ts';
import { parseOrThrow } from '../validate.ts';
import {
  departmentInputSchema,
  OWN_DEPARTMENT_ID,
  OWN_DEPARTMENT_KEY,
  type Department,
  type DepartmentInput,
} from './department-schema.ts';

interface DepartmentRow {
  id: number;
  name: string;
  short_name: string;
  contact: string;
  phone: string;
  is_own: number;
  retired_at: string | null;
}

function toDepartment(db: Db, r: DepartmentRow): Department {
  const name = r.is_own === 1 ? getSettings(db).bureauName : r.name;
  return {
    id: r.id,
    name,
    shortName: r.short_name || name,
    contact: r.contact,
    phone: r.phone,
    isOwn: r.is_own === 1,
    retired: r.retired_at !== null,
  };
}

/** 本局 first, then the others in the order they were added; 停用 ones only when asked. */
export function listDepartments(db: Db, options: { includeRetired?: boolean } = {}): Department[] {
  const rows = db
    .prepare(`SELECT * FROM departments ${options.includeRetired ? '' : 'WHERE retired_at IS NULL'} ORDER BY is_own DESC, sort, id`)
    .all() as DepartmentRow[];
  return rows.map((r) => toDepartment(db, r));
}

/** A department by id; NULL (what earlier rows hold) is 本局. */
export function getDepartment(db: Db, id: number | null): Department {
  const row = db.prepare('SELECT * FROM departments WHERE id = ?').get(id ?? OWN_DEPARTMENT_ID) as DepartmentRow | undefined;
  if (!row) throw new AppError('找不到该部门，可能已被其他人修改，请刷新后再试。', { cause: `department ${id} not found` });
  return toDepartment(db, row);
}

/**
 * A department as a clerk or a script names it: 本局, the 单位名称, a full name, a 简称 or an id.
 * `what` names the field in the message (实施部门, 所属部门, 牵头部门…).
 */
export function findDepartmentId(db: Db, ref: string, what = '部门'): number {
  const text = ref.trim();
  if (text === '' || text === OWN_DEPARTMENT_KEY || text === getSettings(db).bureauName) return OWN_DEPARTMENT_ID;
  const id = (
    /^\d+$/.test(text)
      ? db.prepare('SELECT id FROM departments WHERE id = ?').pluck().get(Number(text))
      : db.prepare('SELECT id FROM departments WHERE name = ? OR short_name = ? ORDER BY id LIMIT 1').pluck().get(text, text)
  ) as number | undefined;
  if (id === undefined) {
    const known = listDepartments(db).map((d) => d.name);
    throw new AppError(`${what}“${text}”不在部门名单中（现有：${known.join('、')}）。请先在“设置 → 部门”中添加。`);
  }
  return id;
}

/**
 * Adds a department (no id) or changes one. Names and 简称 are unique. 本局 keeps its stored
 * name (its printed name is the 单位名称 of 设置), so only its 简称 and contact change here.
 */
export function saveDepartment(db: Db, input: DepartmentInput, actor = ''): Department {
  const d = parseOrThrow(departmentInputSchema, input);
  return db.transaction(() => {
    const clash = db
      .prepare("SELECT id, name FROM departments WHERE (name = ? OR (short_name <> '' AND short_name = ?)) AND id IS NOT ?")
      .get(d.name, d.shortName, d.id ?? null) as { id: number; name: string } | undefined;
    if (clash) throw fieldError({ name: `部门名单中已有“${clash.name}”` });
    const values = {
      name: d.name,
      shortName: d.shortName,
      contact: d.contact,
      phone: d.phone,
      retiredAt: d.retired ? new Date().toISOString() : null,
    };
    let id = d.id;
    if (id === undefined) {
      const sort = ((db.prepare('SELECT max(sort) FROM departments').pluck().get() as number | null) ?? 0) + 1;
      id = Number(
        db
          .prepare(
            `INSERT INTO departments (name, short_name, contact, phone, sort, retired_at)
             VALUES (@name, @shortName, @contact, @phone, @sort, @retiredAt)`,
          )
          .run({ ...values, sort }).lastInsertRowid,
      );
    } else {
      const old = getDepartment(db, id);
      if (old.isOwn && d.retired) throw new AppError('本局不能停用。');
      db.prepare(
        `UPDATE departments SET name = CASE WHEN is_own = 1 THEN name ELSE @name END, short_name = @shortName, contact = @contact,
           phone = @phone, retired_at = CASE WHEN @retiredAt IS NULL THEN NULL ELSE coalesce(retired_at, @retiredAt) END WHERE id = @id`,
      ).run({ ...values, id });
    }
    const saved = getDepartment(db, id);
    appendAudit(db, {
      actor,
      action: d.id === undefined ? '添加部门' : '修改部门',
      subject: saved.name,
      details: { id, name: saved.name, shortName: saved.shortName, retired: saved.retired },
    });
    return saved;
  })();
}
