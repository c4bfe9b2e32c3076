import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import XLSX from '@e965/xlsx';
import type { Case, CaseTools } from './battery-case.ts';
import { prng, randInt, ROSTER_HEADER, SEED_ENTITIES, SEED_INSPECTORS, INSPECTOR_HEADER, uscc } from './data.ts';
import type { TableGroup } from './fixtures.ts';
import { integrityCheck, queryAll, type RunResult } from './harness.ts';
import type { Expect } from './verdict.ts';
import { buildXlsx, contentTypes, esc, ROOT_RELS, sharedStringsXml, STYLES, workbookRels, workbookXml, type Cell } from './workbook.ts';
import { damagedEntries, deflateRepeated, writeZip, zipSpans, type ZipEntry } from './zip.ts';

/** Categories 1–5: hostile roster files given to the importers. */

const pad = (n: number, w = 3) => String(n).padStart(w, '0');
const countLike = (db: string, prefix: string) =>
  queryAll<{ n: number }>(db, 'SELECT count(*) AS n FROM entities WHERE code LIKE ?', `${prefix}%`)[0]!.n;

// ---------------------------------------------------------------------------------------------
// 1. Byte-flipped rosters

function flipCase(i: number): Case {
  const rand = prng(1000 + i);
  const flips = i < 50 ? 1 : randInt(rand, 2, 9);
  const mode = ['sheet', 'sheet', 'shared strings', 'any entry', 'anywhere'][i % 5]!;
  return {
    category: 1,
    id: `flip-${pad(i)}`,
    title: `${flips} byte(s) flipped (${mode})`,
    quick: i < 15,
    async run(t) {
      const original = t.fx.seedRosterBuf;
      const spans = zipSpans(original);
      const pickSpan = () => {
        if (mode === 'sheet') return spans.find((s) => s.name === 'xl/worksheets/sheet1.xml')!;
        if (mode === 'shared strings') return spans.find((s) => s.name === 'xl/sharedStrings.xml') ?? spans[0]!;
        return spans[randInt(rand, 0, spans.length)]!;
      };
      const buf = Buffer.from(original);
      const offsets: number[] = [];
      for (let k = 0; k < flips; k++) {
        const span = pickSpan();
        const offset =
          mode === 'anywhere' ? randInt(rand, 0, buf.length) : randInt(rand, span.dataStart, Math.max(span.dataStart + 1, span.dataEnd));
        buf[offset] = buf[offset]! ^ randInt(rand, 1, 256);
        offsets.push(offset);
      }
      const where = offsets.map((o) => spans.find((s) => o >= s.dataStart && o < s.dataEnd)?.name ?? 'zip headers');
      t.rec.detail('offsets', offsets);
      t.rec.detail('where', where);
      t.rec.detail('damagedEntries', damagedEntries(buf, spans));
      // Named as the seed's roster was, so an intact read changes nothing at all.
      const file = path.join(t.dir, '名录.xlsx');
      fs.writeFileSync(file, buf);
      const db = t.copyDb();
      const r = await t.cli(db, ['--json', 'entities', 'import', file], 'either');
      t.expectSeedData(db, r, 'entities', 'import of a byte-flipped roster');
    },
  };
}

