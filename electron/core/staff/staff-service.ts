import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { parseOrThrow } from '../validate.ts';
import { rolesText, staffInputSchema, type Staff, type StaffInput } from './staff-schema.ts';

interface StaffRow {
  id: number;
  name: string;
  can_enter: number;
  can_review: number;
  active: number;
}

const toStaff = (r: StaffRow): Staff => ({
  id: r.id,
  name: r.name,
  canEnter: r.can_enter === 1,
  canReview: r.can_review === 1,
  active: r.active === 1,
});

/** The staff list: those in use first, each group by name. */
export function listStaff(db: Db): Staff[] {
  const rows = db.prepare('SELECT * FROM staff ORDER BY active DESC, name').all() as StaffRow[];
  return rows.map(toStaff);
}

export function staffByName(db: Db, name: string): Staff | null {
  const row = db.prepare('SELECT * FROM staff WHERE name = ?').get(name.trim()) as StaffRow | undefined;
  return row ? toStaff(row) : null;
}

function staffById(db: Db, id: number): Staff {
  const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  if (!row) throw new AppError('没有找到该人员，可能已被其他人修改，请刷新后再试。');
  return toStaff(row);
}

/**
 * Results are entered by a named 录入员 once the bureau keeps a staff list: then `actor` must be an
 * active person with that role. Without a list (a desk of one), any name, or none, is taken.
 */
export function checkEnterer(db: Db, actor: string): void {
  const anyEnterer = db.prepare('SELECT 1 FROM staff WHERE active = 1 AND can_enter = 1 LIMIT 1').get() !== undefined;
  if (!anyEnterer) return;
  const name = actor.trim();
  if (name === '') throw new AppError('请先选择当前登录人员（录入员）：人员名单中已有录入员，检查结果须由具名的录入员录入。');
  const person = staffByName(db, name);
  if (!person || !person.active || !person.canEnter) {
    throw new AppError(`“${name}”不是在用的录入员，不能录入检查结果。请在“设置 → 人员”中为其勾选“录入员”，或换由录入员录入。`);
  }
}

/** Whether a name is written on any result as its 录入员 or 审核员. */
function nameOnResults(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM results WHERE entered_by = ? OR reviewed_by = ? LIMIT 1').get(name, name) !== undefined;
}

/**
 * Adds a person (no id) or changes one. Names are unique. A name already written on results is
 * not changed: results keep the name as text, and the rule that nobody reviews his own entry
 * compares those names (停用 the person and add the new name instead).
 */
export function saveStaff(db: Db, input: StaffInput): Staff {
  const s = parseOrThrow(staffInputSchema, input);
  return db.transaction(() => {
    const same = staffByName(db, s.name);
    if (same && same.id !== s.id) throw fieldError({ name: `人员名单中已有“${s.name}”` });
    const values = { name: s.name, canEnter: s.canEnter ? 1 : 0, canReview: s.canReview ? 1 : 0, active: s.active ? 1 : 0 };
    let id = s.id;
    let action = '添加人员';
    if (id === undefined) {
      id = Number(
        db.prepare('INSERT INTO staff (name, can_enter, can_review, active) VALUES (@name, @canEnter, @canReview, @active)').run(values)
          .lastInsertRowid,
      );
    } else {
      const old = staffById(db, id);
      if (old.name !== s.name && nameOnResults(db, old.name)) {
        throw fieldError({ name: `“${old.name}”已记录在检查结果上，不能改名；可停用后另行添加“${s.name}”` });
      }
      db.prepare('UPDATE staff SET name = @name, can_enter = @canEnter, can_review = @canReview, active = @active WHERE id = @id').run({
        ...values,
        id,
      });
      action = old.active && !s.active ? '停用人员' : '修改人员';
    }
    const saved = staffById(db, id);
    appendAudit(db, { action, subject: `人员 ${saved.name}`, details: { roles: rolesText(saved), active: saved.active } });
    return saved;
  })();
}

/** 停用: kept on the list and on the results he entered or reviewed, but no longer signs in. */
export function deactivateStaff(db: Db, id: number): Staff {
  const s = staffById(db, id);
  return saveStaff(db, { ...s, active: false });
}
