import { entityInputSchema, entityTypeFromCode, type EntityField, type EntityFields } from '../entities/entity-schema.ts';
import { checkCode } from '../entities/uscc.ts';
import { issuesByField } from '../validate.ts';
import { cellText, isBlankCell, type PlainCell } from '../xlsx/cell-value.ts';
import type { SheetRow } from '../xlsx/sheet-rows.ts';
import { isOutsideTable, type CellProblem, type RowOutcome } from './row-outcome.ts';
import type { ValueMapper } from './value-mapping.ts';
import type { ColumnMapping } from './column-mapping.ts';

/** What a row reader needs besides the row: where each field is, and how written values map. */
export interface RowContext<K extends string> {
  mapping: ColumnMapping<K>;
  values: ValueMapper;
  /** The day of the import (YYYY-MM-DD), for dates that are already past. */
  today: string;
}

/**
 * One roster row → entity fields, or the reasons it cannot be imported, each named by its
 * column. Runs on the writing thread, as rows arrive from the reader.
 */
export function readEntityRow(row: SheetRow, { mapping, values: valueMapper }: RowContext<EntityField>): RowOutcome<EntityFields> {
  const values = row.cells.map(cellText);
  if (isOutsideTable(values)) return { row: row.number, status: 'skipped', values, key: '', fields: null, problems: [], hints: [] };
  const { columns, titles } = mapping;
  const cell = (f: EntityField): PlainCell => {
    const index = columns[f];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const text = (f: EntityField) => {
    const index = columns[f];
    return index === undefined ? '' : (values[index] ?? '').trim();
  };
  const problems: CellProblem[] = [];
  const hints: CellProblem[] = [];
  let keep: EntityField[] | undefined;
  /** An enumerated cell through the value mapping; '' when blank or when nobody could map it. */
  const mapped = (f: EntityField): string => {
    const raw = text(f);
    if (raw === '') {
      if (columns[f] !== undefined) (keep ??= []).push(f);
      return '';
    }
    const { value, hint } = valueMapper.map(f, raw, row.number);
    if (hint) hints.push({ column: titles[f] ?? f, message: hint });
    return value;
  };

  const code = checkCode(isBlankCell(cell('code')) ? '' : cell('code'));
  if (!code.ok) problems.push({ column: titles.code ?? 'code', message: code.message });
  const established = dateText(cell('established'));
  if (established === null)
    problems.push({ column: titles.established ?? 'established', message: '成立日期无法识别，应为日期，如 2015-06-30' });
  const risk = mapped('riskClass');
  const parsed = entityInputSchema.safeParse({
    code: code.code || '-',
    name: text('name'),
    legalRep: text('legalRep'),
    address: text('address'),
    area: text('area'),
    regAuthority: text('regAuthority'),
    jurisdiction: text('jurisdiction'),
    industry: text('industry'),
    entityType: mapped('entityType') || entityTypeFromCode(code.code),
    regStatus: mapped('regStatus'),
    established: established ?? null,
    phone: text('phone'),
    riskClass: risk === '' ? null : risk,
    notes: text('notes'),
  });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(issuesByField(parsed.error))) {
      problems.push({ column: titles[field as EntityField] ?? field, message });
    }
  }
  const onlyChecksum = problems.length === 1 && !code.ok && code.problem === 'checksum';
  const status = problems.length === 0 ? 'ok' : onlyChecksum ? 'flagged' : 'rejected';
  return {
    row: row.number,
    values,
    key: code.code,
    keyColumn: titles.code,
    status,
    problems,
    hints,
    ...(keep ? { keep } : {}),
    fields: parsed.success ? parsed.data : null,
  };
}

/** A date cell as YYYY-MM-DD; '' when blank; null when it cannot be a date. */
export function dateText(value: PlainCell): string | null | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (isBlankCell(value)) return undefined;
  if (typeof value === 'number') return excelSerialDate(value);
  // A system's export may add the time of day ("2015-06-30 00:00:00"); the date is what counts.
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?$/.exec(
    String(value).normalize('NFKC').trim(),
  );
  if (!m) return /^\d{8}$/.test(String(value).trim()) ? compactDate(String(value).trim()) : null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Excel's day count from 1899-12-30, as a CSV or a text-formatted cell may hold it. */
function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 80000)
    return serial >= 19000101 && serial <= 21001231 ? compactDate(String(serial)) : null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

function compactDate(s: string): string | null {
  return validDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