const flipControl: Case = {
  category: 1,
  id: 'flip-control',
  title: 'control: the intact roster re-imports and changes no entity data',
  quick: true,
  async run(t) {
    const file = path.join(t.dir, '名录.xlsx');
    fs.writeFileSync(file, t.fx.seedRosterBuf);
    const db = t.copyDb();
    const r = await t.cli(db, ['--json', 'entities', 'import', file], 'ok');
    t.expectSeedData(db, r, 'entities', 'intact re-import');
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Truncated rosters, and a roster that shrinks or vanishes during the import

function truncateCase(label: string, size: (len: number) => number, quick: boolean): Case {
  return {
    category: 2,
    id: `truncate-${label}`,
    title: `3,000-row roster truncated to ${label}`,
    quick,
    async run(t) {
      const data = fs.readFileSync(t.fx.mediumRoster);
      const cut = Math.max(0, Math.min(data.length - 1, size(data.length)));
      t.rec.detail('bytes', `${cut} of ${data.length}`);
      const file = path.join(t.dir, '名录.xlsx');
      fs.writeFileSync(file, data.subarray(0, cut));
      const db = t.copyDb();
      const r = await t.cli(db, ['--json', 'entities', 'import', file], 'either');
      if (r.timedOut) return;
      const n = countLike(db, '92140224MA');
      if (r.code === 0) t.rec.data(n !== 3000, `exit 0 after writing ${n} of the 3,000 rows of a truncated file (partial import)`);
      else t.expectSeedData(db, r, 'entities', 'refused truncated file');
    },
  };
}

const TRUNCATIONS: [string, (len: number) => number, boolean][] = [
  ['1-byte', () => 1, false],
  ['4-bytes', () => 4, false],
  ['30-bytes', () => 30, true],
  ['512-bytes', () => 512, false],
  ['10pct', (n) => Math.floor(n * 0.1), false],
  ['25pct', (n) => Math.floor(n * 0.25), false],
  ['50pct', (n) => Math.floor(n * 0.5), true],
  ['75pct', (n) => Math.floor(n * 0.75), false],
  ['90pct', (n) => Math.floor(n * 0.9), false],
  ['99pct', (n) => Math.floor(n * 0.99), true],
  ['minus-1000', (n) => n - 1000, false],
  ['minus-100', (n) => n - 100, false],
  ['minus-22', (n) => n - 22, false],
  ['minus-1', (n) => n - 1, true],
];

type Mutation = 'truncate-half' | 'truncate-zero' | 'delete' | 'overwrite-random' | 'replace-with-text';

function vanishCase(id: string, mutation: Mutation, trigger: 'time' | 'backup', delayMs: number, quick: boolean): Case {
  return {
    category: 2,
    id: `vanish-${id}`,
    title:
      `50,000-row import: file ${mutation} ` +
      (trigger === 'time' ? `${delayMs} ms after start` : `${delayMs} ms after the import began (its backup appeared)`),
    heavy: true,
    quick,
    async run(t) {
      const file = path.join(t.dir, '大名录.xlsx');
      fs.copyFileSync(t.fx.big50k, file);
      const db = t.copyDb();
      const backups = path.join(t.dir, 'backups');
      let began: number | null = null;
      let done = false;
      const mutate = () => {
        const size = fs.statSync(file).size;
        if (mutation === 'truncate-half') fs.truncateSync(file, Math.floor(size / 2));
        if (mutation === 'truncate-zero') fs.truncateSync(file, 0);
        if (mutation === 'delete') fs.rmSync(file);
        if (mutation === 'overwrite-random') {
          const fd = fs.openSync(file, 'r+');
          const rand = prng(99);
          const chunk = Buffer.alloc(64 * 1024);
          for (let p = 0; p < size; p += chunk.length) {
            for (let k = 0; k < chunk.length; k++) chunk[k] = randInt(rand, 0, 256);
            fs.writeSync(fd, chunk, 0, Math.min(chunk.length, size - p), p);
          }
          fs.closeSync(fd);
        }
        if (mutation === 'replace-with-text') fs.writeFileSync(file, '这不是表格\n');
      };
      const r = await t.cli(db, ['--json', 'entities', 'import', file], 'either', {
        killWhen: (elapsed) => {
          if (done) return false;
          if (
            trigger === 'backup' &&
            began === null &&
            fs.existsSync(backups) &&
            fs.readdirSync(backups).some((f) => f.includes('import') && !f.includes('.partial'))
          )
            began = elapsed;
          const start = trigger === 'time' ? 0 : began;
          if (start !== null && elapsed >= start + delayMs) {
            done = true;
            try {
              mutate();
            } catch (err) {
              t.rec.log(`[battery] mutation failed: ${String(err)}`);
            }
          }
          return false;
        },
        pollMs: 20,
      });
      t.rec.detail('mutatedAtMs', done ? (trigger === 'time' ? delayMs : (began ?? 0) + delayMs) : 'never (import ended first)');
      if (r.timedOut) return;
      const ic = integrityCheck(db);
      t.rec.check(ic === 'ok', `integrity_check: ${ic}`);
      const n = countLike(db, '92140222MA');
      if (r.code === 0) t.rec.data(n !== 50_000, `exit 0 with ${n} of 50,000 rows written (partial import)`);
      else t.expectSeedData(db, r, 'entities', 'refused vanishing file');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Excel error values in the name and code cells of rows whose codes exist

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
const ERROR_FORMULAS: Record<string, string> = {
  '#N/A': 'NA()',
  '#DIV/0!': '1/0',
  '#VALUE!': '"a"+1',
  '#REF!': '#REF!+1',
  '#NAME?': 'NOSUCHFUNCTION()',
  '#NUM!': 'SQRT(-1)',
  '#NULL!': 'A1:A2 B1:B2',
};

function errorCase(error: string, cell: 'name' | 'code', formula: boolean, index: number): Case {
  return {
    category: 3,
    id: `error-${cell}${formula ? '-formula' : ''}-${error.replace(/[^A-Z0-9]/g, '')}`,
    title: `${error} ${formula ? '(formula result) ' : ''}in the ${cell === 'name' ? '名称' : '代码'} cell of an existing entity's row`,
    quick: index === 0,
    async run(t) {
      const victim = SEED_ENTITIES[index % 10]!;
      const other = SEED_ENTITIES[10 + (index % 10)]!;
      const err: Cell = { error, ...(formula ? { formula: ERROR_FORMULAS[error]! } : {}) };
      const bad: Cell[] = cell === 'name' ? [victim.code, err] : [err, victim.name];
      const rows: Cell[][] = [
        ROSTER_HEADER,
        [...bad, '张三', '山西省大同市大同县西坪镇', '西坪镇', '个体工商户', '存续', 'B'],
        [other.code, other.name, '张三', '山西省大同市大同县西坪镇', '西坪镇', '个体工商户', '存续', 'B'],
      ];
      const file = path.join(t.dir, '名录.xlsx');
      fs.writeFileSync(file, buildXlsx([{ name: '名录', rows }]));
      const db = t.copyDb();
      const r = await t.cli(db, ['--json', 'entities', 'import', file], 'either');
      if (r.timedOut) return;
      t.expectSeedData(db, r, 'entities', `row with ${error}`);
      const renamed = queryAll<{ code: string; name: string }>(
        db,
        "SELECT code, name FROM entities WHERE name LIKE '#%' OR code LIKE '#%'",
      );
      t.rec.check(renamed.length === 0, `error value stored: ${JSON.stringify(renamed)}`);
      if (r.code === 0) {
        const out = parseJson<{ errors?: { row: number; reason: string }[]; rejected?: number }>(r.stdout);
        const refused = out?.errors?.find((e) => e.row === 2);
        if (
          t.rec.check(
            refused !== undefined,
            `row 2 (${error} in ${cell}) was not refused (errors: ${JSON.stringify(out?.errors ?? null).slice(0, 200)})`,
          )
        ) {
          t.rec.message(refused!.reason, 'refusal reason of row 2');
        }
      }
    },
  };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Zip bombs

type Importer = 'entities' | 'items' | 'results';
const HEADERS: Record<Importer, string[]> = {
  entities: ROSTER_HEADER,
  items: ['序号', '抽查事项', '检查依据', '检查内容', '检查方式', '适用对象', '备注'],
  results: ['任务编号', '统一社会信用代码', '检查结果', '检查日期'],
};
const GROUP_OF: Record<Importer, TableGroup> = { entities: 'entities', items: 'items', results: 'results' };
export const RSS_LIMIT_MB = 400;

const NSX = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const inlineRow = (r: number, cells: string[]) =>
  `<row r="${r}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`).join('')}</row>`;
const sheetHead = (header: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NSX}"><sheetData>${inlineRow(1, header)}`;
const SHEET_TAIL = '</sheetData></worksheet>';
const MB = 1024 * 1024;

function bombEntries(kind: Importer, bomb: string, megabytes: number): ZipEntry[] {
  const header = HEADERS[kind];
  const base = (
    sheet: ZipEntry,
    extra: ZipEntry[] = [],
    styles: ZipEntry = { name: 'xl/styles.xml', data: STYLES },
    sst: ZipEntry = { name: 'xl/sharedStrings.xml', data: sharedStringsXml([]) },
  ) => [
    { name: '[Content_Types].xml', data: contentTypes(1) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml([{ name: 'Sheet1' }]) },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(1) },
    styles,
    sst,
    sheet,
    ...extra,
  ];
  const junkRow = kind === 'results' ? ['2026-001', 'X', '1'] : ['X', 'X'];
  const filler = (unit: string) => unit.repeat(Math.floor(MB / unit.length));
  switch (bomb) {
    case 'whitespace':
      return base({
        name: 'xl/worksheets/sheet1.xml',
        deflated: deflateRepeated([
          { data: sheetHead(header), repeat: 1 },
          { data: ' '.repeat(MB), repeat: megabytes },
          { data: SHEET_TAIL, repeat: 1 },
        ]),
      });
    case 'giant-cell':
      return base({
        name: 'xl/worksheets/sheet1.xml',
        deflated: deflateRepeated([
          {
            data: `${sheetHead(header)}<row r="2"><c r="A2" t="inlineStr"><is><t>X</t></is></c><c r="B2" t="inlineStr"><is><t>`,
            repeat: 1,
          },
          { data: 'A'.repeat(MB), repeat: megabytes },
          { data: `</t></is></c></row>${SHEET_TAIL}`, repeat: 1 },
        ]),
      });
    case 'many-rows':
      return base({
        name: 'xl/worksheets/sheet1.xml',
        deflated: deflateRepeated([
          { data: sheetHead(header), repeat: 1 },
          { data: filler('<row><c t="inlineStr"><is><t>x</t></is></c></row>'), repeat: megabytes },
          { data: SHEET_TAIL, repeat: 1 },
        ]),
      });
    case 'shared-strings':
      return base(
        {
          name: 'xl/worksheets/sheet1.xml',
          data: `${sheetHead(header)}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>${SHEET_TAIL}`,
        },
        [],
        undefined,
        {
          name: 'xl/sharedStrings.xml',
          deflated: deflateRepeated([
            { data: `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${NSX}">`, repeat: 1 },
            { data: filler('<si><t>x</t></si>'), repeat: megabytes },
            { data: '</sst>', repeat: 1 },
          ]),
        },
      );
    case 'declared-4gb':
      return base({
        name: 'xl/worksheets/sheet1.xml',
        data: `${sheetHead(header)}${inlineRow(2, junkRow)}${SHEET_TAIL}`,
        declaredSize: 0xfffffff0,
      });
    case 'styles':
      return base({ name: 'xl/worksheets/sheet1.xml', data: `${sheetHead(header)}${inlineRow(2, junkRow)}${SHEET_TAIL}` }, [], {
        name: 'xl/styles.xml',
        deflated: deflateRepeated([
          {
            data:
              '<?xml version="1.0" encoding="UTF-8"?>\n' +
              `<styleSheet xmlns="${NSX}">` +
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs>',
            repeat: 1,
          },
          { data: filler('<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'), repeat: megabytes },
          { data: '</cellXfs></styleSheet>', repeat: 1 },
        ]),
      });
    case '65000-entries':
      return base(
        { name: 'xl/worksheets/sheet1.xml', data: `${sheetHead(header)}${inlineRow(2, junkRow)}${SHEET_TAIL}` },
        Array.from({ length: 65_000 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: `${i}`, stored: true })),
      );
    default:
      throw new Error(`unknown bomb ${bomb}`);
  }
}

function bombCase(kind: Importer, bomb: string, quick: boolean): Case {
  return {
    category: 4,
    id: `bomb-${kind}-${bomb}`,
    title: `zip bomb "${bomb}" to the ${kind} importer`,
    heavy: bomb === 'many-rows' || bomb === 'whitespace',
    quick,
    async run(t) {
      const megabytes = t.fx.quick ? 256 : 1024;
      const file = path.join(t.dir, `${kind}.xlsx`);
      fs.writeFileSync(file, writeZip(bombEntries(kind, bomb, megabytes)));
      t.rec.detail('fileBytes', fs.statSync(file).size);
      const db = t.copyDb();
      const args =
        kind === 'entities'
          ? ['--json', 'entities', 'import', file]
          : kind === 'items'
            ? ['--json', 'items', 'import', file]
            : ['--json', 'results', 'import', file, '--task', t.fx.taskCode];
      const r = await t.cli(db, args, 'either', { rss: true, pollMs: 25 });
      const mb = r.peakRssKb === null ? null : Math.round(r.peakRssKb / 1024);
      t.rec.detail('peakRssMb', mb);
      t.rec.check(mb === null || mb <= RSS_LIMIT_MB, `peak memory ${mb} MB > ${RSS_LIMIT_MB} MB`);
      t.expectSeedData(db, r, GROUP_OF[kind], `bomb ${bomb}`);
    },
  };
}

const BOMBS = ['whitespace', 'giant-cell', 'many-rows', 'shared-strings', 'declared-4gb', 'styles', '65000-entries'];

// ---------------------------------------------------------------------------------------------
// 5. Encodings and files that are not what they claim

const NEW_PREFIX = '92140225MA';
const NEW_NAMES = ['大同县编码测试甲号商店', '大同县鑫隆五金店（西坪）', '大同县瑞丰农民专业合作社'];
const newRows = (names = NEW_NAMES) =>
  names.map((name, i) => [uscc(NEW_PREFIX, i), name, '张三', '山西省大同市大同县西坪镇', '西坪镇', '个体工商户', '存续', 'B']);
const csvText = (rows: string[][], sep = ',', eol = '\r\n') => rows.map((r) => r.join(sep)).join(eol) + eol;

/** After an import that should have brought in `names` exactly (no mojibake, no shifted columns). */
function expectNames(t: CaseTools, db: string, r: RunResult, names: string[]): void {
  if (r.code !== 0 || r.timedOut) {
    if (!r.timedOut) t.expectSeedData(db, r, 'entities', 'refused file');
    return;
  }
  const got = queryAll<{ code: string; name: string; legal_rep: string; area: string }>(
    db,
    'SELECT code, name, legal_rep, area FROM entities WHERE code LIKE ? ORDER BY code',
    `${NEW_PREFIX}%`,
  );
  const want = names.map((name, i) => ({ code: uscc(NEW_PREFIX, i), name, legal_rep: '张三', area: '西坪镇' }));
  const same = JSON.stringify(got) === JSON.stringify(want);
  t.rec.data(!same, `imported content differs from the file (mojibake or shifted columns): got ${JSON.stringify(got).slice(0, 300)}`);
  const others = queryAll<{ n: number }>(db, 'SELECT count(*) AS n FROM entities WHERE code NOT LIKE ?', `${NEW_PREFIX}%`)[0]!.n;
  t.rec.data(others !== 20, `entities outside the file appeared or vanished (${others} instead of 20)`);
}

interface EncodingSpec {
  id: string;
  title: string;
  expect: Expect;
  quick?: boolean;
  /** Writes the file into dir and returns its path. */
  make(dir: string, t: CaseTools): string;
  /** Names expected when it imports (entities importer); null: the seed's data must stay. */
  names?: string[] | null;
  importer?: Importer | 'inspectors';
}

const rosterCsv = (names = NEW_NAMES) => csvText([ROSTER_HEADER, ...newRows(names)]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const put = (dir: string, name: string, data: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};
const garbage = (seed: number, size: number) => {
  const rand = prng(seed);
  return Buffer.from(Array.from({ length: size }, () => randInt(rand, 0, 256)));
};
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d6d1a40000000049454e44ae426082',
  'hex',
);

function realXls(rows: string[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '名录');
  return XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

const hiddenFirst = (state: 'hidden' | 'veryHidden') =>
  buildXlsx([
    {
      name: '旧名录',
      state,
      rows: [ROSTER_HEADER, ...SEED_ENTITIES.map((e) => [e.code, `${e.name}（已改名）`, '李四', '隐藏表', '隐藏乡', '企业', '注销', 'D'])],
    },
    {
      name: '名录',
      rows: [
        ROSTER_HEADER,
        ...SEED_ENTITIES.map((e) => [e.code, e.name, '张三', '山西省大同市大同县西坪镇', '西坪镇', '个体工商户', '存续', 'B']),
      ],
    },
  ]);

function mixedRefsSheet(): Buffer {
  // A, then B and C without r=, then E with r= (D empty), then F without r= (follows E).
  const row = (r: number, v: string[]) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${esc(v[0]!)}</t></is></c>` +
    `<c t="inlineStr"><is><t>${esc(v[1]!)}</t></is></c><c t="inlineStr"><is><t>${esc(v[2]!)}</t></is></c>` +
    `<c r="E${r}" t="inlineStr"><is><t>${esc(v[4]!)}</t></is></c><c t="inlineStr"><is><t>${esc(v[5]!)}</t></is></c></row>`;
  const header = ['统一社会信用代码', '名称', '法定代表人', '', '所属区域', '主体类型'];
  const rows = [header, ...newRows().map((r) => [r[0]!, r[1]!, r[2]!, '', r[4]!, r[5]!])];
  const sheet =
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NSX}"><sheetData>` +
    `${rows.map((v, i) => row(i + 1, v)).join('')}</sheetData></worksheet>`;
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes(1) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml([{ name: '名录' }]) },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(1) },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/sharedStrings.xml', data: sharedStringsXml([]) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

function richTextXlsx(): Buffer {
  const names = newRows();
  const sst = names
    .map(
      (r) =>
        `<si><r><t>${esc(r[1]!.slice(0, 3))}</t></r><r><rPr><b/></rPr><t>${esc(r[1]!.slice(3))}</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></si>`,
    )
    .join('');
  const sheet =
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NSX}"><sheetData>${inlineRow(1, ROSTER_HEADER)}` +
    names
      .map(
        (r, i) =>
          `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>${r[0]}</t></is></c><c r="B${i + 2}" t="s"><v>${i}</v></c>` +
          `<c r="C${i + 2}" t="inlineStr"><is><t>张三</t></is></c><c r="D${i + 2}" t="inlineStr"><is><t>${esc(r[3]!)}</t></is></c>` +
          `<c r="E${i + 2}" t="inlineStr"><is><t>西坪镇</t></is></c></row>`,
      )
      .join('') +
    SHEET_TAIL;
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes(1) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml([{ name: '名录' }]) },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(1) },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${NSX}">${sst}</sst>` },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

