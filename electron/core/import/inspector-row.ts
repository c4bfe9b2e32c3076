import { inspectorInputSchema, normaliseCertNo, parseEnforcementFields, type InspectorFields } from '../inspectors/inspector-schema.ts';
import { issuesByField } from '../validate.ts';
import { cellText, type PlainCell } from '../xlsx/cell-value.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { dateText } from './entity-row.ts';
import type { ConflictField, InspectorField } from './roster-columns.ts';
import { isTotalsRow, type CellProblem, type RowOutcome } from './row-outcome.ts';

function cellOf<K extends string>(row: SheetRow, mapping: ColumnMapping<K>, key: K): PlainCell {
  const index = mapping.columns[key];
  return index === undefined ? '' : (row.cells[index] ?? '');
}

/** One inspector row → fields, or its problems by column. Pure, like readEntityRow. */
export function readInspectorRow(row: SheetRow, mapping: ColumnMapping<InspectorField>): RowOutcome<InspectorFields> {
  const values = row.cells.map((c) => cellText(c));
  const base = { row: row.number, values, key: '', fields: null, problems: [] as CellProblem[] };
  if (isTotalsRow(values)) return { ...base, status: 'skipped' };
  const text = (k: InspectorField) => cellText(cellOf(row, mapping, k)).trim();
  const title = (k: string) => mapping.titles[k as InspectorField] ?? k;
  const problems: CellProblem[] = [];
  const expiry = dateText(cellOf(row, mapping, 'certExpiry'));
  if (expiry === null) problems.push({ column: title('certExpiry'), message: '证件有效期无法识别，应为日期，如 2027-12-31' });
  const { fields, unknown } = parseEnforcementFields(text('fields'));
  if (unknown.length > 0) {
    problems.push({ column: title('fields'), message: `执法领域“${unknown.join('、')}”不是事项类别（市场监管执法事项、其它行政执法事项）` });
  }
  const parsed = inspectorInputSchema.safeParse({
    name: text('name'),
    certNo: text('certNo'),
    certExpiry: expiry ?? null,
    unit: text('unit'),
    phone: text('phone'),
    fields,
    status: text('status') || '在岗',
    notes: text('notes'),
  });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(issuesByField(parsed.error))) problems.push({ column: title(field.split('.')[0]!), message });
  }
  return {
    ...base,
    key: normaliseCertNo(text('certNo')),
    keyColumn: title('certNo'),
    status: problems.length === 0 ? 'ok' : 'rejected',
    problems,
    fields: parsed.success ? parsed.data : null,
  };
}

export interface ConflictFields {
  certNo: string;
  entityCode: string;
  reason: string;
}

/** One 回避 row: whose certificate, which entity, why. Names are only for the clerk's eyes. */
export function readConflictRow(row: SheetRow, mapping: ColumnMapping<ConflictField>): RowOutcome<ConflictFields> {
  const values = row.cells.map((c) => cellText(c));
  const base = { row: row.number, values, key: '', fields: null, problems: [] as CellProblem[] };
  if (isTotalsRow(values)) return { ...base, status: 'skipped' };
  const text = (k: ConflictField) => cellText(cellOf(row, mapping, k)).trim();
  const title = (k: ConflictField) => mapping.titles[k] ?? k;
  const certNo = normaliseCertNo(text('certNo'));
  const entityCode = text('entityCode').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const reason = text('reason');
  const problems: CellProblem[] = [];
  if (!certNo) problems.push({ column: title('certNo'), message: '执法证号为空' });
  if (!entityCode) problems.push({ column: title('entityCode'), message: '统一社会信用代码为空' });
  if (!reason) problems.push({ column: title('reason'), message: '回避原因为空' });
  return {
    ...base,
    key: `${certNo}|${entityCode}`,
    status: problems.length === 0 ? 'ok' : 'rejected',
    problems,
    fields: problems.length === 0 ? { certNo, entityCode, reason } : null,
  };
}
