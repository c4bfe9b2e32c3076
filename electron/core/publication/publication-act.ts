import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { isIsoDate } from '../iso-date.ts';
import type { Task } from '../tasks/task-schema.ts';
import { getTask } from '../tasks/task-service.ts';
import type { TaskResultRow } from '../results/result-schema.ts';
import { freezeContent, rowChanges, type FieldChange, type PublicationContent, type PublishedRow } from './publication-content.ts';
import {
  currentRowBuilder,
  getPublication,
  lastPublishedRows,
  namesOf,
  publicationReadiness,
  scopeReadiness,
  type PublicationReadiness,
  type PublicationRecord,
} from './publication-read.ts';
import { publicationScope, scopeResults, type PublicationScope } from './publication-scope.ts';

export interface PublishInput {
  taskId: number;
  /** 分批公示: exactly these entities (each 已审核, not yet published). Left out: every remaining entity. */
  entityIds?: number[] | undefined;
  /** 公示日期, YYYY-MM-DD. */
  date: string;
  actor?: string | undefined;
  /** The publishing department: required for a joint task (its own results only), 本局 otherwise. */
  departmentId?: number | undefined;
}

export interface CorrectInput {
  taskId: number;
  entityIds: number[];
  /** 更正理由; left out, the reason given when the results were changed. */
  reason?: string | undefined;
  date: string;
  actor?: string | undefined;
  /** The department whose 公示 is corrected: required for a joint task. */
  departmentId?: number | undefined;
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) throw fieldError({ date: '公示日期应为日期，如 2026-12-20' });
}

function drawnTask(db: Db, taskId: number) {
  const task = getTask(db, taskId);
  if (task.liveDrawId === null) throw new AppError(`任务 ${task.code} 还没有抽取结果，无需公示。`);
  return task;
}

/**
 * Stores a publication frozen (its rows as canonical JSON, their SHA-256, the entities it names),
 * with an audit entry carrying the hash, so the chain vouches for the content. Inside a transaction.
 */
