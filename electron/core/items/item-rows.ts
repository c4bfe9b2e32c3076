import type { Db } from '../db/connection.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { listDepartments } from '../departments/department-service.ts';
import type { Item, ItemFields } from './item-schema.ts';

/** An item's fields as written: the 实施部门 decided (null = 本局), never "keep what is stored". */
export type StoredItemFields = Omit<ItemFields, 'seq' | 'departmentId'> & { departmentId: number | null };

/** Row mapping and the few SQL statements the item services share. */
interface ItemRow {
  id: number;
  seq: number | null;
  name: string;
  basis: string;
  content: string;
  method: string;
  target: string;
  category: Item['category'];
  level: Item['level'];
  ratio: number | null;
  frequency: string;
  department_id: number | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Department names by id, read once per list: every item row names its 实施部门. */
function departmentNames(db: Db): (id: number | null) => string {
  const names = new Map(listDepartments(db, { includeRetired: true }).map((d) => [d.id, d.name] as const));
  return (id) => names.get(id ?? OWN_DEPARTMENT_ID) ?? '';
}

function toItem(row: ItemRow, nameOf: (id: number | null) => string): Item {
  return {
    id: row.id,
    seq: row.seq,
    name: row.name,
    basis: row.basis,
    content: row.content,
    method: row.method,
    target: row.target,
    category: row.category,
    level: row.level,
    ratio: row.ratio,
    frequency: row.frequency,
    departmentId: row.department_id,
    departmentName: nameOf(row.department_id),
    retired: row.retired_at !== null,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Active items by 序号, then retired ones by name: the order every list and export uses. */
export function selectAllItems(db: Db): Item[] {
  const rows = db.prepare('SELECT * FROM items ORDER BY seq IS NULL, seq, name').all() as ItemRow[];
  const nameOf = departmentNames(db);
  return rows.map((row) => toItem(row, nameOf));
}

export function selectItem(db: Db, id: number): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined;
  return row && toItem(row, departmentNames(db));
}

export function selectItemByName(db: Db, name: string): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE name = ?').get(name) as ItemRow | undefined;
  return row && toItem(row, departmentNames(db));
}

export function insertItemRow(db: Db, fields: StoredItemFields, seq: number): number {
  const info = db
    .prepare(
      `INSERT INTO items (seq, name, basis, content, method, target, category, level, ratio, frequency, department_id)
       VALUES (@seq, @name, @basis, @content, @method, @target, @category, @level, @ratio, @frequency, @departmentId)`,
    )
    .run({ ...fields, seq });
  return Number(info.lastInsertRowid);
}

export function updateItemRow(db: Db, id: number, fields: StoredItemFields): void {
  db.prepare(
    `UPDATE items SET name = @name, basis = @basis, content = @content, method = @method,
       target = @target, category = @category, level = @level, ratio = @ratio,
       frequency = @frequency, department_id = @departmentId, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = @id`,
  ).run({ ...fields, id });
}

/** Gives the active items 序号 1..n in the order given. Call inside a transaction. */
export function renumber(db: Db, orderedActiveIds: number[]): void {
  db.prepare('UPDATE items SET seq = -seq WHERE seq IS NOT NULL').run();
  const set = db.prepare('UPDATE items SET seq = ? WHERE id = ?');
  orderedActiveIds.forEach((id, i) => set.run(i + 1, id));
}

export function activeIds(db: Db): number[] {
  return db.prepare('SELECT id FROM items WHERE seq IS NOT NULL ORDER BY abs(seq)').pluck().all() as number[];
}
