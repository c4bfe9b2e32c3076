import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput, CallOutput } from '../api/contract.ts';
import { departmentIdOf } from './department-commands.ts';
import type { CliSession } from './session.ts';

type ImportKind = CallInput<'import:inspect'>['kind'];
type ImportResult = NonNullable<CallOutput<'import:start'>['result']>;

export interface ImportOptions {
  roster?: string;
  acceptFlagged?: boolean;
  report?: string;
  sheet?: string;
  dryRun?: boolean;
  mapValues?: string;
  /** Inspectors: the department the list is imported for (name, 简称 or 本局). */
  dept?: string;
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
export async function importFile(session: CliSession, kind: ImportKind, file: string, opts: ImportOptions): Promise<void> {
  const { ctx, out } = session.open();
  const filePath = path.resolve(file);
  const valueMaps = opts.mapValues ? readValueMaps(session, opts.mapValues) : undefined;
  const departmentId = opts.dept === undefined ? undefined : await departmentIdOf(ctx, opts.dept, '所属部门');
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
    departmentId,
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

export function importOptions(command: Command): Command {
  return command
    .option('--report <out.xlsx>', '把未导入的行写成 Excel 错误报告')
    .option('--sheet <name>', '工作表名称（默认第一个）')
    .option('--dry-run', '只预览：逐行检查并报告将要做什么，不写入')
    .option('--map-values <file.json>', '取值对应，如 {"信用风险分类": {"一般关注": "B"}}，优先于内置同义词');
}

const TEMPLATE_WHAT: Record<ImportKind, string> = { entities: '市场主体名录', inspectors: '执法检查人员名录', conflicts: '回避关系' };

/** `<group> template FILE`: the blank workbook the import wizard offers for download. */
export function addTemplateCommand(group: Command, kind: ImportKind, session: CliSession): void {
  group
    .command('template <file>')
    .description(`保存空白的${TEMPLATE_WHAT[kind]}导入模板（.xlsx）`)
    .action(async (file: string) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'import:template', { kind, path: path.resolve(file) });
      out.print(r, (x) => [`已保存${TEMPLATE_WHAT[kind]}导入模板：${x.path}`]);
    });
}
