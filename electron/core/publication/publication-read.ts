import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { listResultCodes } from '../results/result-codes.ts';
import type { TaskResultRow } from '../results/result-schema.ts';
import { taskResults } from '../results/result-service.ts';
import { getSettings } from '../settings/settings-service.ts';
import { getTask } from '../tasks/task-service.ts';
import {
  contentHash,
  publishedRow,
  rowChanges,
  type PublicationContent,
  type PublicationKind,
  type PublishedRow,
} from './publication-content.ts';

/** A stored publication as listed: what, when, by whom, how many entities, its hash. */
export interface PublicationSummary {
  id: number;
  taskId: number;
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

function summary(r: PublicationDbRow): PublicationSummary {
  return {
    id: r.id,
    taskId: r.task_id,
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

/** A task's publications, oldest first. */
export function listPublications(db: Db, taskId: number): PublicationSummary[] {
  getTask(db, taskId);
  return (db.prepare(`${SELECT} WHERE p.task_id = ? ORDER BY p.id`).all(taskId) as PublicationDbRow[]).map(summary);
}

/** One stored publication, frozen content parsed. */
export function getPublication(db: Db, id: number): PublicationRecord {
  const r = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PublicationDbRow | undefined;
  if (!r) throw new AppError(`公示 #${id} 不存在。`);
  return { ...summary(r), content: JSON.parse(r.content) as PublicationContent, intact: contentHash(r.content) === r.content_hash };
}

/** The task's latest publication (a 更正公示 included), or null before its first. */
export function latestPublicationId(db: Db, taskId: number): number | null {
  return (db.prepare('SELECT max(id) FROM publications WHERE task_id = ?').pluck().get(taskId) as number | null) ?? null;
}

/** Each published entity's row as last published (the latest publication naming it) and that publication's id. */
export function lastPublishedRows(db: Db, taskId: number): Map<number, { publicationId: number; row: PublishedRow }> {
  const rows = db.prepare('SELECT id, content FROM publications WHERE task_id = ? ORDER BY id').all(taskId) as {
    id: number;
    content: string;
  }[];
  const last = new Map<number, { publicationId: number; row: PublishedRow }>();
  for (const p of rows)
    for (const row of (JSON.parse(p.content) as PublicationContent).rows ?? []) last.set(row.entityId, { publicationId: p.id, row });
  return last;
}

/** Builds a task's rows as they would be published now, from the stored results. */
export function currentRowBuilder(db: Db, taskId: number): (r: TaskResultRow) => PublishedRow | null {
  const task = getTask(db, taskId);
  const itemNames = new Map(task.items.map((i) => [i.id, i.name]));
  const labels = new Map(listResultCodes(db).map((c) => [c.code, c.label]));
  const agency = getSettings(db).bureauName;
  return (r) => (r.result ? publishedRow(r, r.result, itemNames, labels, agency) : null);
}

export interface EntityRef {
  entityId: number;
  name: string;
  code: string;
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

export function publicationReadiness(db: Db, taskId: number): PublicationReadiness {
  const task = getTask(db, taskId);
  const results = taskResults(db, taskId);
  const last = lastPublishedRows(db, taskId);
  const current = currentRowBuilder(db, taskId);
  const ready: PublicationReadiness['ready'] = [];
  const notReady: PublicationReadiness['notReady'] = [];
  const corrections: PublicationReadiness['corrections'] = [];
  for (const r of results) {
    const ref = { entityId: r.entityId, name: r.name, code: r.code };
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
    legacyPublishedOn: last.size === 0 ? task.publishedOn : null,
  };
}

/** Names for a refusal: 名称（信用代码）, the first 10, then 等 N 户. */
export function namesOf(list: readonly EntityRef[]): string {
  const shown = list.slice(0, 10).map((e) => `${e.name}（${e.code}）`);
  return `${shown.join('、')}${list.length > 10 ? ` 等 ${list.length} 户` : ''}`;
}
