import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { checkAssignedDepartment, storedDepartmentId } from '../departments/department-refs.ts';
import { parseOrThrow } from '../validate.ts';
import { itemInputSchema, type Item, type ItemInput } from './item-schema.ts';
import { activeIds, insertItemRow, renumber, selectAllItems, selectItem, selectItemByName, updateItemRow } from './item-rows.ts';

const SEARCHED_FIELDS = ['name', 'basis', 'content', 'method', 'target', 'category', 'level', 'frequency'] as const;

export interface ItemQuery {
  search?: string | undefined;
  includeRetired?: boolean | undefined;
  /** Only this 实施部门's items (1 = 本局). */
  departmentId?: number | undefined;
}

/**
 * The item list in 序号 order. `search` matches any text field; whitespace in both the query and
 * the text is ignored, because legal text is full of line breaks the clerk cannot see.
 */
export function listItems(db: Db, query: ItemQuery = {}): Item[] {
  const needle = (query.search ?? '').replace(/\s+/g, '');
  const department = query.departmentId === undefined ? undefined : storedDepartmentId(query.departmentId);
  return selectAllItems(db).filter((item) => {
    if (item.retired && !query.includeRetired) return false;
    if (department !== undefined && item.departmentId !== department) return false;
    if (!needle) return true;
    const haystack = SEARCHED_FIELDS.map((f) => item[f])
      .join('\u0000')
      .replace(/\s+/g, '');
    return haystack.includes(needle) || String(item.seq) === needle;
  });
}

export function getItem(db: Db, id: number): Item {
  const item = selectItem(db, id);
  if (!item) throw new AppError('找不到该抽查事项，可能已被删除，请刷新列表。', { cause: `item ${id} not found` });
  return item;
}

function assertNameFree(db: Db, name: string, ownId?: number): void {
  const other = selectItemByName(db, name);
  if (other && other.id !== ownId) {
    const where = other.retired ? '（已停用的事项中）' : `（序号 ${other.seq}）`;
    throw fieldError({ name: `已有同名的抽查事项${where}` });
  }
}

/** Adds an item; with `seq` it is inserted at that position, otherwise appended. */
export function createItem(db: Db, input: ItemInput): Item {
  const { seq, ...fields } = parseOrThrow(itemInputSchema, input);
  return db.transaction(() => {
    assertNameFree(db, fields.name);
    const departmentId = checkAssignedDepartment(db, fields.departmentId ?? null, null, '实施部门');
    const ids = activeIds(db);
    const id = insertItemRow(db, { ...fields, departmentId }, ids.length + 1);
    const at = Math.min(seq ?? ids.length + 1, ids.length + 1) - 1;
    ids.splice(at, 0, id);
    renumber(db, ids);
    return getItem(db, id);
  })();
}

/** Changes an item's fields; a `seq` in the input moves it there too. */
export function updateItem(db: Db, id: number, input: ItemInput): Item {
  const { seq, ...fields } = parseOrThrow(itemInputSchema, input);
  return db.transaction(() => {
    const item = getItem(db, id);
    assertNameFree(db, fields.name, id);
    // Left out, the 实施部门 stays: a caller that does not know departments changes none.
    const departmentId =
      fields.departmentId === undefined
        ? (item.departmentId ?? null)
        : checkAssignedDepartment(db, fields.departmentId, item.departmentId ?? null, '实施部门');
    updateItemRow(db, id, { ...fields, departmentId });
    if (seq !== undefined && !item.retired && seq !== item.seq) moveItem(db, id, seq);
    return getItem(db, id);
  })();
}

/** Moves an active item to 序号 `toSeq` (clamped to the list), shifting the others. */
export function moveItem(db: Db, id: number, toSeq: number): Item[] {
  return db.transaction(() => {
    const item = getItem(db, id);
    if (item.retired) throw new AppError('已停用的事项没有序号，请先恢复再调整顺序。');
    const ids = activeIds(db).filter((x) => x !== id);
    const at = Math.max(1, Math.min(Math.trunc(toSeq), ids.length + 1)) - 1;
    ids.splice(at, 0, id);
    renumber(db, ids);
    return listItems(db);
  })();
}

/** 停用: the item leaves the list (and its 序号) but stays for every record that refers to it. */
export function retireItem(db: Db, id: number): Item {
  return db.transaction(() => {
    const item = getItem(db, id);
    if (item.retired) return item;
    db.prepare(
      `UPDATE items SET seq = NULL, retired_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
    ).run(id);
    renumber(db, activeIds(db));
    return getItem(db, id);
  })();
}

/** 恢复: a retired item returns at the end of the list. */
export function restoreItem(db: Db, id: number): Item {
  return db.transaction(() => {
    const item = getItem(db, id);
    if (!item.retired) return item;
    const ids = activeIds(db);
    db.prepare(
      `UPDATE items SET seq = ?, retired_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE id = ?`,
    ).run(ids.length + 1, id);
    return getItem(db, id);
  })();
}

/**
 * Deletes an item nothing refers to. Every table that refers to items does so with a foreign key,
 * so SQLite itself refuses when a task or result still needs the item; the clerk is told to 停用.
 */
export function deleteItem(db: Db, id: number): void {
  db.transaction(() => {
    getItem(db, id);
    try {
      db.prepare('DELETE FROM items WHERE id = ?').run(id);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('该抽查事项已被抽查任务或检查记录引用，不能删除；如不再使用，请将其停用。', {
          cause: String(err),
        });
      }
      throw err;
    }
    renumber(db, activeIds(db));
  })();
}
