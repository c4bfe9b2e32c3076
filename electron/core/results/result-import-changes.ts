import type { Db } from '../db/connection.ts';
import { listResultCodes } from './result-codes.ts';
import type { ResultFieldChange, ResultImportField } from './result-import-types.ts';
import { PART_LABELS, type FindingPart } from './result-import-items.ts';
import { alignFindings } from './result-service.ts';
import type { ItemFinding, ResultFields, TaskResultRow } from './result-schema.ts';

type EntityField = Exclude<ResultImportField, 'itemFindings'>;

const LABELS: Record<EntityField, string> = {
  codes: '检查结果',
  inspectedOn: '检查日期',
  methods: '核查方式',
  disposal: '后续处置',
  findings: '发现问题',
  notes: '备注',
  inspectorsPresent: '实到执法人员',
};

/** The fields in the order the grid and the file show them. */
const FIELDS = Object.keys(LABELS) as EntityField[];

/** Lists whose order carries no meaning: 4、A and A、4 are the same result. */
const UNORDERED = new Set<ResultImportField>(['codes', 'methods', 'inspectorsPresent']);

/** How a result's fields read on screen: "1 未发现问题", names of the inspectors present. */
export type ResultWording = (field: EntityField, value: ResultFields[EntityField], entity: TaskResultRow) => string;

/**
 * Words for results: every code with its label (a code made inactive since keeps its label), and
 * an inspector by name (the drawn team's, else the roster's, else the 执法证号 itself).
 */
export function resultWording(db: Db): ResultWording {
  const labels = new Map(listResultCodes(db).map((c) => [c.code, `${c.code} ${c.label}`]));
  const nameByCert = db.prepare('SELECT name FROM inspectors WHERE cert_no = ?').pluck();
  const nameOf = (cert: string, entity: TaskResultRow) =>
    entity.team.find((t) => t.certNo === cert)?.name ?? (nameByCert.get(cert) as string | undefined) ?? cert;
  return (field, value, entity) => {
    if (value === null) return '';
    if (typeof value === 'string') return value;
    if (field === 'codes') return value.map((c) => labels.get(c) ?? c).join('、');
    if (field === 'inspectorsPresent') return value.map((cert) => nameOf(cert, entity)).join('、');
    return value.join('、');
  };
}

function same(field: EntityField, a: ResultFields[EntityField], b: ResultFields[EntityField]): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  const norm = (list: readonly string[]) => (UNORDERED.has(field) ? [...list].sort() : [...list]).join('\u0000');
  return norm(a) === norm(b);
}

const PARTS: FindingPart[] = ['checked', 'problem', 'handling'];
const partText = (f: ItemFinding, part: FindingPart) => (part === 'checked' ? (f.checked ? '是' : '否') : f[part]);

/**
 * Each part of an item's finding that changes, labelled 食品经营许可情况·是否检查. For a new
 * result, the parts that differ from the default (every item 已检查, nothing found).
 */
function findingChanges(entity: TaskResultRow, after: ResultFields, items: readonly { id: number; name: string }[]): ResultFieldChange[] {
  if (after.itemFindings === undefined) return [];
  const ids = items.map((i) => i.id);
  const before = entity.result?.itemFindings ?? alignFindings(ids, [], after.codes);
  const next = alignFindings(ids, after.itemFindings, after.codes);
  return items.flatMap((item, i) =>
    PARTS.filter((part) => partText(before[i]!, part) !== partText(next[i]!, part)).map((part) => ({
      field: 'itemFindings' as const,
      label: `${item.name}·${PART_LABELS[part]}`,
      old: entity.result ? partText(before[i]!, part) : '',
      new: partText(next[i]!, part),
    })),
  );
}

/**
 * The fields a row would change, with the old and the new value as the clerk reads them. For an
 * entity without a result yet, every field the new result fills (old ''). `items`: the task's 检查事项.
 */
export function resultChanges(
  entity: TaskResultRow,
  after: ResultFields,
  words: ResultWording,
  items: readonly { id: number; name: string }[] = [],
): ResultFieldChange[] {
  const before = entity.result;
  const changes: ResultFieldChange[] = [];
  for (const field of FIELDS) {
    if (before && same(field, before[field], after[field])) continue;
    const next = words(field, after[field], entity);
    if (!before && next === '') continue;
    changes.push({ field, label: LABELS[field], old: before ? words(field, before[field], entity) : '', new: next });
  }
  return [...changes, ...findingChanges(entity, after, items)];
}
