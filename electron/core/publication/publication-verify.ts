import type { Db } from '../db/connection.ts';
import { contentHash, type PublicationContent } from './publication-content.ts';

interface StoredPublication {
  id: number;
  task_id: number;
  kind: string;
  published_on: string;
  content: string;
  content_hash: string;
}

/**
 * Every stored publication re-hashed and found in the audit chain (an entry of its kind naming its
 * id and that hash), its entities as its content lists them; and every 公示 entry finds its
 * publication. Problems in Chinese, naming the publication.
 */
export function verifyPublications(db: Db): { checked: number; problems: string[] } {
  const problems: string[] = [];
  const publications = db.prepare('SELECT * FROM publications ORDER BY id').all() as StoredPublication[];
  const entries = db
    .prepare("SELECT id, action, details FROM audit_log WHERE action IN ('公示', '分批公示', '更正公示') ORDER BY id")
    .all() as { id: number; action: string; details: string }[];
  const byPublication = new Map<number, { action: string; contentHash: unknown }>();
  for (const e of entries) {
    const d = JSON.parse(e.details) as { publicationId?: number; contentHash?: unknown };
    // Entries written by publication:mark before 0010 name no publication: nothing was stored then.
    if (d.publicationId === undefined) continue;
    byPublication.set(d.publicationId, { action: e.action, contentHash: d.contentHash });
    if (!publications.some((p) => p.id === d.publicationId))
      problems.push(`审计日志第 ${e.id} 条（${e.action}）记载的公示 #${d.publicationId} 不存在`);
  }
  const entitiesOf = db.prepare('SELECT entity_id FROM publication_entities WHERE publication_id = ? ORDER BY entity_id').pluck();
  for (const p of publications) {
    const at = `公示 #${p.id}（${p.kind}，${p.published_on}）`;
    const hash = contentHash(p.content);
    if (hash !== p.content_hash) problems.push(`${at}的内容与其哈希值不符：公示内容被修改`);
    const entry = byPublication.get(p.id);
    if (!entry) problems.push(`${at}在审计日志中没有记录`);
    else if (entry.contentHash !== hash || entry.action !== p.kind) problems.push(`${at}与审计日志记载的哈希值不符：公示内容被修改`);
    const listed = contentEntities(p.content);
    const linked = (entitiesOf.all(p.id) as number[]).join(',');
    if (listed !== null && listed !== linked) problems.push(`${at}所列检查对象与公示内容不符`);
  }
  return { checked: publications.length, problems };
}

function contentEntities(text: string): string | null {
  try {
    const rows = (JSON.parse(text) as PublicationContent).rows.map((r) => r.entityId);
    return rows.sort((a, b) => a - b).join(',');
  } catch {
    return null;
  }
}
