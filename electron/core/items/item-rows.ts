import type { Db } from '../db/connection.ts';
import type { Item, ItemFields } from './item-schema.ts';

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
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

function toItem(row: ItemRow): Item {
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
    retired: row.retired_at !== null,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Active items by 序号, then retired ones by name: the order every list and export uses. */
export function selectAllItems(db: Db): Item[] {
  const rows = db.prepare('SELECT * FROM items ORDER BY seq IS NULL, seq, name').all() as ItemRow[];
  return rows.map(toItem);
}

export function selectItem(db: Db, id: number): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined;
  return row && toItem(row);
}

export function selectItemByName(db: Db, name: string): Item | undefined {
  const row = db.prepare('SELECT * FROM items WHERE name = ?').get(name) as ItemRow | undefined;
  return row && toItem(row);
}

export function insertItemRow(db: Db, fields: Omit<ItemFields, 'seq'>, seq: number): number {
  const info = db
    .prepare(
      `INSERT INTO items (seq, name, basis, content, method, target, category, level, ratio, frequency)
       VALUES (@seq, @name, @basis, @content, @method, @target, @category, @level, @ratio, @frequency)`,
    )
    .run({ ...fields, seq });
  return Number(info.lastInsertRowid);
}

export function updateItemRow(db: Db, id: number, fields: Omit<ItemFields, 'seq'>): void {
  db.prepare(
    `UPDATE items SET name = @name, basis = @basis, content = @content, method = @method,
       target = @target, category = @category, level = @level, ratio = @ratio,
       frequency = @frequency, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
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
