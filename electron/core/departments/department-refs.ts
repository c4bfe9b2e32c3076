import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { getSettings } from '../settings/settings-service.ts';
import { OWN_DEPARTMENT_ID, OWN_DEPARTMENT_KEY } from './department-schema.ts';
import { getDepartment, listDepartments } from './department-service.ts';

/**
 * How a department is stored on an item or an inspector: NULL for 本局 (what every row written
 * before departments existed holds), the id for the others. Storing 1 as NULL keeps one spelling
 * of 本局, so `department_id IS NULL` finds all of 本局's rows.
 */
export function storedDepartmentId(id: number | null | undefined): number | null {
  return id === undefined || id === null || id === OWN_DEPARTMENT_ID ? null : id;
}

/**
 * Checks a department chosen for an item or an inspector: it exists, and a 停用 one is refused
 * unless the record already belongs to it (editing its other fields must stay possible).
 * Returns the id as stored.
 */
export function checkAssignedDepartment(db: Db, id: number | null, current: number | null = null, what = '部门'): number | null {
  const stored = storedDepartmentId(id);
  if (stored === null) return null;
  const department = getDepartment(db, stored);
  if (department.retired && stored !== current) {
    const message = `${what}“${department.name}”已停用，请选择其他部门，或先在“设置 → 部门”中恢复它`;
    throw new AppError(`${message}。`, { fields: { departmentId: message } });
  }
  return stored;
}

/** A cell naming a department: its stored id (null = 本局), or why it names none. */
export type DepartmentCell = { id: number | null } | { error: string };

/**
 * Reads department cells of a file against the department list as it is when the import starts:
 * 本局, the 单位名称, a full name, a 简称 or an id, whatever full-width forms and spaces Excel left.
 * A 停用 department is refused: a file must not put new people or items under it.
 */
export function departmentCellReader(db: Db, what: string): (text: string) => DepartmentCell {
  const byKey = new Map<string, number | null>();
  const retired = new Set<string>();
  const keyOf = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  const bureauName = getSettings(db).bureauName;
  for (const key of [OWN_DEPARTMENT_KEY, bureauName, String(OWN_DEPARTMENT_ID)]) if (key) byKey.set(keyOf(key), null);
  const all = listDepartments(db, { includeRetired: true });
  for (const d of all) {
    if (d.isOwn) continue;
    for (const key of [d.name, d.shortName, String(d.id)]) {
      if (!key || byKey.has(keyOf(key))) continue;
      byKey.set(keyOf(key), d.id);
      if (d.retired) retired.add(keyOf(key));
    }
  }
  const known = all.filter((d) => !d.retired).map((d) => d.name);
  return (text) => {
    const key = keyOf(text);
    const id = byKey.get(key);
    if (id === undefined) return { error: `${what}“${text.trim()}”不在部门名单中（现有：${known.join('、')}），请先在“设置 → 部门”中添加` };
    if (retired.has(key)) return { error: `${what}“${text.trim()}”已停用` };
    return { id };
  };
}
