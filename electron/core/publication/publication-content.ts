import { createHash } from 'node:crypto';
import { canonicalJson } from '../draw/canonical.ts';
import type { ItemFinding, StoredResult } from '../results/result-schema.ts';

export type PublicationKind = '公示' | '分批公示' | '更正公示';

/** One 检查事项 of a published row: its 检查结果 (未检查 / 未发现问题 / 发现问题：…) and 处置情况. */
export interface PublishedItem {
  item: string;
  result: string;
  handling: string;
}

/** One entity as a publication shows it: the public fields of its result, nothing internal but its id. */
export interface PublishedRow {
  /** Internal id, so a later 更正 finds the row it corrects even after the entity is renamed. */
  entityId: number;
  position: number;
  name: string;
  code: string;
  items: PublishedItem[];
  codes: { code: string; label: string }[];
  /** 检查实施机关. */
  agency: string;
  /** 检查日期, YYYY-MM-DD. */
  inspectedOn: string | null;
}

/** One field of one entity as a 更正公示 names it: before → after. */
export interface FieldChange {
  entityId: number;
  name: string;
  code: string;
  field: string;
  before: string;
  after: string;
}

/** What a publication froze; its canonical JSON text is `publications.content`, hashed. */
export interface PublicationContent {
  task: { code: string; name: string };
  kind: PublicationKind;
  /** 公示日期, YYYY-MM-DD. */
  publishedOn: string;
  agency: string;
  rows: PublishedRow[];
  /** A 更正公示 only: what it corrects, why, the rows as they were published, and what changed. */
  correction?: { correctsId: number; reason: string; before: PublishedRow[]; changes: FieldChange[] };
}

/** 检查结果 of one item as the public reads it. */
export function itemResultText(f: ItemFinding): string {
  if (!f.checked) return '未检查';
  return f.problem ? `发现问题：${f.problem}` : '未发现问题';
}

/** A drawn entity's stored result as a publication row. */
export function publishedRow(
  entity: { entityId: number; position: number; name: string; code: string },
  result: StoredResult,
  itemNames: Map<number, string>,
  labels: Map<string, string>,
  agency: string,
): PublishedRow {
  return {
    entityId: entity.entityId,
    position: entity.position,
    name: entity.name,
    code: entity.code,
    items: result.itemFindings.map((f) => ({
      item: itemNames.get(f.itemId) ?? `事项 ${f.itemId}`,
      result: itemResultText(f),
      handling: f.checked ? f.handling : '',
    })),
    codes: result.codes.map((c) => ({ code: c, label: labels.get(c) ?? c })),
    agency,
    inspectedOn: result.inspectedOn,
  };
}

/** 检查结果 codes in one line: 1 未发现问题；E 发现问题经责令已改正. */
export function codesText(row: PublishedRow): string {
  return row.codes.map((c) => c.label).join('；');
}

/** The public fields of a row by their Chinese names, in print order: what a 更正 compares. */
function fieldsOf(row: PublishedRow): [string, string][] {
  return [
    ['检查日期', row.inspectedOn ?? ''],
    ['检查结果', codesText(row)],
    ...row.items.flatMap((i): [string, string][] => [
      [`${i.item}：检查结果`, i.result],
      [`${i.item}：处置情况`, i.handling],
    ]),
    ['检查实施机关', row.agency],
  ];
}

/** What differs between a published row and the row as it stands now; empty when nothing public changed. */
export function rowChanges(before: PublishedRow, after: PublishedRow): FieldChange[] {
  const old = new Map(fieldsOf(before));
  const now = fieldsOf(after);
  const changes: FieldChange[] = [];
  for (const [field, value] of now) {
    const was = old.get(field) ?? '';
    if (was !== value) changes.push({ entityId: after.entityId, name: after.name, code: after.code, field, before: was, after: value });
  }
  for (const [field, was] of old) {
    if (!now.some(([f]) => f === field) && was !== '') {
      changes.push({ entityId: after.entityId, name: after.name, code: after.code, field, before: was, after: '' });
    }
  }
  return changes;
}

/** The frozen text and its SHA-256 (hex): exactly what `publications.content` / `content_hash` hold. */
export function freezeContent(content: PublicationContent): { text: string; hash: string } {
  const text = canonicalJson(content);
  return { text, hash: contentHash(text) };
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
