import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { DEFAULT_ITEMS_FILE, readDefaultItems } from '../../../electron/core/items/default-items.ts';
import { listItems } from '../../../electron/core/items/item-service.ts';
import { SEED_COLUMNS } from '../../../electron/core/items/seed-parse.ts';
import { RESOURCES_DIR, tempContext } from '../temp-db.ts';

const seedText = fs.readFileSync(path.join(RESOURCES_DIR, DEFAULT_ITEMS_FILE), 'utf8');
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('the bureau’s default item list', () => {
  const { title, items } = readDefaultItems(RESOURCES_DIR);

  it('has the 14 items, numbered 1..14, the unnumbered last one numbered 14', () => {
    expect(title).toBe('大同县市场和质量监督管理局（质监）随机抽查事项清单');
    expect(items).toHaveLength(14);
    expect(items.map((i) => i.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(items[13]?.name).toBe('食品相关产品安全监督检查');
    expect(items[0]?.name).toBe('产品质量监督抽查');
  });

  it('keeps the 序号 the dump printed for items 1 to 13', () => {
    const printed = [...seedText.matchAll(/^\t(\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(printed).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('joins words the dump broke across lines', () => {
    expect(items[2]?.content).toBe('1. 制造计量器具许可证、产品合格证、检定合格证、强检唯一性标识。\n2. 计量器具依法使用情况。');
  });

  it('keeps numbered clauses and articles on their own lines', () => {
    const basis = items[0]?.basis?.split('\n') ?? [];
    expect(basis[0]).toMatch(/^1\.《中华人民共和国产品质量法》/);
    expect(basis[1]).toMatch(/^2\.《产品质量监督抽查管理办法》/);
    expect(basis[2]).toMatch(/^第十二条第一款/);
    expect(basis[3]).toMatch(/^3\.《 山西省产品质量监督管理条例》/);
    expect(items[8]?.basis?.split('\n').filter((l) => /^\d\./.test(l))).toHaveLength(6);
  });

  it('cleans the category: no stray space, only the two categories', () => {
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(['市场监管执法事项', '其它行政执法事项']));
    expect(items[9]?.category).toBe('其它行政执法事项');
  });

  it('loses and adds no character of the seed but whitespace and the added 序号 14', () => {
    const afterHeader = seedText
      .split('\t')
      .slice(1 + SEED_COLUMNS.length)
      .join('');
    const fromItems = items
      .map((i) => `${i.seq === 14 ? '' : i.seq}${i.name}${i.basis}${i.content}${i.method}${i.target}${i.category}`)
      .join('');
    expect(noSpace(fromItems)).toBe(noSpace(afterHeader));
  });

  it('is loaded into a new database once, and not again after the clerk deletes items', () => {
    const ctx = tempContext();
    expect(listItems(ctx.db).map((i) => i.name)).toEqual(items.map((i) => i.name));
    ctx.db.prepare('DELETE FROM items').run();
    const again = tempContextReopen(ctx.dbPath);
    expect(listItems(again)).toEqual([]);
    again.close();
  });
});

function tempContextReopen(dbPath: string) {
  return openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} }).db;
}
