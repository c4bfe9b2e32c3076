import path from 'node:path';
import { Option, type Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput, CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { addTemplateCommand, importFile, importOptions, type ImportOptions } from './import-commands.ts';
import { localTime } from './cli-time.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

type Entity = CallOutput<'entities:get'>['entity'];
type EntityDetail = CallOutput<'entities:get'>;
type EntityInput = CallInput<'entities:save'>['entity'];

/** The filters `entities list` and `entities export` take (commander camel-cases --reg-authority). */
interface EntityListOptions {
  search?: string;
  roster?: string;
  regAuthority?: string;
  jurisdiction?: string;
}

function entityFilterOf(opts: EntityListOptions) {
  return { search: opts.search, roster: opts.roster, regAuthority: opts.regAuthority, jurisdiction: opts.jurisdiction };
}

/** Each entity field, its option and its label on the entity form. */
const FIELDS = [
  ['name', '--name', '名称'],
  ['legalRep', '--legal-rep', '法定代表人'],
  ['address', '--address', '住所'],
  ['area', '--area', '所属区域'],
  ['regAuthority', '--reg-authority', '登记机关'],
  ['jurisdiction', '--jurisdiction', '管辖单位'],
  ['industry', '--industry', '行业门类'],
  ['entityType', '--type', '主体类型：企业、个体工商户、农民专业合作社、其他'],
  ['regStatus', '--status', '登记状态（如 存续、注销）'],
  ['established', '--established', '成立日期，如 2015-06-30'],
  ['phone', '--phone', '联系电话'],
  ['riskClass', '--risk', '信用风险分类：A、B、C、D（写 none 清空）'],
  ['notes', '--notes', '备注'],
] as const;

/** What commander calls an option's value: --legal-rep → legalRep, --type → type. */
const attr = (option: string) => option.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const OPTION_NAMES = {
  'entity.code': '统一社会信用代码',
  code: '统一社会信用代码',
  ...Object.fromEntries(FIELDS.map(([key, option]) => [`entity.${key}`, option])),
  rosters: '--roster',
  roster: '--roster',
};

interface EntityOptions {
  [option: string]: string | string[] | boolean | undefined;
  roster?: string[];
  acceptFlagged?: boolean;
}

/** The core words a refusal for the entity form; here the checkbox is an option. */
const SCREEN_WORDS = { '请勾选“接受校验位不符的代码”': '请加 --accept-flagged' };

const collect = (value: string, list: string[] = []) => [...list, value];

function entityOptions(command: Command, editing: boolean): Command {
  for (const [key, option, label] of FIELDS) {
    const flag = `${option} <${key === 'established' ? 'date' : 'text'}>`;
    const made = new Option(flag, editing ? `${label}（不写则不变）` : label);
    command.addOption(!editing && key === 'name' ? made.makeOptionMandatory() : made);
  }
  return command
    .option('--roster <name>', editing ? '所属名录（可重复；给出时替换原有名录）' : '加入的名录（可重复）', collect)
    .option('--accept-flagged', '接受校验位不符的代码（早期试点代码）');
}

/** An entity by its 统一社会信用代码 as typed; the search finds it, the code must match exactly. */
async function entityOf(ctx: AppContext, session: CliSession, code: string): Promise<Entity> {
  const wanted = code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const page = await invoke(ctx, 'entities:query', { search: wanted, limit: 1000 });
  return page.rows.find((e) => e.code === wanted) ?? session.fail(`名录库中没有统一社会信用代码为 ${code} 的市场主体。`);
}

function inputOf(code: string, o: EntityOptions, base?: Entity): EntityInput {
  const input: Record<string, unknown> = { code };
  if (base) for (const [key] of FIELDS) input[key] = base[key];
  for (const [key, option] of FIELDS) {
    const value = o[attr(option)];
    if (typeof value === 'string') input[key] = value;
  }
  if (typeof o.risk === 'string') input.riskClass = /^(none|无)?$/i.test(o.risk.trim()) ? null : o.risk.trim().toUpperCase();
  if (typeof o.established === 'string') input.established = o.established.trim() || null;
  return input as EntityInput;
}

function entityLines(d: EntityDetail): string[] {
  const e = d.entity;
  const shown = FIELDS.map(([key, , label]) => `  ${label.replace(/[：（，].*$/, '')}：${e[key] ?? ''}`);
  return [
    `${e.code}　${e.name}${e.codeFlagged ? '（代码校验位不符，已确认接受）' : ''}`,
    ...shown.slice(1),
    `  所属名录：${e.rosters.join('、') || '—'}`,
    ...d.history.map((h) => {
      const what = h.changes.map((c) => (c.field === 'created' ? c.label : `${c.label} ${c.before || '（空）'} → ${c.after || '（空）'}`));
      return `  ${localTime(h.changedAt)} ${h.source}：${what.join('；')}`;
    }),
  ];
}

/** `shuangsuiji entities …`: the 检查对象名录库 from the command line. */
export function registerEntityCommands(program: Command, session: CliSession): void {
  const entities = program.command('entities').description('检查对象名录库（市场主体）');
  importOptions(entities.command('import <file>'))
    .description('导入市场主体名录（.xlsx / .xls / .et / .csv）')
    .option('--roster <name>', '导入的主体加入的名录（不写则加入默认名录，见 vocabulary 命令）')
    .option('--accept-flagged', '接受校验位不符的代码（早期试点代码）')
    .action((file: string, opts: ImportOptions) => importFile(session, 'entities', file, opts));
  entities
    .command('list')
    .description('列出市场主体（全部匹配，不分页）')
    .option('--search <text>', '按名称、代码、法定代表人、住所搜索')
    .option('--roster <name>', '只列出该名录中的主体')
    .option('--reg-authority <name>', '只列出该登记机关登记的主体')
    .option('--jurisdiction <name>', '只列出该管辖单位管辖的主体')
    .action(async (opts: EntityListOptions) => {
      const { ctx, out } = session.open();
      const filter = entityFilterOf(opts);
      const page = await invoke(ctx, 'entities:query', { ...filter, limit: 1000 });
      const rows = [...page.rows];
      for (let offset = rows.length; offset < page.total; offset += 1000) {
        rows.push(...(await invoke(ctx, 'entities:query', { ...filter, offset, limit: 1000 })).rows);
      }
      const list = rows.map((e) => ({ uscc: e.code, status: e.regStatus, ...e }));
      out.print(list, (l) => l.map((e) => `${e.uscc}\t${e.name}\t${e.status}\t${e.rosters.join('、')}`));
    });
  entities
    .command('export <file>')
    .description('导出市场主体名录为 Excel')
    .option('--search <text>', '只导出搜索到的主体')
    .option('--roster <name>', '只导出该名录中的主体')
    .option('--reg-authority <name>', '只导出该登记机关登记的主体')
    .option('--jurisdiction <name>', '只导出该管辖单位管辖的主体')
    .action(async (file: string, opts: EntityListOptions) => {
      const { ctx, out } = session.open();
      const result = await invoke(ctx, 'entities:export', { ...entityFilterOf(opts), path: path.resolve(file) });
      out.print(result, (r) => [`已导出 ${r.count} 个市场主体到 ${r.path}`]);
    });
  entities
    .command('show <code>')
    .description('查看一个市场主体的全部信息和修改记录')
    .action(async (code: string) => {
      const { ctx, out } = session.open();
      const { id } = await entityOf(ctx, session, code);
      out.print(await invoke(ctx, 'entities:get', { id }), entityLines);
    });
  entityOptions(
    entities.command('add <code>').usage('<code> --name <名称> [选项]').description('新增一个市场主体（按导入的规则检查代码）'),
    false,
  ).action(async (code: string, o: EntityOptions) => {
    const { ctx, out } = session.open();
    const saved = await invokeWithOptions(
      ctx,
      'entities:save',
      { entity: inputOf(code, o), acceptFlagged: o.acceptFlagged, rosters: o.roster },
      OPTION_NAMES,
      SCREEN_WORDS,
    );
    out.print(saved, (d) => [`已新增市场主体 ${d.entity.code}　${d.entity.name}`]);
  });
  entityOptions(
    entities.command('edit <code>').usage('<code> [选项]').description('修改一个市场主体：只改给出的选项，修改记入其修改记录'),
    true,
  )
    .option('--new-code <code>', '更正统一社会信用代码')
    .action(async (code: string, o: EntityOptions) => {
      const { ctx, out } = session.open();
      const before = await entityOf(ctx, session, code);
      const input = inputOf(typeof o.newCode === 'string' ? o.newCode : before.code, o, before);
      const saved = await invokeWithOptions(
        ctx,
        'entities:save',
        { id: before.id, entity: input, acceptFlagged: o.acceptFlagged ?? before.codeFlagged, rosters: o.roster },
        { ...OPTION_NAMES, code: '--new-code', 'entity.code': '--new-code' },
        SCREEN_WORDS,
      );
      out.print(saved, (d) => [`已修改市场主体 ${d.entity.code}　${d.entity.name}`]);
    });
  entities
    .command('facets')
    .description('名录中已有的所属区域、登记机关、管辖单位、行业门类、登记状态和名录（定向条件可用的值）')
    .action(async () => {
      const { ctx, out } = session.open();
      const f = await invoke(ctx, 'entities:facets', {});
      out.print(f, (x) => [
        `所属区域\t${x.areas.join('、')}`,
        `登记机关\t${x.regAuthorities.join('、')}`,
        `管辖单位\t${x.jurisdictions.join('、')}`,
        `行业门类\t${x.industries.join('、')}`,
        `登记状态\t${x.statuses.join('、')}`,
        `名录\t${x.rosters.join('、')}`,
      ]);
    });
  addTemplateCommand(entities, 'entities', session);
}
