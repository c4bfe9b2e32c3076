import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { ImportKind } from '../core/import/column-mapping.ts';
import type { ImportResult } from '../core/import/run-import.ts';
import type { CliSession } from './session.ts';

interface ImportOptions {
  roster?: string;
  acceptFlagged?: boolean;
  report?: string;
  sheet?: string;
  dryRun?: boolean;
  mapValues?: string;
}

/** A --map-values file: {"信用风险分类": {"一般关注": "B"}, "状态": {"挂职": "借调"}}; the core checks the values. */
function readValueMaps(session: CliSession, file: string): Record<string, Record<string, string>> {
  const name = `文件“${path.basename(file)}”`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    const code = (err as { code?: string }).code;
    session.fail(code === 'ENOENT' ? `${name}不存在。` : `${name}不是有效的 JSON：${code ? '无法读取' : '请检查括号、引号和逗号'}。`);
  }
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isMap(parsed) || !Object.values(parsed).every((v) => isMap(v) && Object.values(v).every((x) => typeof x === 'string'))) {
    session.fail(`${name}的格式应为 {"列名": {"文件中的写法": "导入为"}}，例如 {"信用风险分类": {"一般关注": "B"}}。`);
  }
  return parsed as Record<string, Record<string, string>>;
}

/** Inspects, imports and waits, exactly as the wizard does with the proposed column mapping. */
async function importFile(session: CliSession, kind: ImportKind, file: string, opts: ImportOptions): Promise<void> {
  const { ctx, out } = session.open();
  const filePath = path.resolve(file);
  const valueMaps = opts.mapValues ? readValueMaps(session, opts.mapValues) : undefined;
  const inspection = await invoke(ctx, 'import:inspect', { kind, path: filePath, sheet: opts.sheet });
  if (inspection.missing.length > 0) {
    session.fail(`文件中找不到${inspection.missing.map((m) => `“${m}”`).join('、')}列，无法导入。`);
  }
  const started = await invoke(ctx, 'import:start', {
    kind,
    path: filePath,
    sheet: inspection.sheet,
    headerRow: inspection.headerRow,
    columns: inspection.columns,
    roster: opts.roster,
    acceptFlagged: opts.acceptFlagged ?? false,
    valueMaps,
    valueMapsSource: opts.mapValues ? `文件“${path.basename(opts.mapValues)}”` : undefined,
    dryRun: opts.dryRun ?? false,
  });
  const done = await invoke(ctx, 'jobs:wait', { jobId: started.id });
  if (done.state !== 'done') session.fail(done.error ?? '导入未完成。');
  const result = done.result as ImportResult;
  if (opts.report) await invoke(ctx, 'import:report', { jobId: started.id, path: path.resolve(opts.report) });
  const { total: _t, flaggedAccepted: _f, ...counts } = result.counts;
  const summary = {
    dryRun: result.dryRun,
    ...counts,
    errors: result.errors.map(({ row, code, reason }) => ({ row, code, reason })),
    hints: result.hints.map(({ row, code, name, reason }) => ({ row, code, name: name ?? '', reason })),
    valueMapping: result.values.map((v) => ({
      field: v.field,
      label: v.label,
      column: v.column,
      values: v.entries.map((e) => ({ raw: e.raw, value: e.value, source: e.source, count: e.count, firstRow: e.firstRow })),
    })),
  };
  const verb = result.dryRun ? '预览（未写入）' : '已导入';
  out.print(summary, (s) => [
    `${verb} ${result.fileName}：新增 ${s.new}，更新 ${s.updated}，不变 ${s.unchanged}，校验位存疑 ${s.flagged}，拒绝 ${s.rejected}，跳过 ${s.skipped}，有提示 ${s.hinted}`,
    ...s.valueMapping.flatMap((v) => [
      `  取值对应 · ${v.label}（“${v.column}”列）：`,
      ...v.values.map((e) => `    ${e.raw} → ${e.value || '（空）'}（${VALUE_SOURCE_TEXT[e.source]}，${e.count} 行）`),
    ]),
    ...s.errors.map((e) => `  第 ${e.row} 行 ${e.code}：${e.reason}`),
    ...s.hints.map((e) => `  提示 第 ${e.row} 行 ${e.name ? `${e.name} ` : ''}${e.code}：${e.reason}`),
    ...(opts.report ? [`错误报告：${path.resolve(opts.report)}`] : []),
  ]);
}

const VALUE_SOURCE_TEXT = { builtin: '内置同义词', remembered: '上次的选择', chosen: '本次指定', unknown: '无法识别' } as const;

function importOptions(command: Command): Command {
  return command
    .option('--report <out.xlsx>', '把未导入的行写成 Excel 错误报告')
    .option('--sheet <name>', '工作表名称（默认第一个）')
    .option('--dry-run', '只预览：逐行检查并报告将要做什么，不写入')
    .option('--map-values <file.json>', '取值对应，如 {"信用风险分类": {"一般关注": "B"}}，优先于内置同义词');
}

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

/** `shuangsuiji entities|inspectors|rosters|conflicts …`: the 名录库 from the command line. */
export function registerRosterCommands(program: Command, session: CliSession): void {
  const entities = program.command('entities').description('检查对象名录库（市场主体）');
  importOptions(entities.command('import <file>'))
    .description('导入市场主体名录（.xlsx / .xls / .et / .csv）')
    .option('--roster <name>', '导入的主体加入的名录', '市场主体名录')
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

  const inspectors = program.command('inspectors').description('执法检查人员名录库');
  importOptions(inspectors.command('import <file>'))
    .description('导入执法检查人员名录（.xlsx / .xls / .et / .csv）')
    .action((file: string, opts: ImportOptions) => importFile(session, 'inspectors', file, opts));
  inspectors
    .command('list')
    .description('列出执法检查人员')
    .option('--search <text>', '只列出姓名、执法证号、科室或电话含此文字的人员')
    .option('--tag <tag>', '只列出具有该执法领域/业务专长的人员，如 食品安全')
    .action(async (opts: { search?: string; tag?: string }) => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'inspectors:list', { ...(opts.search ? { search: opts.search } : {}), ...(opts.tag ? { tag: opts.tag } : {}) });
      out.print(list, (l) => l.map((i) => `${i.certNo}\t${i.name}\t${i.unit}\t${i.status}\t${i.certExpiry ?? ''}\t${i.tags.join('、')}`));
    });
  inspectors
    .command('tags')
    .description('列出已有的执法领域/业务专长及人数')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'inspectors:tags', {});
      out.print(list, (l) => l.map((t) => `${t.tag}\t${t.count} 人\t在岗 ${t.onDuty} 人`));
    });

  program
    .command('conflicts')
    .description('回避关系')
    .command('import <file>')
    .description('导入回避关系（执法证号、统一社会信用代码、回避原因）')
    .option('--report <out.xlsx>', '把未导入的行写成 Excel 错误报告')
    .option('--dry-run', '只预览，不写入')
    .action((file: string, opts: ImportOptions) => importFile(session, 'conflicts', file, opts));

  program
    .command('rosters')
    .description('名录')
    .command('list')
    .description('列出名录及其主体数')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'rosters:list', {});
      out.print(list, (l) => l.map((r) => `${r.name}\t${r.entityCount} 个主体\t${r.items.map((i) => i.name).join('、')}`));
    });
}
