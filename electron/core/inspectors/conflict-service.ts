import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';

/** 回避: a declared interest between an inspector and an entity, with its reason. */
export interface Conflict {
  id: number;
  inspectorId: number;
  inspectorName: string;
  certNo: string;
  entityId: number;
  entityName: string;
  entityCode: string;
  reason: string;
  createdAt: string;
}

const SELECT = `
  SELECT c.id, c.inspector_id AS inspectorId, i.name AS inspectorName, i.cert_no AS certNo,
         c.entity_id AS entityId, e.name AS entityName, e.code AS entityCode, c.reason, c.created_at AS createdAt
  FROM conflicts c JOIN inspectors i ON i.id = c.inspector_id JOIN entities e ON e.id = c.entity_id`;

export function listConflicts(db: Db, filter: { inspectorId?: number | undefined; entityId?: number | undefined } = {}): Conflict[] {
  return db
    .prepare(
      `${SELECT} WHERE (@inspectorId IS NULL OR c.inspector_id = @inspectorId)
                   AND (@entityId IS NULL OR c.entity_id = @entityId)
       ORDER BY i.name, e.name`,
    )
    .all({ inspectorId: filter.inspectorId ?? null, entityId: filter.entityId ?? null }) as Conflict[];
}

/** Declares (or re-words) a conflict between an inspector and an entity given by its code. */
export function declareConflict(db: Db, input: { inspectorId: number; entityCode: string; reason: string }): Conflict {
  const reason = input.reason.trim();
  if (!input.entityCode.trim()) throw fieldError({ entityCode: '请选择市场主体' });
  if (!reason) throw fieldError({ reason: '请填写回避原因' });
  return db.transaction(() => {
    const entity = db.prepare('SELECT id FROM entities WHERE code = ?').get(input.entityCode.trim().toUpperCase()) as
      { id: number } | undefined;
    if (!entity) throw fieldError({ entityCode: '名录库中没有这个统一社会信用代码' });
    const exists = db.prepare('SELECT 1 FROM inspectors WHERE id = ?').get(input.inspectorId);
    if (!exists) throw new AppError('找不到该执法检查人员，可能已被删除，请刷新列表。');
    db.prepare(
      `INSERT INTO conflicts (inspector_id, entity_id, reason) VALUES (?, ?, ?)
       ON CONFLICT (inspector_id, entity_id) DO UPDATE SET reason = excluded.reason`,
    ).run(input.inspectorId, entity.id, reason);
    return listConflicts(db, { inspectorId: input.inspectorId, entityId: entity.id })[0]!;
  })();
}

export function removeConflict(db: Db, id: number): void {
  const info = db.prepare('DELETE FROM conflicts WHERE id = ?').run(id);
  if (info.changes === 0) throw new AppError('该回避记录已不存在，请刷新列表。');
}
