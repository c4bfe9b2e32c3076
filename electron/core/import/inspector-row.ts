import type { DepartmentCell } from '../departments/department-refs.ts';
import { inspectorInputSchema, normaliseCertNo, type InspectorFields } from '../inspectors/inspector-schema.ts';
import { parseTags } from '../inspectors/inspector-tags.ts';
import { issuesByField } from '../validate.ts';
import { cellText, type PlainCell } from '../xlsx/cell-value.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { dateText, type RowContext } from './entity-row.ts';
import type { ConflictField, InspectorField } from './roster-columns.ts';
import { isOutsideTable, type CellProblem, type RowOutcome } from './row-outcome.ts';

function cellOf<K extends string>(row: SheetRow, mapping: ColumnMapping<K>, key: K): PlainCell {
  const index = mapping.columns[key];
  return index === undefined ? '' : (row.cells[index] ?? '');
}

/**
 * How an inspector import decides the 所属部门: `read` names a cell's department (against the list as
 * it was when the import started); `chosen` (null = 本局) is the department the clerk imports for,
 * taken by rows without a 所属部门 column or with a blank cell. Without either, a blank says nothing
 * and an inspector already on the roster keeps his department.
 */
export interface InspectorDepartmentRule {
  read: (text: string) => DepartmentCell;
  chosen: number | null | undefined;
  /** Every cell naming no department, by row: such a file is refused whole (runImport). */
  refused: { row: number; column: string; message: string }[];
}

/** One inspector row → fields, or its problems by column. Like readEntityRow. */
export function readInspectorRow(
  row: SheetRow,
  { mapping, values: valueMapper, today, departments }: RowContext<InspectorField> & { departments?: InspectorDepartmentRule },
): RowOutcome<InspectorFields> {
  const values = row.cells.map((c) => cellText(c));
  const base = { row: row.number, values, key: '', fields: null, problems: [] as CellProblem[], hints: [] as CellProblem[] };
  if (isOutsideTable(values)) return { ...base, status: 'skipped' };
  const text = (k: InspectorField) => cellText(cellOf(row, mapping, k)).trim();
  const title = (k: string) => mapping.titles[k as InspectorField] ?? k;
  const problems: CellProblem[] = [];
  const hints: CellProblem[] = [];
  const expiry = dateText(cellOf(row, mapping, 'certExpiry'));
  if (expiry === null)
    problems.push({ column: title('certExpiry'), message: '证件有效期无法识别，应为日期，如 2027-12-31 或 2027年12月31日' });
  if (expiry === undefined) {
    hints.push({ column: mapping.columns.certExpiry === undefined ? '' : title('certExpiry'), message: NO_EXPIRY_HINT });
  } else if (expiry !== null && expiry < today) {
    hints.push({ column: title('certExpiry'), message: `执法证已于 ${expiry} 到期：换证并更新有效期之前不会被抽取` });
  }
  // A blank status or date says nothing about an inspector already on the roster (keep).
  const keep: InspectorField[] = [];
  if (expiry === undefined && mapping.columns.certExpiry !== undefined) keep.push('certExpiry');
  let status = '在岗';
  if (text('status') === '') {
    if (mapping.columns.status !== undefined) keep.push('status');
  } else {
    const mapped = valueMapper.map('status', text('status'), row.number);
    if (mapped.hint) hints.push({ column: title('status'), message: mapped.hint });
    status = mapped.value;
  }
  let departmentId: number | null | undefined = departments?.chosen;
  if (text('departmentId') !== '' && departments) {
    const found = departments.read(text('departmentId'));
    if ('error' in found) {
      problems.push({ column: title('departmentId'), message: found.error });
      departments.refused.push({ row: row.number, column: title('departmentId'), message: found.error });
    } else {
      departmentId = found.id;
    }
  } else if (departmentId === undefined && mapping.columns.departmentId !== undefined) {
    keep.push('departmentId');
  }
  const parsed = inspectorInputSchema.safeParse({
    name: text('name'),
    certNo: text('certNo'),
    certExpiry: expiry ?? null,
    unit: text('unit'),
    phone: text('phone'),
    tags: parseTags(text('tags')),
    status,
    notes: text('notes'),
    departmentId,
  });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(issuesByField(parsed.error)))
      problems.push({ column: title(field.split('.')[0]!), message });
  }
  return {
    ...base,
    key: normaliseCertNo(text('certNo')),
    keyColumn: title('certNo'),
    status: problems.length === 0 ? 'ok' : 'rejected',
    problems,
    hints: problems.length === 0 ? hints : [],
    ...(keep.length > 0 ? { keep } : {}),
    fields: parsed.success ? parsed.data : null,
  };
}

/** The 提示 of an inspector imported without a 执法证有效期: the draw never takes him (inspector-pool.ts). */
export const NO_EXPIRY_HINT = '未填写执法证有效期：填写之前不会被抽取';

export interface ConflictFields {
  certNo: string;
  entityCode: string;
  reason: string;
}

/** One 回避 row: whose certificate, which entity, why. Names are only for the clerk's eyes. */
export function readConflictRow(row: SheetRow, { mapping }: RowContext<ConflictField>): RowOutcome<ConflictFields> {
  const values = row.cells.map((c) => cellText(c));
  const base = { row: row.number, values, key: '', fields: null, problems: [] as CellProblem[], hints: [] as CellProblem[] };
  if (isOutsideTable(values)) return { ...base, status: 'skipped' };
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
