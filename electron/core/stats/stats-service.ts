import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { DISPOSALS, disposalFromText } from '../results/result-schema.ts';
import { listDepartments } from '../departments/department-service.ts';
import { getSettings } from '../settings/settings-service.ts';
import { drawnEntities, liveDraws, poolMembers, type DrawFact, type DrawnFact, type EntityPlace, type ResultFact } from './stats-facts.ts';
import { rateOf } from './stats-rate.ts';
import type { StatsBy, StatsCounts, StatsReport, StatsRow } from './stats-types.ts';

interface Bucket {
  key: string;
  label: string;
  /** Sorts the lines: task and item order, month, class, department order, else the label. */
  sort: string;
  /** The line counts this department's result of the entity (a joint task's item or department line). */
  departmentId?: number;
}

type Tally = Omit<StatsCounts, 'ratio' | 'completion' | 'closure'>;

const CLASS_ORDER = ['A', 'B', 'C', 'D'];
const OTHER_DISPOSAL = DISPOSALS[DISPOSALS.length - 1]!;

function emptyTally(): Tally {
  return { base: 0, drawn: 0, entered: 0, published: 0, closed: 0, byCode: {}, byDisposal: {} };
}

function withRates(t: Tally): StatsCounts {
  return { ...t, ratio: rateOf(t.drawn, t.base), completion: rateOf(t.published, t.drawn), closure: rateOf(t.closed, t.published) };
}

/** The lines a whole draw (its pool and its entities) falls on, for the views that place a draw, not an entity. */
function drawBuckets(by: Exclude<StatsBy, 'area' | 'authority' | 'class' | 'department'>, d: DrawFact): Bucket[] {
  if (by === 'task') return [{ key: d.taskCode, label: `${d.taskCode} ${d.taskName}`, sort: d.taskCode }];
  if (by === 'item')
    return d.items.map((i) => ({
      key: String(i.id),
      label: i.name,
      sort: `${String(i.seq ?? 99999).padStart(5, '0')} ${i.name}`,
      // An item's line counts the result of the department that inspected it ("谁检查、谁录入").
      departmentId: i.departmentId,
    }));
  // The month of the draw: 基数 and 户数 exist from the draw on, while an inspection date exists only
  // once a result is entered, so a month of inspections could not place the entities still to do.
  const month = dayjs(d.drawnAt);
  return [{ key: month.format('YYYY-MM'), label: month.format('YYYY年M月'), sort: month.format('YYYY-MM') }];
}

/** The line an entity falls on in the views that place entities. */
function entityBucket(by: 'area' | 'authority' | 'class', e: EntityPlace): Bucket {
  if (by === 'area') return e.area ? { key: e.area, label: e.area, sort: `0${e.area}` } : { key: '', label: '（未填区域）', sort: '1' };
  if (by === 'authority')
    return e.authority
      ? { key: e.authority, label: e.authority, sort: `0${e.authority}` }
      : { key: '', label: '（未填登记机关）', sort: '1' };
  const known = CLASS_ORDER.includes(e.riskClass);
  return known ? { key: e.riskClass, label: `${e.riskClass}类`, sort: e.riskClass } : { key: '未分类', label: '未分类', sort: 'Z' };
}

/** The department lines: every department in the list's order (本局 first), each placed by its id. */
function departmentBuckets(db: Db): Map<number, Bucket> {
  return new Map(
    listDepartments(db, { includeRetired: true }).map((d, i) => [
      d.id,
      { key: String(d.id), label: d.name, sort: String(i).padStart(5, '0'), departmentId: d.id },
    ]),
  );
}

/** The result a line counts: the department's own in a joint task's department or item line, else the entity's. */
function factFor(e: DrawnFact, b: Bucket): ResultFact {
  if (b.departmentId === undefined || e.parts.length === 1) return e;
  return e.parts.find((p) => p.departmentId === b.departmentId) ?? e;
}

