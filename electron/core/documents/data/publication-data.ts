import type { Db } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import { codesText, type PublicationKind, type PublishedItem, type PublishedRow } from '../../publication/publication-content.ts';
import { getPublication, latestPublicationId } from '../../publication/publication-read.ts';
import { getDepartment } from '../../departments/department-service.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { getTask } from '../../tasks/task-service.ts';
import { documentTask, type DocumentTask } from './document-task.ts';

/** One line of a 抽查结果公示. */
export interface PublicationLine {
  position: number;
  name: string;
  code: string;
  /** Each 检查事项 with its 检查结果 (and 处置情况), one per line. */
  items: string;
  /** 检查实施机关. */
  agency: string;
  /** 检查日期, YYYY-MM-DD. */
  inspectedOn: string | null;
  /** The result codes by their names: 未发现问题; 发现问题经责令已改正 … */
  result: string;
}

/** One changed field of a 更正公示: 字段: before → after. */
export interface CorrectionLine {
  position: number;
  name: string;
  code: string;
  field: string;
  before: string;
  after: string;
}

/** What a stored publication prints. Never the 信用风险分类: it is not public. */
export interface PublicationData {
  bureauName: string;
  /** How the text names the publishing body: 本局, or 本单位 in another department's 公示 of a joint task. */
  issuer?: string;
  contactName: string;
  contactPhone: string;
  task: DocumentTask;
  /** 公示日期, YYYY-MM-DD: the publication's own. */
  date: string;
  lines: PublicationLine[];
  /** 公示 / 分批公示 / 更正公示; a template preview has none (a 公示). */
  kind?: PublicationKind;
  /** A 更正公示: the date of the publication it corrects, why, and each changed field. */
  correction?: { correctsOn: string; reason: string; changes: CorrectionLine[] };
}

/** An item's line in the 公示: 事项：检查结果（处置情况：…）. */
export function itemLine(i: PublishedItem): string {
  return `${i.item}：${i.result}${i.handling ? `（处置情况：${i.handling}）` : ''}`;
}

function line(row: PublishedRow, position: number): PublicationLine {
  return {
    position,
    name: row.name,
    code: row.code,
    items: row.items.map(itemLine).join('\n'),
    agency: row.agency,
    inspectedOn: row.inspectedOn,
    result: codesText(row),
  };
}

/**
 * The publication a task's 公示 document prints: the one named, else the task's latest (of the
 * department given, for a joint task whose departments each publish their own).
 */
export function publicationToPrint(db: Db, taskId: number, publicationId?: number, departmentId?: number): number {
  if (publicationId !== undefined) {
    if (getPublication(db, publicationId).taskId !== taskId) throw new AppError(`公示 #${publicationId} 不是本任务的公示。`);
    return publicationId;
  }
  const latest = latestPublicationId(db, taskId, departmentId);
  if (latest === null) {
    const task = getTask(db, taskId);
    throw new AppError(`任务 ${task.code} 还没有公示。请先在“检查结果 → 公示”中生成公示（只公示已审核的检查结果），再打印或导出。`);
  }
  return latest;
}

/** A stored publication as printed: its frozen rows, in the order they were published. */
export function gatherPublication(db: Db, publicationId: number): PublicationData {
  const p = getPublication(db, publicationId);
  if (!p.intact) throw new AppError(`公示 #${p.id} 的内容与其哈希值不符，已被改动，不能打印。请在“设置 → 审计”中核验历史。`);
  const settings = getSettings(db);
  // "谁检查、谁公开": another department's 公示 of a joint task is headed, sealed and signed by it,
  // with its own contact; 本局's (and every single-department task's) as always.
  const dept = p.departmentId === null ? null : getDepartment(db, p.departmentId);
  const own = dept === null || dept.isOwn;
  const rows = p.content.rows;
  const data: PublicationData = {
    bureauName: own ? settings.bureauName : dept.name,
    issuer: own ? '本局' : '本单位',
    contactName: own ? settings.contactName : dept.contact,
    contactPhone: own ? settings.contactPhone : dept.phone,
    task: { ...documentTask(getTask(db, p.taskId)), code: p.content.task.code, name: p.content.task.name },
    date: p.publishedOn,
    lines: rows.map((r, i) => line(r, i + 1)),
    kind: p.kind,
  };
  const correction = p.content.correction;
  if (correction) {
    const order = new Map(rows.map((r, i) => [r.entityId, i + 1]));
    data.correction = {
      correctsOn: getPublication(db, correction.correctsId).publishedOn,
      reason: correction.reason,
      changes: correction.changes.map((c) => ({ position: order.get(c.entityId) ?? 0, ...c })),
    };
  }
  return data;
}