const ENCODINGS: EncodingSpec[] = [
  { id: 'utf8-csv', title: 'UTF-8 CSV without BOM', expect: 'ok', quick: true, make: (d) => put(d, '名录.csv', rosterCsv()) },
  { id: 'utf8-bom-csv', title: 'UTF-8 CSV with BOM', expect: 'ok', make: (d) => put(d, '名录.csv', '\uFEFF' + rosterCsv()) },
  {
    id: 'utf8-lf-csv',
    title: 'UTF-8 CSV, LF line ends',
    expect: 'ok',
    make: (d) => put(d, '名录.csv', csvText([ROSTER_HEADER, ...newRows()], ',', '\n')),
  },
  {
    id: 'gbk-csv',
    title: 'GBK CSV (as Excel saves it on Chinese Windows)',
    expect: 'ok',
    quick: true,
    make: (d) => put(d, '名录.csv', iconv.encode(rosterCsv(), 'gbk')),
  },
  {
    id: 'gb18030-extb-csv',
    title: 'GB18030 CSV with a CJK Ext-B name',
    expect: 'either',
    names: [...NEW_NAMES.slice(0, 2), '大同县𠀀𠀁商店'],
    make: (d) => put(d, '名录.csv', iconv.encode(rosterCsv([...NEW_NAMES.slice(0, 2), '大同县𠀀𠀁商店']), 'gb18030')),
  },
  {
    id: 'big5-csv',
    title: 'Big5 CSV (traditional characters)',
    expect: 'either',
    names: ['大同縣編碼測試商店', '大同縣鑫隆五金店', '大同縣瑞豐合作社'],
    make: (d) => put(d, '名录.csv', iconv.encode(rosterCsv(['大同縣編碼測試商店', '大同縣鑫隆五金店', '大同縣瑞豐合作社']), 'big5')),
  },
  {
    id: 'utf16le-bom-csv',
    title: 'UTF-16LE CSV with BOM',
    expect: 'ok',
    quick: true,
    make: (d) => put(d, '名录.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rosterCsv(), 'utf16le')])),
  },
  {
    id: 'utf16be-bom-csv',
    title: 'UTF-16BE CSV with BOM',
    expect: 'ok',
    make: (d) => put(d, '名录.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(rosterCsv())])),
  },
  {
    id: 'utf16le-nobom-csv',
    title: 'UTF-16LE CSV without BOM',
    expect: 'either',
    make: (d) => put(d, '名录.csv', Buffer.from(rosterCsv(), 'utf16le')),
  },
  { id: 'utf16be-nobom-csv', title: 'UTF-16BE CSV without BOM', expect: 'either', make: (d) => put(d, '名录.csv', utf16be(rosterCsv())) },
  {
    id: 'utf16le-tab-csv',
    title: 'UTF-16LE tab-separated (Excel "Unicode text") named .csv',
    expect: 'either',
    make: (d) =>
      put(d, '名录.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText([ROSTER_HEADER, ...newRows()], '\t'), 'utf16le')])),
  },
  { id: 'empty-csv', title: 'empty .csv (0 bytes)', expect: 'fail', quick: true, names: null, make: (d) => put(d, '名录.csv', '') },
  { id: 'empty-xlsx', title: 'empty .xlsx (0 bytes)', expect: 'fail', quick: true, names: null, make: (d) => put(d, '名录.xlsx', '') },
  { id: 'bom-only-csv', title: '.csv holding only a BOM', expect: 'fail', names: null, make: (d) => put(d, '名录.csv', '\uFEFF') },
  {
    id: 'header-only-csv',
    title: '.csv with the header row only',
    expect: 'either',
    names: null,
    make: (d) => put(d, '名录.csv', csvText([ROSTER_HEADER])),
  },
  {
    id: 'garbage-xlsx',
    title: 'binary garbage named .xlsx',
    expect: 'fail',
    quick: true,
    names: null,
    make: (d) => put(d, '名录.xlsx', garbage(1, 4096)),
  },
  { id: 'garbage-csv', title: 'binary garbage named .csv', expect: 'fail', names: null, make: (d) => put(d, '名录.csv', garbage(2, 4096)) },
  { id: 'garbage-xls', title: 'binary garbage named .xls', expect: 'fail', names: null, make: (d) => put(d, '名录.xls', garbage(3, 4096)) },
  { id: 'garbage-et', title: 'binary garbage named .et', expect: 'fail', names: null, make: (d) => put(d, '名录.et', garbage(4, 4096)) },
  {
    id: 'ole-garbage-xls',
    title: '.xls with an OLE signature and garbage after it',
    expect: 'fail',
    names: null,
    make: (d) => put(d, '名录.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), garbage(5, 4096)])),
  },
  {
    id: 'zip-not-xlsx',
    title: 'a zip with a text file, named .xlsx',
    expect: 'fail',
    names: null,
    make: (d) => put(d, '名录.xlsx', writeZip([{ name: 'readme.txt', data: '说明' }])),
  },
  { id: 'png-as-xlsx', title: 'a PNG image named .xlsx', expect: 'fail', names: null, make: (d) => put(d, '名录.xlsx', PNG) },
  {
    id: 'pdf-as-csv',
    title: 'a PDF named .csv',
    expect: 'fail',
    names: null,
    make: (d) =>
      put(d, '名录.csv', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  },
  { id: 'txt-extension', title: 'a CSV roster with the extension .txt', expect: 'either', make: (d) => put(d, '名录.txt', rosterCsv()) },
  {
    id: 'folder-xlsx',
    title: 'a folder named 名录.xlsx',
    expect: 'fail',
    quick: true,
    names: null,
    make: (d) => (fs.mkdirSync(path.join(d, '名录.xlsx')), path.join(d, '名录.xlsx')),
  },
  {
    id: 'folder-plain',
    title: 'a folder given as the file',
    expect: 'fail',
    names: null,
    make: (d) => (fs.mkdirSync(path.join(d, '资料')), path.join(d, '资料')),
  },
  {
    id: 'missing-file',
    title: 'a file that does not exist',
    expect: 'fail',
    quick: true,
    names: null,
    make: (d) => path.join(d, '不存在的名录.xlsx'),
  },
  {
    id: 'missing-folder',
    title: 'a file in a folder that does not exist',
    expect: 'fail',
    names: null,
    make: (d) => path.join(d, '没有这个文件夹', '名录.xlsx'),
  },
  {
    id: 'hidden-first-sheet',
    title: 'first sheet hidden (old names), second visible (current)',
    expect: 'either',
    quick: true,
    names: null,
    make: (d) => put(d, '名录.xlsx', hiddenFirst('hidden')),
  },
  {
    id: 'veryhidden-first-sheet',
    title: 'first sheet veryHidden (old names), second visible',
    expect: 'either',
    names: null,
    make: (d) => put(d, '名录.xlsx', hiddenFirst('veryHidden')),
  },
  {
    id: 'no-refs',
    title: 'rows and cells without r=',
    expect: 'ok',
    quick: true,
    make: (d) => put(d, '名录.xlsx', buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, ...newRows()], noRefs: true }])),
  },
  {
    id: 'mixed-refs',
    title: 'some cells with r=, some without, a gap in between',
    expect: 'ok',
    make: (d) => put(d, '名录.xlsx', mixedRefsSheet()),
  },
  {
    id: 'inline-strings',
    title: 'inline strings instead of shared strings',
    expect: 'ok',
    make: (d) => put(d, '名录.xlsx', buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, ...newRows()], inline: true }])),
  },
  {
    id: 'prefixed-namespace',
    title: 'sheet XML with an x: namespace prefix (OpenXML SDK)',
    expect: 'ok',
    make: (d) => put(d, '名录.xlsx', buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, ...newRows()], prefixed: true, inline: true }])),
  },
  { id: 'rich-text', title: 'names as rich text runs with phonetic hints', expect: 'ok', make: (d) => put(d, '名录.xlsx', richTextXlsx()) },
  {
    id: 'no-sheets',
    title: 'a workbook with no sheets',
    expect: 'fail',
    names: null,
    make: (d) =>
      put(
        d,
        '名录.xlsx',
        writeZip([
          { name: '[Content_Types].xml', data: contentTypes(0) },
          { name: '_rels/.rels', data: ROOT_RELS },
          { name: 'xl/workbook.xml', data: workbookXml([]) },
          { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(0) },
        ]),
      ),
  },
  {
    id: 'missing-sheet-part',
    title: 'workbook names a sheet whose part is missing',
    expect: 'fail',
    names: null,
    make: (d) =>
      put(
        d,
        '名录.xlsx',
        writeZip([
          { name: '[Content_Types].xml', data: contentTypes(1) },
          { name: '_rels/.rels', data: ROOT_RELS },
          { name: 'xl/workbook.xml', data: workbookXml([{ name: '名录' }]) },
          { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(1) },
          { name: 'xl/styles.xml', data: STYLES },
        ]),
      ),
  },
  {
    id: 'real-xls',
    title: 'a real .xls (BIFF8) with Chinese names',
    expect: 'ok',
    make: (d) => put(d, '名录.xls', realXls([ROSTER_HEADER, ...newRows()])),
  },
  {
    id: 'real-et',
    title: 'the same BIFF8 file named .et (WPS)',
    expect: 'ok',
    make: (d) => put(d, '名录.et', realXls([ROSTER_HEADER, ...newRows()])),
  },
  {
    id: 'xlsx-named-csv',
    title: 'a real .xlsx named .csv',
    expect: 'either',
    make: (d) => put(d, '名录.csv', buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, ...newRows()] }])),
  },
  { id: 'csv-named-xlsx', title: 'a real UTF-8 CSV named .xlsx', expect: 'either', make: (d) => put(d, '名录.xlsx', rosterCsv()) },
  // Other importers.
  {
    id: 'inspectors-gbk-csv',
    title: 'inspectors: GBK CSV',
    expect: 'ok',
    importer: 'inspectors',
    make: (d) =>
      put(
        d,
        '执法人员.csv',
        iconv.encode(csvText([INSPECTOR_HEADER, ['新来的王五', '14029001', '2099-12-31', '西坪市场监管所', '食品安全', '在岗']]), 'gbk'),
      ),
  },
  {
    id: 'inspectors-utf16le-csv',
    title: 'inspectors: UTF-16LE CSV with BOM',
    expect: 'ok',
    importer: 'inspectors',
    make: (d) =>
      put(
        d,
        '执法人员.csv',
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(
            csvText([INSPECTOR_HEADER, ['新来的王五', '14029001', '2099-12-31', '西坪市场监管所', '食品安全', '在岗']]),
            'utf16le',
          ),
        ]),
      ),
  },
  {
    id: 'inspectors-garbage',
    title: 'inspectors: binary garbage .xlsx',
    expect: 'fail',
    importer: 'inspectors',
    make: (d) => put(d, '执法人员.xlsx', garbage(6, 2048)),
  },
  {
    id: 'items-garbage',
    title: 'items: binary garbage .xlsx',
    expect: 'fail',
    importer: 'items',
    make: (d) => put(d, '清单.xlsx', garbage(7, 2048)),
  },
  { id: 'items-empty', title: 'items: empty .xlsx', expect: 'fail', importer: 'items', make: (d) => put(d, '清单.xlsx', '') },
  {
    id: 'items-folder',
    title: 'items: a folder named 清单.xlsx',
    expect: 'fail',
    importer: 'items',
    make: (d) => (fs.mkdirSync(path.join(d, '清单.xlsx')), path.join(d, '清单.xlsx')),
  },
  { id: 'items-missing', title: 'items: a missing file', expect: 'fail', importer: 'items', make: (d) => path.join(d, '没有的清单.xlsx') },
  {
    id: 'items-gbk-csv',
    title: 'items: a GBK CSV',
    expect: 'either',
    importer: 'items',
    make: (d) =>
      put(d, '清单.csv', iconv.encode(csvText([HEADERS.items, ['15', '编码测试事项', '', '', '', '', '市场监管执法事项']]), 'gbk')),
  },
  {
    id: 'results-garbage',
    title: 'results: binary garbage .xlsx',
    expect: 'fail',
    importer: 'results',
    make: (d) => put(d, '结果.xlsx', garbage(8, 2048)),
  },
  { id: 'results-empty', title: 'results: empty .xlsx', expect: 'fail', importer: 'results', make: (d) => put(d, '结果.xlsx', '') },
  {
    id: 'results-folder',
    title: 'results: a folder named 结果.xlsx',
    expect: 'fail',
    importer: 'results',
    make: (d) => (fs.mkdirSync(path.join(d, '结果.xlsx')), path.join(d, '结果.xlsx')),
  },
  {
    id: 'results-missing',
    title: 'results: a missing file',
    expect: 'fail',
    importer: 'results',
    make: (d) => path.join(d, '没有的结果.xlsx'),
  },
  {
    id: 'results-hidden-first',
    title: 'results: first sheet hidden',
    expect: 'fail',
    importer: 'results',
    make: (d, t) =>
      put(
        d,
        '结果.xlsx',
        buildXlsx([
          { name: '旧', state: 'hidden', rows: [HEADERS.results, [t.fx.taskCode, t.fx.selected[0]!.code, '1', '2026-12-01']] },
          { name: '空', rows: [['说明'], ['本表无数据']] },
        ]),
      ),
  },
];