function countEntity(t: Tally, e: ResultFact): void {
  t.drawn++;
  if (!e.entered) return;
  t.entered++;
  if (e.published) t.published++;
  if (e.closed) t.closed++;
  for (const code of new Set(e.codes)) t.byCode[code] = (t.byCode[code] ?? 0) + 1;
  const columns = new Set(
    e.disposals.map((text) => {
      const words = disposalFromText(text);
      return (DISPOSALS as readonly string[]).includes(words) ? words : OTHER_DISPOSAL;
    }),
  );
  for (const column of columns) t.byDisposal[column] = (t.byDisposal[column] ?? 0) + 1;
}

/**
 * 抽查工作情况统计 along one view, over live (not voided) draws of tasks of the year (all years
 * when none): per line 抽查基数, 抽查比例, 抽查户数, 已录入, 已公示, 完成率, counts per result code and
 * per 后续处置 (of entered results), 完结数 and 完结率 (of published results), and a 合计.
 */
export function workStats(db: Db, by: StatsBy, year?: number): StatsReport {
  const draws = liveDraws(db, year ?? null);
  const byEntity = by === 'area' || by === 'authority' || by === 'class';
  const pools = byEntity ? poolMembers(db, draws) : null;
  const entities = drawnEntities(db, year ?? null, pools?.frozenClass ?? new Map());
  const lines = new Map<string, { bucket: Bucket; tally: Tally }>();
  const total = emptyTally();
  const lineOf = (b: Bucket) => {
    let line = lines.get(b.key);
    if (!line) lines.set(b.key, (line = { bucket: b, tally: emptyTally() }));
    return line.tally;
  };
  const drawById = new Map(draws.map((d) => [d.drawId, d]));
  const departments = by === 'department' ? departmentBuckets(db) : null;
  // 按部门: a draw falls under each department whose teams visit its entities (本局 for a single-department task).
  const bucketsOfDraw = (d: DrawFact): Bucket[] => {
    if (by === 'task' || by === 'item' || by === 'month') return drawBuckets(by, d);
    return d.departments.flatMap((id) => departments?.get(id) ?? []);
  };
  for (const d of draws) {
    total.base += d.poolSize;
    if (byEntity) for (const m of pools!.members.get(d.drawId)!) lineOf(entityBucket(by, m)).base++;
    else for (const b of bucketsOfDraw(d)) lineOf(b).base += d.poolSize;
  }
  for (const e of entities) {
    countEntity(total, e);
    const buckets = byEntity ? [entityBucket(by, e)] : bucketsOfDraw(drawById.get(e.drawId)!);
    for (const b of buckets) countEntity(lineOf(b), factFor(e, b));
  }
  const rows: StatsRow[] = [...lines.values()]
    .sort((a, b) => (a.bucket.sort < b.bucket.sort ? -1 : a.bucket.sort > b.bucket.sort ? 1 : 0))
    .map(({ bucket, tally }) => ({ key: bucket.key, label: bucket.label, ...withRates(tally) }));
  return {
    by,
    year: year ?? null,
    bureauName: getSettings(db).bureauName,
    codes: codeColumns(db, total),
    disposals: [...DISPOSALS],
    rows,
    total: withRates(total),
  };
}

/** The active result codes in the table's order, and any retired or unknown code that was still given. */
function codeColumns(db: Db, total: Tally): { code: string; label: string }[] {
  const table = db.prepare('SELECT code, label, active FROM result_codes ORDER BY sort, code').all() as {
    code: string;
    label: string;
    active: number;
  }[];
  const shown = table.filter((c) => c.active === 1 || (total.byCode[c.code] ?? 0) > 0).map(({ code, label }) => ({ code, label }));
  const known = new Set(table.map((c) => c.code));
  const unknown = Object.keys(total.byCode)
    .filter((c) => !known.has(c))
    .sort();
  return [...shown, ...unknown.map((code) => ({ code, label: code }))];
}
