import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../field-errors.ts';
import {
  createItem,
  deleteItem,
  getItem,
  listItems,
  moveItem,
  restoreItem,
  retireItem,
  updateItem,
} from '../../../electron/core/items/item-service.ts';
import type { ItemInput } from '../../../electron/core/items/item-schema.ts';
import { tempContext } from '../temp-db.ts';

const newItem: ItemInput = {
  name: '电梯维护保养单位监督检查',
  basis: '1.《特种设备安全法》第五十七条\n2.《电梯维护保养规则》',
  content: '维保记录',
  method: '现场检查\n书面检查',
  target: '电梯维保单位',
  category: '市场监管执法事项',
  level: '重点',
  ratio: 5,
  frequency: '每年一次',
};

const seqs = (db: ReturnType<typeof tempContext>['db']) => listItems(db).map((i) => [i.seq, i.name]);

describe('the item list', () => {
  it('searches every text field, ignoring line breaks', () => {
    const { db } = tempContext();
    expect(listItems(db, { search: '起重机械' }).map((i) => i.seq)).toEqual([9]);
    expect(listItems(db, { search: '制造计量器具许可证' }).map((i) => i.seq)).toEqual([3]);
    expect(listItems(db, { search: '其它行政执法' }).map((i) => i.seq)).toEqual([10]);
    expect(listItems(db, { search: '计量' }).length).toBeGreaterThan(2);
  });

  it('adds an item at the end, or at a chosen 序号', () => {
    const { db } = tempContext();
    const added = createItem(db, newItem);
    expect(added.seq).toBe(15);
    expect(added.level).toBe('重点');
    const second = createItem(db, { ...newItem, name: '新事项二', seq: 2 });
    expect(second.seq).toBe(2);
    expect(getItem(db, 2).seq).toBe(3);
    expect(listItems(db).map((i) => i.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('requires a name, a unique name and a listed category, marking the fields', () => {
    const { db } = tempContext();
    expect(fieldsOf(() => createItem(db, { ...newItem, name: '  ' }))).toEqual({ name: '抽查事项不能为空' });
    expect(fieldsOf(() => createItem(db, { ...newItem, name: '产品质量监督抽查' }))?.name).toMatch(/已有同名/);
    expect(fieldsOf(() => createItem(db, { ...newItem, category: '其他' as never }))?.category).toMatch(/事项类别只能是/);
    expect(fieldsOf(() => createItem(db, { ...newItem, ratio: 120 }))?.ratio).toBe('抽查比例不能超过 100%');
    expect(listItems(db)).toHaveLength(14);
  });

  it('edits an item and keeps other items untouched', () => {
    const { db } = tempContext();
    const before = getItem(db, 2);
    const edited = updateItem(db, 1, { ...getItem(db, 1), seq: undefined, target: '全县工业产品生产企业' });
    expect(edited.target).toBe('全县工业产品生产企业');
    expect(getItem(db, 2)).toEqual(before);
    expect(fieldsOf(() => updateItem(db, 1, { ...getItem(db, 1), seq: undefined, name: getItem(db, 2).name }))?.name).toMatch(/已有同名/);
  });

  it('reorders 序号, shifting the others', () => {
    const { db } = tempContext();
    const name14 = getItem(db, 14).name;
    moveItem(db, 14, 1);
    expect(seqs(db)[0]).toEqual([1, name14]);
    expect(listItems(db).map((i) => i.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    moveItem(db, 14, 99);
    expect(seqs(db)[13]).toEqual([14, name14]);
  });

  it('retires an item: it leaves the numbered list and comes back at the end when restored', () => {
    const { db } = tempContext();
    const retired = retireItem(db, 3);
    expect(retired).toMatchObject({ retired: true, seq: null });
    expect(listItems(db)).toHaveLength(13);
    expect(listItems(db).map((i) => i.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(listItems(db, { includeRetired: true })).toHaveLength(14);
    expect(restoreItem(db, 3)).toMatchObject({ retired: false, seq: 14 });
  });

  it('deletes an unreferenced item, and refuses while something refers to it', () => {
    const { db } = tempContext();
    deleteItem(db, 14);
    expect(listItems(db)).toHaveLength(13);
    db.exec('CREATE TABLE fake_task_items (item_id INTEGER NOT NULL REFERENCES items(id))');
    db.prepare('INSERT INTO fake_task_items VALUES (1)').run();
    expect(() => deleteItem(db, 1)).toThrow(/不能删除；如不再使用，请将其停用/);
    expect(getItem(db, 1).name).toBe('产品质量监督抽查');
    expect(() => deleteItem(db, 999)).toThrow(/找不到该抽查事项/);
  });
});