function store(db: Db, task: Task, scope: PublicationScope, content: PublicationContent, actor: string): PublicationRecord {
  const { text, hash } = freezeContent(content);
  const id = Number(
    db
      .prepare(
        `INSERT INTO publications (task_id, department_id, kind, published_on, content, content_hash, corrects_id, reason, actor)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        task.id,
        scope.stored,
        content.kind,
        content.publishedOn,
        text,
        hash,
        content.correction?.correctsId ?? null,
        content.correction?.reason ?? '',
        actor,
      ).lastInsertRowid,
  );
  const link = db.prepare('INSERT INTO publication_entities (publication_id, task_id, entity_id) VALUES (?, ?, ?)');
  for (const row of content.rows) link.run(id, task.id, row.entityId);
  appendAudit(db, {
    actor,
    action: content.kind,
    subject: `任务 ${task.code}`,
    details: {
      publicationId: id,
      date: content.publishedOn,
      entities: content.rows.map((r) => r.code),
      contentHash: hash,
      ...(scope.joint ? { department: scope.agency } : {}),
      ...(content.correction ? { correctsId: content.correction.correctsId, reason: content.correction.reason } : {}),
    },
  });
  // The date a task's 公示 is complete: the publication after which every drawn entity is published
  // (in a joint task, by every department).
  const readiness = publicationReadiness(db, task.id);
  if (readiness.published === readiness.total) {
    db.prepare('UPDATE tasks SET published_on = ? WHERE id = ? AND published_on IS NULL').run(content.publishedOn, task.id);
  }
  return getPublication(db, id);
}

/**
 * 生成公示: publishes the 已审核 results not yet published. A full 公示 is refused while any drawn
 * entity lacks a reviewed result, naming them; a 分批公示 publishes exactly the entities named.
 */
export function publish(db: Db, input: PublishInput): PublicationRecord {
  checkDate(input.date);
  return db.transaction(() => {
    const task = drawnTask(db, input.taskId);
    const scope = publicationScope(db, task, input.departmentId);
    const readiness = scopeReadiness(db, scope, task);
    const whose = scope.joint ? `${scope.agency}在任务 ${task.code} 中` : `任务 ${task.code} `;
    let chosen: Set<number>;
    if (input.entityIds === undefined) {
      if (readiness.notReady.length > 0) {
        const next =
          readiness.ready.length > 0 ? `可先对已审核的 ${readiness.ready.length} 户分批公示，其余审核后再公示。` : '请录入并审核后再公示。';
        throw new AppError(
          `${whose}还有 ${readiness.notReady.length} 户的检查结果未审核，不能公示：${namesOf(readiness.notReady)}。${next}`,
        );
      }
      if (readiness.ready.length === 0) {
        const more = readiness.corrections.length > 0 ? `公示后修改的 ${readiness.corrections.length} 户请生成更正公示。` : '';
        throw new AppError(`${whose}的检查结果已全部公示，没有可公示的检查对象。${more}`);
      }
      chosen = new Set(readiness.ready.map((e) => e.entityId));
    } else {
      chosen = checkBatch(scopeResults(db, scope), input.entityIds, readiness);
    }
    const build = currentRowBuilder(db, scope);
    const rows = scopeResults(db, scope)
      .filter((r) => chosen.has(r.entityId))
      .map((r) => build(r)!);
    const content: PublicationContent = {
      task: { code: task.code, name: task.name },
      kind: input.entityIds === undefined ? '公示' : '分批公示',
      publishedOn: input.date,
      agency: scope.agency,
      rows,
    };
    return store(db, task, scope, content, input.actor ?? '');
  })();
}

function checkBatch(results: TaskResultRow[], entityIds: number[], readiness: PublicationReadiness): Set<number> {
  if (entityIds.length === 0) throw fieldError({ entityIds: '分批公示请至少选择 1 个检查对象' });
  const drawn = new Map(results.map((r) => [r.entityId, r]));
  const outside = entityIds.filter((id) => !drawn.has(id));
  if (outside.length > 0) throw fieldError({ entityIds: `所选市场主体（编号 ${outside.join('、')}）不在本任务的抽取结果中` });
  const ready = new Set(readiness.ready.map((e) => e.entityId));
  const refs = (ids: number[]) => ids.map((id) => ({ entityId: id, name: drawn.get(id)!.name, code: drawn.get(id)!.code }));
  const published = entityIds.filter((id) => !ready.has(id) && drawn.get(id)!.result?.publishedOn);
  if (published.length > 0)
    throw fieldError({ entityIds: `${namesOf(refs(published))}已经公示过，不能再次公示（修改过的请生成更正公示）` });
  const unreviewed = entityIds.filter((id) => !ready.has(id));
  if (unreviewed.length > 0) throw fieldError({ entityIds: `${namesOf(refs(unreviewed))}的检查结果尚未审核，不能公示` });
  return new Set(entityIds);
}

/**
 * 更正公示: publishes again the entities whose reviewed result now differs from their published
 * row, naming each changed field (before → after) and the reason. The corrected publication stays
 * as it was: frozen rows are never changed.
 */
export function correctPublication(db: Db, input: CorrectInput): PublicationRecord {
  checkDate(input.date);
  if ((input.reason ?? '').trim().length > 200) throw fieldError({ reason: '更正理由不能超过 200 字' });
  return db.transaction(() => {
    const task = drawnTask(db, input.taskId);
    const scope = publicationScope(db, task, input.departmentId);
    if (input.entityIds.length === 0) throw fieldError({ entityIds: '请至少选择 1 个要更正的检查对象' });
    const results = new Map(scopeResults(db, scope).map((r) => [r.entityId, r]));
    const last = lastPublishedRows(db, scope);
    const build = currentRowBuilder(db, scope);
    const before: PublishedRow[] = [];
    const rows: PublishedRow[] = [];
    const changes: FieldChange[] = [];
    const reasons = new Set<string>();
    for (const entityId of input.entityIds) {
      const r = results.get(entityId);
      if (!r) throw fieldError({ entityIds: `所选市场主体（编号 ${entityId}）不在本任务的抽取结果中` });
      const published = last.get(entityId);
      if (!published)
        throw fieldError({ entityIds: `${r.name}（${r.code}）尚未${scope.joint ? `由${scope.agency}` : ''}公示，无需更正，直接公示即可` });
      if (r.result?.status !== '已审核')
        throw fieldError({ entityIds: `${r.name}（${r.code}）修改后的检查结果尚未审核，审核后才能更正公示` });
      const now = build(r)!;
      const changed = rowChanges(published.row, now);
      if (changed.length === 0) throw fieldError({ entityIds: `${r.name}（${r.code}）的检查结果与已公示的内容相同，无需更正` });
      before.push(published.row);
      rows.push(now);
      changes.push(...changed);
      if (r.result.correctionReason) reasons.add(r.result.correctionReason);
    }
    const reason = (input.reason ?? '').trim() || [...reasons].join('；');
    if (reason === '') throw fieldError({ reason: '请填写更正理由' });
    const correctsId = Math.max(...input.entityIds.map((id) => last.get(id)!.publicationId));
    const content: PublicationContent = {
      task: { code: task.code, name: task.name },
      kind: '更正公示',
      publishedOn: input.date,
      agency: scope.agency,
      rows,
      correction: { correctsId, reason, before, changes },
    };
    const record = store(db, task, scope, content, input.actor ?? '');
    // The reason was kept with each result until a 更正公示 printed it (result-service); now it has.
    const printed = db.prepare("UPDATE results SET correction_reason = '' WHERE task_id = ? AND entity_id = ? AND department_id = ?");
    for (const entityId of input.entityIds) printed.run(task.id, entityId, scope.departmentId);
    return record;
  })();
}
