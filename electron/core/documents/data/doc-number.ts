import type { Db } from '../../db/connection.ts';
import type { DocumentType } from '../templates/template-catalog.ts';

/** 文号 as GB/T 9704 writes it: 机关代字, the year in 〔〕, the number without leading zeros or 第. */
export function formatDocNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

/** A 文号 issued for one document, with its 成文日期 (YYYY-MM-DD). */
export interface IssuedNumber {
  entityId: number;
  number: string;
  issuedOn: string;
}

export interface IssueRequest {
  type: DocumentType;
  taskId: number;
  /** In the order numbers should run (the draw's order). */
  entityIds: readonly number[];
  prefix: string;
  /** 成文日期 of documents numbered now; its year is the 文号's year. */
  issuedOn: string;
}

/**
 * The 文号 of each document: one issued before for the same type, task and entity is kept with its
 * date, so a regenerated notice is the same notice; the others take the next numbers of the
 * prefix's sequence for that year. All in one transaction: two batches never share a number, and
 * a number once taken is never given out again (a cancelled batch keeps its numbers for next time).
 */
export function issueDocNumbers(db: Db, request: IssueRequest): Map<number, IssuedNumber> {
  const year = Number(request.issuedOn.slice(0, 4));
  const existing = db.prepare('SELECT number, issued_on AS issuedOn FROM doc_numbers WHERE doc_type = ? AND task_id = ? AND entity_id = ?');
  const next = db.prepare(
    `INSERT INTO doc_number_sequences (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const record = db.prepare(
    'INSERT INTO doc_numbers (doc_type, task_id, entity_id, prefix, year, seq, number, issued_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction(() => {
    const issued = new Map<number, IssuedNumber>();
    for (const entityId of request.entityIds) {
      const found = existing.get(request.type, request.taskId, entityId) as { number: string; issuedOn: string } | undefined;
      if (found) {
        issued.set(entityId, { entityId, ...found });
        continue;
      }
      const seq = (next.get(request.prefix, year) as { last: number }).last;
      const number = formatDocNumber(request.prefix, year, seq);
      record.run(request.type, request.taskId, entityId, request.prefix, year, seq, number, request.issuedOn);
      issued.set(entityId, { entityId, number, issuedOn: request.issuedOn });
    }
    return issued;
  })();
}

/** Every 文号 issued for a task's documents, in the order issued. */
export function listDocNumbers(db: Db, taskId: number): (IssuedNumber & { type: DocumentType; entityName: string })[] {
  return db
    .prepare(
      `SELECT n.doc_type AS type, n.entity_id AS entityId, e.name AS entityName, n.number, n.issued_on AS issuedOn
       FROM doc_numbers n JOIN entities e ON e.id = n.entity_id WHERE n.task_id = ? ORDER BY n.id`,
    )
    .all(taskId) as (IssuedNumber & { type: DocumentType; entityName: string })[];
}
