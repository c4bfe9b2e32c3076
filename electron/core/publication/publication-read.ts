import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { getDepartment } from '../departments/department-service.ts';
import { listResultCodes } from '../results/result-codes.ts';
import type { TaskResultRow } from '../results/result-schema.ts';
import type { Task } from '../tasks/task-schema.ts';
import { getTask } from '../tasks/task-service.ts';
import {
  contentHash,
  publishedRow,
  rowChanges,
  type PublicationContent,
  type PublicationKind,
  type PublishedRow,
} from './publication-content.ts';
import { publicationScope, scopeResults, SCOPE_SQL, taskScopes, type PublicationScope } from './publication-scope.ts';

/** A stored publication as listed: what, when, by whom, how many entities, its hash. */
export interface PublicationSummary {
  id: number;
  taskId: number;
  /** The publishing department of a joint task; null: 本局 (every single-department task's publication). */
  departmentId: number | null;
  /** That department as printed (本局: the 单位名称); null with departmentId. */
  department: string | null;
  kind: PublicationKind;
  publishedOn: string;
  count: number;
  contentHash: string;
  correctsId: number | null;
  reason: string;
  actor: string;
  createdAt: string;
}

/** A stored publication with its frozen content, and whether that content still has its hash. */
export interface PublicationRecord extends PublicationSummary {
  content: PublicationContent;
  /** The stored text re-hashed equals the stored hash (the audit chain holds the hash too). */
  intact: boolean;
}

interface PublicationDbRow {
  id: number;
  task_id: number;
  department_id: number | null;
  kind: PublicationKind;
  published_on: string;
  content: string;
  content_hash: string;
  corrects_id: number | null;
  reason: string;
  actor: string;
  created_at: string;
  count: number;
}

const SELECT = `SELECT p.*, (SELECT count(*) FROM publication_entities pe WHERE pe.publication_id = p.id) AS count FROM publications p`;

function summary(db: Db, r: PublicationDbRow): PublicationSummary {
  return {
    id: r.id,
    taskId: r.task_id,
    departmentId: r.department_id,
    department: r.department_id === null ? null : getDepartment(db, r.department_id).name,
    kind: r.kind,
    publishedOn: r.published_on,
    count: r.count,
    contentHash: r.content_hash,
    correctsId: r.corrects_id,
    reason: r.reason,
    actor: r.actor,
    createdAt: r.created_at,
  };
}

/** A task's publications, oldest first; of one department when given (a joint task's 公示 are per department). */
export function listPublications(db: Db, taskId: number, departmentId?: number): PublicationSummary[] {
  getTask(db, taskId);
  const rows = (
    departmentId === undefined
      ? db.prepare(`${SELECT} WHERE p.task_id = ? ORDER BY p.id`).all(taskId)
      : db.prepare(`${SELECT} WHERE p.task_id = ? AND ${SCOPE_SQL} ORDER BY p.id`).all(taskId, departmentId)
  ) as PublicationDbRow[];
  return rows.map((r) => summary(db, r));
}

/** One stored publication, frozen content parsed. */
export function getPublication(db: Db, id: number): PublicationRecord {
  const r = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PublicationDbRow | undefined;
  if (!r) throw new AppError(`公示 #${id} 不存在。`);
  return { ...summary(db, r), content: JSON.parse(r.content) as PublicationContent, intact: contentHash(r.content) === r.content_hash };
}

/** The task's latest publication (a 更正公示 included) — of one department when given — or null before its first. */
export function latestPublicationId(db: Db, taskId: number, departmentId?: number): number | null {
  const id =
    departmentId === undefined
      ? db.prepare('SELECT max(id) FROM publications WHERE task_id = ?').pluck().get(taskId)
      : db.prepare(`SELECT max(p.id) FROM publications p WHERE p.task_id = ? AND ${SCOPE_SQL}`).pluck().get(taskId, departmentId);
  return (id as number | null) ?? null;
}

/**
 * Each entity's row as its department last published it (the latest publication of the scope naming
 * it) and that publication's id: "已公示" for a department means named in one of its own 公示.
 */
export function lastPublishedRows(db: Db, scope: PublicationScope): Map<number, { publicationId: number; row: PublishedRow }> {
  const rows = db
    .prepare(`SELECT p.id, p.content FROM publications p WHERE p.task_id = ? AND ${SCOPE_SQL} ORDER BY p.id`)
    .all(scope.taskId, scope.departmentId) as { id: number; content: string }[];
  const last = new Map<number, { publicationId: number; row: PublishedRow }>();
  for (const p of rows)
    for (const row of (JSON.parse(p.content) as PublicationContent).rows ?? []) last.set(row.entityId, { publicationId: p.id, row });
  return last;
}

