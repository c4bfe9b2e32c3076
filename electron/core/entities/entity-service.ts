import type { Db } from '../db/connection.ts';
import { bumpChangeCounter } from '../db/change-counter.ts';
import { AppError, fieldError } from '../errors.ts';
import { parseOrThrow } from '../validate.ts';
import { diffEntityFields, readHistory, recordHistory, type HistoryEntry } from './entity-history.ts';
import { fieldsOfRow, selectEntitiesByIds, selectEntityByCode, type EntityRow } from './entity-rows.ts';
import { entityInputSchema, type Entity, type EntityInput } from './entity-schema.ts';
import { entityWriter } from './entity-write.ts';
import { checkCode } from './uscc.ts';

export interface EntityDetail {
  entity: Entity;
  history: HistoryEntry[];
}

export function getEntityDetail(db: Db, id: number): EntityDetail {
  const [entity] = selectEntitiesByIds(db, [id]);
  if (!entity) throw new AppError('找不到该市场主体，可能已被删除，请刷新列表。', { cause: `entity ${id} not found` });
  return { entity, history: readHistory(db, id) };
}

export interface SaveEntityInput {
  id?: number | undefined;
  entity: EntityInput;
  /** The clerk confirmed a code that fails the GB 32100 checksum. */
  acceptFlagged?: boolean | undefined;
  /** Roster names the entity belongs to; left as they are when omitted. */
  rosters?: string[] | undefined;
}

/**
 * Adds or edits one entity by hand, with the same checks an import applies; what changed is kept
 * in its history with the source 手工修改.
 */
export function saveEntity(db: Db, input: SaveEntityInput): EntityDetail {
  const check = checkCode(input.entity.code);
  if (!check.ok && !(check.problem === 'checksum' && input.acceptFlagged)) {
    const hint = check.problem === 'checksum' ? '；如确认代码无误（早期试点代码），请勾选“接受校验位不符的代码”' : '';
    throw fieldError({ code: check.message + hint });
  }
  const fields = parseOrThrow(entityInputSchema, { ...input.entity, code: check.code });
  return db.transaction(() => {
    const sameCode = selectEntityByCode(db, fields.code);
    if (sameCode && sameCode.id !== input.id) throw fieldError({ code: `已有代码相同的市场主体：${sameCode.name}` });
    const writer = entityWriter(db);
    let id = input.id;
    if (id === undefined) {
      // Where and when it was created are columns of the entity; the history keeps later changes.
      id = writer.insert(fields, !check.ok, '手工录入');
    } else {
      const before = db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
      if (!before) throw new AppError('找不到该市场主体，可能已被删除，请刷新列表。');
      writer.update(id, fields, !check.ok, '手工修改');
      recordHistory(db, id, '手工修改', diffEntityFields(fieldsOfRow(before), fields));
    }
    if (input.rosters) setRosters(db, id, input.rosters);
    bumpChangeCounter(db, 'entities');
    return getEntityDetail(db, id);
  })();
}

function setRosters(db: Db, entityId: number, names: string[]): void {
  db.prepare('DELETE FROM entity_rosters WHERE entity_id = ?').run(entityId);
  const join = db.prepare('INSERT INTO entity_rosters (entity_id, roster_id) VALUES (?, ?)');
  for (const name of new Set(names)) join.run(entityId, ensureRoster(db, name));
}

/** The roster's id, creating the roster when a clerk names a new one. */
export function ensureRoster(db: Db, name: string): number {
  const clean = name.trim();
  if (!clean) throw fieldError({ roster: '名录名称不能为空' });
  db.prepare('INSERT OR IGNORE INTO rosters (name) VALUES (?)').run(clean);
  return db.prepare('SELECT id FROM rosters WHERE name = ?').pluck().get(clean) as number;
}
