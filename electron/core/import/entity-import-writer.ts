import type { Db } from '../db/connection.ts';
import { diffEntityFields, historyWriter } from '../entities/entity-history.ts';
import { fieldsOfRow, type EntityRow } from '../entities/entity-rows.ts';
import type { EntityFields } from '../entities/entity-schema.ts';
import { ensureRoster } from '../entities/entity-service.ts';
import { entityWriter } from '../entities/entity-write.ts';
import { withStored } from './keep-stored.ts';
import type { RowOutcome } from './row-outcome.ts';

const JOIN_EVERY = 2000;

export type WriteAction = 'new' | 'updated' | 'unchanged';

export interface RowWriter<F> {
  /** Writes one accepted row; the return says what it did, or a reason it could not. */
  write(outcome: RowOutcome<F> & { fields: F }, flagged: boolean): WriteAction | { reason: string };
  /** Work left for after the last row, inside the same transaction. */
  finish?(): void;
}

/**
 * Upserts entities by credit code inside the caller's transaction: a new code is added, an
 * existing one updated with its changed fields kept in its history; every row joins the roster.
 */
export function entityImportWriter(
  db: Db,
  options: { roster: string; source: string; unmapped: readonly string[] },
): RowWriter<EntityFields> {
  const rosterId = ensureRoster(db, options.roster);
  const writer = entityWriter(db);
  // Prepared once: preparing a statement per row made a 100,000-row import take 20 s.
  const byId = db.prepare('SELECT * FROM entities WHERE id = ?');
  // Every code already held, read in one pass: most rows of a first import are new, and asking
  // SQLite row by row whether each one exists cost a tenth of the import.
  const idOfCode = new Map(db.prepare('SELECT code, id FROM entities').raw().all() as [string, number][]);
  const history = historyWriter(db);
  // New entities join the roster a few thousand at a time in one statement: a join per row was
  // a seventh of the writing, and one join at the end kept the clerk waiting after the last row.
  // New ids are above every id held before, as SQLite numbers rows upwards.
  const joinNew = db.prepare(
    'INSERT OR IGNORE INTO entity_rosters (entity_id, roster_id) SELECT id, ? FROM entities WHERE id > ? AND id <= ?',
  );
  let lastJoined = db.prepare('SELECT coalesce(max(id), 0) FROM entities').pluck().get() as number;
  let lastNew = lastJoined;
  const joinNewSoFar = () => {
    if (lastNew > lastJoined) joinNew.run(rosterId, lastJoined, lastNew);
    lastJoined = lastNew;
  };
  // Every entity row written from here on has passed entityInputSchema, which states the table's
  // CHECK constraints and more (a test holds the two together); checking each row again in
  // SQLite was a fifth of the writing. Only this connection skips them, and only until finish().
  db.pragma('ignore_check_constraints = ON');
  return {
    write(outcome, flagged) {
      const source = `${options.source} 第 ${outcome.row} 行`;
      const existingId = idOfCode.get(outcome.key);
      const existing = existingId === undefined ? undefined : (byId.get(existingId) as EntityRow);
      if (!existing) {
        lastNew = writer.insert(outcome.fields, flagged, source);
        if (lastNew - lastJoined >= JOIN_EVERY) joinNewSoFar();
        return 'new';
      }
      writer.joinRoster(existing.id, rosterId);
      const stored = fieldsOfRow(existing);
      const fields = withStored(outcome.fields, stored, outcome.keep ? [...options.unmapped, ...outcome.keep] : options.unmapped);
      const changes = diffEntityFields(stored, fields);
      if (changes.length === 0 && (existing.code_flagged === 1) === flagged) return 'unchanged';
      writer.update(existing.id, fields, flagged, source);
      history(existing.id, source, changes);
      return 'updated';
    },
    finish() {
      db.pragma('ignore_check_constraints = OFF');
      joinNewSoFar();
    },
  };
}