/** Builds the scope's rows as they would be published now, from the stored results, its department as 检查实施机关. */
export function currentRowBuilder(db: Db, scope: PublicationScope): (r: TaskResultRow) => PublishedRow | null {
  const task = getTask(db, scope.taskId);
  const itemNames = new Map(task.items.map((i) => [i.id, i.name]));
  const labels = new Map(listResultCodes(db).map((c) => [c.code, c.label]));
  return (r) => (r.result ? publishedRow(r, r.result, itemNames, labels, scope.agency) : null);
}

export interface EntityRef {
  entityId: number;
  name: string;
  code: string;
  /** In a joint task's readiness: the department whose result this is (as printed). */
  department?: string;
}

/** Where a task's results stand for 公示: what may be published, what may not yet, what awaits a 更正公示. */
export interface PublicationReadiness {
  total: number;
  /** Entities named in a stored publication. */
  published: number;
  /** 已审核 and never published: what 生成公示 takes. */
  ready: EntityRef[];
  /** Never published and not 已审核: what stops a full 公示. */
  notReady: (EntityRef & { status: '未录入' | '已录入' })[];
  /** Published, and the result now differs from the published row: 待更正公示 (ready once 已审核 again). */
  corrections: (EntityRef & { reviewed: boolean; reason: string; changes: number })[];
  /** 已公示 before publications were stored (migration 0010): the date the task was marked. */
  legacyPublishedOn: string | null;
}

/** Where one department's results (本局's in a single-department task) stand for 公示. */
export function scopeReadiness(db: Db, scope: PublicationScope, task: Task): PublicationReadiness {
  const results = scopeResults(db, scope);
  const last = lastPublishedRows(db, scope);
  const current = currentRowBuilder(db, scope);
  const ready: PublicationReadiness['ready'] = [];
  const notReady: PublicationReadiness['notReady'] = [];
  const corrections: PublicationReadiness['corrections'] = [];
  const department = scope.joint ? { department: scope.agency } : {};
  for (const r of results) {
    const ref = { entityId: r.entityId, name: r.name, code: r.code, ...department };
    const published = last.get(r.entityId);
    if (!published) {
      if (r.result?.status === '已审核') ready.push(ref);
      else notReady.push({ ...ref, status: r.result ? '已录入' : '未录入' });
      continue;
    }
    const now = current(r);
    const changes = now ? rowChanges(published.row, now).length : 0;
    if (changes > 0)
      corrections.push({ ...ref, reviewed: r.result?.status === '已审核', reason: r.result?.correctionReason ?? '', changes });
  }
  return {
    total: results.length,
    published: last.size,
    ready,
    notReady,
    corrections,
    legacyPublishedOn: last.size === 0 && !scope.joint ? task.publishedOn : null,
  };
}

/**
 * Where a task's results stand for 公示: of one department when given (a joint task's acts need
 * one); a joint task without one sums its departments, an entity counting as published once every
 * department has published it, and each listed entity naming its department.
 */
export function publicationReadiness(db: Db, taskId: number, departmentId?: number): PublicationReadiness {
  const task = getTask(db, taskId);
  if (departmentId !== undefined || !task.joint) return scopeReadiness(db, publicationScope(db, task, departmentId), task);
  const parts = taskScopes(db, task).map((scope) => ({ scope, readiness: scopeReadiness(db, scope, task) }));
  const publishedBy = parts.map(({ scope }) => lastPublishedRows(db, scope));
  const total = parts[0]?.readiness.total ?? 0;
  const drawn = scopeResults(db, parts[0]!.scope).map((r) => r.entityId);
  return {
    total,
    published: drawn.filter((id) => publishedBy.every((m) => m.has(id))).length,
    ready: parts.flatMap((p) => p.readiness.ready),
    notReady: parts.flatMap((p) => p.readiness.notReady),
    corrections: parts.flatMap((p) => p.readiness.corrections),
    legacyPublishedOn: null,
  };
}

/** Names for a refusal: 名称（信用代码）, the first 10, then 等 N 户. */
export function namesOf(list: readonly EntityRef[]): string {
  const shown = list.slice(0, 10).map((e) => `${e.name}（${e.code}）`);
  return `${shown.join('、')}${list.length > 10 ? ` 等 ${list.length} 户` : ''}`;
}
