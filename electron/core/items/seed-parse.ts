import { cleanCell } from './seed-clean.ts';
import type { ItemInput } from './item-schema.ts';

/**
 * Reads the bureau's item list as the shipped text dump (resources/items/default-items.txt): a
 * title line, then the cells of a 7-column table, each cell starting with a tab. The last item has
 * no 序号 cell at all, so a row whose first cell is not a number is taken to have lost its 序号
 * and is numbered by its position, as the clerk would read the printed table.
 */
export const SEED_COLUMNS = ['序号', '抽查事项', '检查依据', '检查内容', '检查方式', '适用对象', '备注'] as const;

export interface SeedList {
  title: string;
  items: ItemInput[];
}

export function parseSeedList(text: string): SeedList {
  const [titleChunk = '', ...cells] = text.replace(/^\uFEFF/, '').split('\t');
  const header = cells.splice(0, SEED_COLUMNS.length).map((c) => cleanCell(c, 'words'));
  if (header.join('|') !== SEED_COLUMNS.join('|')) {
    throw new Error(`Seed item list header not recognised: ${header.join('|')}`);
  }
  const items: ItemInput[] = [];
  while (cells.length > 0) {
    const first = cleanCell(cells[0] ?? '', 'words');
    const hasSeq = /^\d*$/.test(first);
    const row = cells.splice(0, hasSeq ? 7 : 6);
    if (!hasSeq) row.unshift('');
    const [, name = '', basis = '', content = '', method = '', target = '', category = ''] = row;
    items.push({
      seq: items.length + 1,
      name: cleanCell(name, 'words'),
      basis: cleanCell(basis, 'prose'),
      content: cleanCell(content, 'prose'),
      method: cleanCell(method, 'list'),
      target: cleanCell(target, 'words'),
      category: cleanCell(category, 'words') as ItemInput['category'],
      level: '一般',
      ratio: null,
      frequency: '',
    });
  }
  return { title: cleanCell(titleChunk, 'words'), items };
}
