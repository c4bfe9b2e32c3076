import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import type { ImportKind } from './column-mapping.ts';
import { foldValue, unknownValueHint, VALUE_FIELDS, type ValueField } from './value-vocabulary.ts';

/** Per field key, per folded written value: the stored value the clerk chose ('' = leave empty). */
export type ValueMaps = Record<string, Record<string, string>>;

/** Where the stored value of a written value came from, as the value step shows it. */
export type ValueSource = 'builtin' | 'remembered' | 'chosen' | 'unknown';

export interface ValueEntry {
  /** The value as the file first writes it (trimmed). */
  raw: string;
  /** The key the choice is kept under (foldValue of raw). */
  key: string;
  count: number;
  firstRow: number;
  value: string;
  source: ValueSource;
}

/** One enumerated column of an import: every distinct value found and what it is stored as. */
export interface ValueReport {
  field: string;
  label: string;
  /** The column's header as the file writes it. */
  column: string;
  options: string[];
  /** How each option reads, where the value alone says little (A → A（低风险）). */
  optionLabels: Record<string, string>;
  blankLabel: string | null;
  /** What happens to a value nobody maps: "按未分类导入". */
  unknownRule: string;
  entries: ValueEntry[];
  /** Distinct values past MAX_ENTRIES are mapped all the same but not listed. */
  more: number;
}

/**
 * The value step lists what the clerk must decide first (what nobody could map), then what a clerk
 * decided (now or before, so a remembered choice is seen at once), then the built-in synonyms.
 */
const SOURCE_ORDER: Record<ValueSource, number> = { unknown: 0, chosen: 1, remembered: 2, builtin: 3 };

/** A column with hundreds of distinct values was mapped wrongly; listing them all helps nobody. */
const MAX_ENTRIES = 200;

/** No cell of an enumerated column is this long; a longer "written value" is a mistake in the mapping. */
const MAX_WRITTEN_LENGTH = 200;

/** Remembered choices live beside the column mappings, one row per importer and field. */
const rememberKind = (kind: ImportKind) => `values:${kind}`;

export function rememberedValueMaps(db: Db, kind: ImportKind): ValueMaps {
  const rows = db.prepare('SELECT header_key AS field, mapping FROM import_mappings WHERE kind = ?').all(rememberKind(kind)) as {
    field: string;
    mapping: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.field, JSON.parse(r.mapping) as Record<string, string>]));
}