function encodingCase(spec: EncodingSpec): Case {
  return {
    category: 5,
    id: `enc-${spec.id}`,
    title: spec.title,
    quick: spec.quick ?? false,
    async run(t) {
      const file = spec.make(t.dir, t);
      const db = t.copyDb();
      const importer = spec.importer ?? 'entities';
      const args =
        importer === 'results' ? ['--json', 'results', 'import', file, '--task', t.fx.taskCode] : ['--json', importer, 'import', file];
      const r = await t.cli(db, args, spec.expect);
      if (r.timedOut) return;
      if (importer === 'entities') {
        if (spec.names === null) t.expectSeedData(db, r, 'entities', spec.id);
        else expectNames(t, db, r, spec.names ?? NEW_NAMES);
      } else if (importer === 'inspectors') {
        if (r.code === 0) {
          const got = queryAll<{ name: string }>(db, "SELECT name FROM inspectors WHERE cert_no = '14029001'");
          t.rec.data(got[0]?.name !== '新来的王五', `inspector imported as ${JSON.stringify(got)} (mojibake?)`);
          const others = queryAll<{ n: number }>(db, "SELECT count(*) AS n FROM inspectors WHERE cert_no <> '14029001'")[0]!.n;
          t.rec.data(others !== SEED_INSPECTORS.length, 'other inspectors changed');
        } else t.expectSeedData(db, r, 'inspectors', spec.id);
      } else if (importer === 'items') {
        if (r.code === 0) {
          const got = queryAll<{ name: string }>(db, "SELECT name FROM items WHERE name LIKE '%编码测试%'");
          t.rec.data(got.length > 0 && got[0]!.name !== '编码测试事项', `item imported as ${JSON.stringify(got)} (mojibake?)`);
        } else t.expectSeedData(db, r, 'items', spec.id);
      } else t.expectSeedData(db, r, 'results', spec.id);
    },
  };
}

