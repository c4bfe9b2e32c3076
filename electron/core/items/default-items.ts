import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection.ts';
import { getFlag, setFlag } from '../settings/settings-service.ts';
import { insertItemRow } from './item-rows.ts';
import { itemInputSchema } from './item-schema.ts';
import { parseSeedList, type SeedList } from './seed-parse.ts';

export const DEFAULT_ITEMS_FILE = path.join('items', 'default-items.txt');

export function readDefaultItems(resourcesDir: string): SeedList {
  return parseSeedList(fs.readFileSync(path.join(resourcesDir, DEFAULT_ITEMS_FILE), 'utf8'));
}

/**
 * Loads the bureau's own list into a new database, once: a clerk who later deletes items does not
 * get them back on the next start.
 */
export function loadDefaultItemsOnce(db: Db, resourcesDir: string): void {
  if (getFlag(db, 'defaultItemsLoaded')) return;
  const { items } = readDefaultItems(resourcesDir);
  db.transaction(() => {
    const empty = (db.prepare('SELECT count(*) FROM items').pluck().get() as number) === 0;
    if (empty) {
      items.forEach((input, i) => {
        const { seq: _seq, ...fields } = itemInputSchema.parse(input);
        // The seed list is 本局's own (issue 17).
        insertItemRow(db, { ...fields, departmentId: null }, i + 1);
      });
    }
    setFlag(db, 'defaultItemsLoaded', new Date().toISOString());
  })();
}
