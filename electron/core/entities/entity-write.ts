import type { Db } from '../db/connection.ts';
import type { EntityFields } from './entity-schema.ts';
import { ENTITY_COLUMNS, searchTextOf } from './entity-rows.ts';
import { foldForSearch } from './entity-search-index.ts';

/**
 * The insert and update statements for entities, prepared once per connection: an import of
 * 100,000 rows runs them 100,000 times.
 */
export interface EntityWriter {
  insert(fields: EntityFields, flagged: boolean, source: string): number;
  update(id: number, fields: EntityFields, flagged: boolean, source: string): void;
  joinRoster(entityId: number, rosterId: number): void;
}

const cols = Object.values(ENTITY_COLUMNS);
const params = Object.keys(ENTITY_COLUMNS).map((k) => `@${k}`);

export function entityWriter(db: Db): EntityWriter {
  const insert = db.prepare(
    `INSERT INTO entities (${cols.join(', ')}, code_flagged, source, search_text)
     VALUES (${params.join(', ')}, @flagged, @source, @searchText)`,
  );
  const update = db.prepare(
    `UPDATE entities SET ${cols.map((c, i) => `${c} = ${params[i]}`).join(', ')},
       code_flagged = @flagged, source = @source, search_text = @searchText,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = @id`,
  );
  const join = db.prepare('INSERT OR IGNORE INTO entity_rosters (entity_id, roster_id) VALUES (?, ?)');
  const bind = (fields: EntityFields, flagged: boolean, source: string) => ({
    ...fields,
    flagged: flagged ? 1 : 0,
    source,
    searchText: foldForSearch(searchTextOf(fields)),
  });
  return {
    insert: (fields, flagged, source) => Number(insert.run(bind(fields, flagged, source)).lastInsertRowid),
    update: (id, fields, flagged, source) => void update.run({ ...bind(fields, flagged, source), id }),
    joinRoster: (entityId, rosterId) => void join.run(entityId, rosterId),
  };
}