export function fileCases(): Case[] {
  return [
    flipControl,
    ...Array.from({ length: 100 }, (_, i) => flipCase(i)),
    ...TRUNCATIONS.map(([label, size, quick]) => truncateCase(label, size, quick)),
    vanishCase('truncate-half-1s', 'truncate-half', 'time', 1000, true),
    vanishCase('truncate-zero-1s', 'truncate-zero', 'time', 1000, false),
    vanishCase('delete-1s', 'delete', 'time', 1000, false),
    vanishCase('delete-at-begin', 'delete', 'backup', 0, false),
    vanishCase('overwrite-300ms', 'overwrite-random', 'backup', 300, false),
    vanishCase('truncate-half-800ms', 'truncate-half', 'backup', 800, false),
    vanishCase('replace-text-1500ms', 'replace-with-text', 'time', 1500, false),
    ...ERRORS.flatMap((e, i) => [
      errorCase(e, 'name', false, i),
      errorCase(e, 'code', false, i),
      errorCase(e, 'name', true, i + 7),
      errorCase(e, 'code', true, i + 7),
    ]),
    ...(['entities', 'items', 'results'] as const).flatMap((kind) =>
      BOMBS.map((b) => bombCase(kind, b, b === 'giant-cell' || b === 'shared-strings')),
    ),
    ...ENCODINGS.map(encodingCase),
  ];
}