/** Keeps the clerk's choices for the next file: per field, merged into what was kept before. */
export function rememberValueMaps(db: Db, kind: ImportKind, chosen: ValueMaps): void {
  const before = rememberedValueMaps(db, kind);
  const upsert = db.prepare(
    `INSERT INTO import_mappings (kind, header_key, mapping) VALUES (?, ?, ?)
     ON CONFLICT (kind, header_key) DO UPDATE SET mapping = excluded.mapping,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  for (const [field, choices] of Object.entries(chosen)) {
    if (Object.keys(choices).length === 0) continue;
    upsert.run(rememberKind(kind), field, JSON.stringify({ ...before[field], ...choices }));
  }
}

/**
 * Checks a value mapping given from outside (the wizard, `--map-values`): fields may be named by
 * key or by their Chinese label, written values are folded, and every stored value must be one
 * the field can hold. `where` names the source for the message.
 */
export function normaliseValueMaps(kind: ImportKind, maps: Record<string, Record<string, string>>, where: string): ValueMaps {
  const fields = VALUE_FIELDS[kind];
  const out: ValueMaps = {};
  for (const [name, choices] of Object.entries(maps)) {
    const field = fields.find((f) => f.key === name || f.label === name);
    if (!field) {
      throw new AppError(`${where}中的“${name}”不是可核对取值的列（可用：${fields.map((f) => f.label).join('、') || '无'}）。`);
    }
    const folded: Record<string, string> = {};
    for (const [raw, value] of Object.entries(choices)) {
      if (raw.length > MAX_WRITTEN_LENGTH) {
        throw new AppError(`${where}中“${field.label}”的写法“${raw.slice(0, 20)}…”超过 ${MAX_WRITTEN_LENGTH} 个字符，不像是表格中的取值。`);
      }
      const stored = String(value).trim();
      const allowed = stored === '' ? field.blankLabel !== null : field.options.includes(stored);
      if (!allowed) {
        const options = [...field.options, ...(field.blankLabel !== null ? ['空'] : [])].join('、');
        throw new AppError(`${where}中“${field.label}”的“${raw}”对应为“${stored}”，只能是：${options}。`);
      }
      folded[foldValue(raw)] = stored;
    }
    out[field.key] = { ...out[field.key], ...folded };
  }
  return out;
}

/** A cell text's entry in the tally and what the readers are told, worked out once per text. */
interface CellAnswer {
  entry: ValueEntry;
  result: { value: string; hint: string | null };
}

/**
 * Maps the written values of one import's enumerated columns and keeps the tally the value step
 * shows. The clerk's choice for this import wins over a remembered one, which wins over the
 * built-in synonyms.
 */
export class ValueMapper {
  private readonly fields: Map<string, ValueField>;
  private readonly tallies = new Map<string, Map<string, ValueEntry>>();
  private readonly byCell = new Map<string, Map<string, CellAnswer>>();
  private readonly remembered: ValueMaps;
  private readonly chosen: ValueMaps;

  constructor(kind: ImportKind, remembered: ValueMaps, chosen: ValueMaps) {
    this.fields = new Map(VALUE_FIELDS[kind].map((f) => [f.key, f]));
    this.remembered = remembered;
    this.chosen = chosen;
  }

  /**
   * The stored value for a written one, or `hint` set when nobody could map it. Blank cells are
   * not the mapper's business: the caller leaves them to the field's default.
   */
  map(field: string, raw: string, row: number): { value: string; hint: string | null } {
    // A roster writes the same few values 100,000 times: the cell's own text finds its answer
    // without folding it again (folding every cell was most of the mapping's cost).
    let seen = this.byCell.get(field);
    if (!seen) this.byCell.set(field, (seen = new Map()));
    let answer = seen.get(raw);
    if (!answer) {
      answer = this.answer(field, raw, row);
      seen.set(raw, answer);
    }
    answer.entry.count += 1;
    return answer.result;
  }

  private answer(field: string, raw: string, row: number): CellAnswer {
    const spec = this.fields.get(field);
    if (!spec) throw new Error(`no value vocabulary for ${field}`);
    const key = foldValue(raw);
    let tally = this.tallies.get(field);
    if (!tally) this.tallies.set(field, (tally = new Map()));
    let entry = tally.get(key);
    if (!entry) {
      entry = { raw: raw.trim(), key, count: 0, firstRow: row, ...this.resolve(spec, key) };
      tally.set(key, entry);
    }
    const hint = entry.source === 'unknown' ? unknownValueHint(spec, entry.raw) : null;
    return { entry, result: { value: entry.value, hint } };
  }

  private resolve(spec: ValueField, key: string): { value: string; source: ValueSource } {
    const chosen = this.chosen[spec.key]?.[key];
    if (chosen !== undefined) return { value: chosen, source: 'chosen' };
    const remembered = this.remembered[spec.key]?.[key];
    if (remembered !== undefined) return { value: remembered, source: 'remembered' };
    const builtin = spec.builtin(key);
    if (builtin !== null) return { value: builtin, source: 'builtin' };
    return { value: spec.unknown.value, source: 'unknown' };
  }

  /** The value step's tables, for the fields this import maps to a column, in vocabulary order. */
  report(columnTitles: Partial<Record<string, string>>): ValueReport[] {
    return [...this.fields.values()]
      .filter((f) => columnTitles[f.key] !== undefined)
      .map((f) => {
        const entries = [...(this.tallies.get(f.key)?.values() ?? [])].sort(
          (a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.firstRow - b.firstRow,
        );
        return {
          field: f.key,
          label: f.label,
          column: columnTitles[f.key]!,
          options: [...f.options],
          optionLabels: { ...f.optionLabels },
          blankLabel: f.blankLabel,
          unknownRule: f.unknown.rule,
          entries: entries.slice(0, MAX_ENTRIES),
          more: Math.max(0, entries.length - MAX_ENTRIES),
        };
      });
  }
}
