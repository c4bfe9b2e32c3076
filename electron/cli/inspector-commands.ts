import path from 'node:path';
import { Option, type Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput, CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { departmentIdOf } from './department-commands.ts';
import { addTemplateCommand, importFile, importOptions, type ImportOptions } from './import-commands.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

type Inspector = CallOutput<'inspectors:get'>;
type InspectorInput = CallInput<'inspectors:save'>['inspector'];

interface InspectorOptions {
  name?: string;
  cert?: string;
  expiry?: string;
  unit?: string;
  phone?: string;
  tags?: string;
  status?: string;
  notes?: string;
  dept?: string;
}

const OPTION_NAMES = {
  'inspector.name': '--name',
  'inspector.certNo': '--cert',
  certNo: '--cert',
  'inspector.certExpiry': '--expiry',
  'inspector.unit': '--unit',
  'inspector.phone': '--phone',
  'inspector.tags': '--tags',
  'inspector.status': '--status',
  'inspector.notes': '--notes',
  'inspector.departmentId': '--dept',
  departmentId: '--dept',
};

const CERT_STATES = { valid: '有效', expiring: '即将到期', expired: '已过期', unknown: '未填有效期' } as const;

function inspectorOptions(command: Command, editing: boolean): Command {
  const keep = editing ? '（不写则不变）' : '';
  const needed = (flags: string, text: string) => (editing ? new Option(flags, text) : new Option(flags, text).makeOptionMandatory());
  return command
    .addOption(needed('--name <name>', `姓名${keep}`))
    .addOption(needed('--cert <no>', editing ? '更正执法证号' : '执法证号'))
    .option('--expiry <date>', `执法证有效期至，如 2027-12-31${editing ? '（写 none 清空）' : ''}`)
    .option('--unit <name>', `所属科室/所${keep}`)
    .option('--phone <text>', `联系电话${keep}`)
    .option('--tags <tags>', `执法领域/业务专长，多个用顿号或逗号分隔，如 食品安全、特种设备${editing ? '（给出时替换原有的）' : ''}`)
    .option('--status <status>', `状态：在岗、退休、借调、休假、病休、调离、停用（只抽取在岗人员）${editing ? keep : '（默认在岗）'}`)
    .option('--notes <text>', `备注${keep}`)
    .option('--dept <name>', `所属部门：部门名称或简称（本局写“本局”）${editing ? keep : '（默认本局）'}`);
}

/** The options over `base`, with --dept looked up by the core (its refusal lists the departments). */
async function inputWithDepartment(ctx: AppContext, o: InspectorOptions, base?: Inspector): Promise<InspectorInput> {
  const input = inputOf(o, base);
  return o.dept === undefined ? input : { ...input, departmentId: await departmentIdOf(ctx, o.dept, '所属部门') };
}

/** An inspector by 执法证号 as typed (full-width, spaces and case do not matter). */
async function inspectorOf(ctx: AppContext, session: CliSession, cert: string): Promise<Inspector> {
  const wanted = cert.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const list = await invoke(ctx, 'inspectors:list', { search: wanted });
  return list.find((i) => i.certNo === wanted) ?? session.fail(`没有执法证号为 ${cert} 的执法检查人员。`);
}

function inputOf(o: InspectorOptions, base?: Inspector): InspectorInput {
  const input: Record<string, unknown> = base
    ? {
        name: base.name,
        certNo: base.certNo,
        certExpiry: base.certExpiry,
        unit: base.unit,
        phone: base.phone,
        tags: base.tags,
        status: base.status,
        notes: base.notes,
      }
    : {};
  const given: [keyof InspectorOptions, string][] = [
    ['name', 'name'],
    ['cert', 'certNo'],
    ['unit', 'unit'],
    ['phone', 'phone'],
    ['tags', 'tags'],
    ['status', 'status'],
    ['notes', 'notes'],
  ];
  for (const [option, field] of given) if (o[option] !== undefined) input[field] = o[option];
  if (o.expiry !== undefined) input.certExpiry = /^(none|无)?$/i.test(o.expiry.trim()) ? null : o.expiry.trim();
  return input as InspectorInput;
}

const inspectorLines = (i: Inspector) => [
  `${i.certNo}　${i.name}（${i.status}）`,
  `  执法证有效期至：${i.certExpiry ?? '—'}（${CERT_STATES[i.certState]}）`,
  `  所属部门：${i.departmentName}　所属科室/所：${i.unit || '—'}　联系电话：${i.phone || '—'}`,
  `  执法领域/业务专长：${i.tags.join('、') || '—'}`,
  `  回避关系：${i.conflictCount} 条${i.notes ? `　备注：${i.notes}` : ''}`,
];

/** `shuangsuiji inspectors …`: the 执法检查人员名录库 from the command line. */
export function registerInspectorCommands(program: Command, session: CliSession): void {
  const inspectors = program.command('inspectors').description('执法检查人员名录库');
  importOptions(inspectors.command('import <file>'))
    .description('导入执法检查人员名录（.xlsx / .xls / .et / .csv）；有“所属部门”列时按列导入')
    .option('--dept <name>', '为该部门导入：没有“所属部门”列或该列为空的行归该部门（部门名称或简称）')
    .action((file: string, opts: ImportOptions) => importFile(session, 'inspectors', file, opts));
  inspectors
    .command('list')
    .description('列出执法检查人员')
    .option('--search <text>', '只列出姓名、执法证号、科室或电话含此文字的人员')
    .option('--tag <tag>', '只列出具有该执法领域/业务专长的人员，如 食品安全')
    .option('--dept <name>', '只列出该所属部门的人员（部门名称或简称；本局写“本局”）')
    .action(async (opts: { search?: string; tag?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'inspectors:list', {
        ...(opts.search ? { search: opts.search } : {}),
        ...(opts.tag ? { tag: opts.tag } : {}),
        ...(opts.dept !== undefined ? { departmentId: await departmentIdOf(ctx, opts.dept, '所属部门') } : {}),
      });
      out.print(list, (l) =>
        l.map((i) => `${i.certNo}\t${i.name}\t${i.departmentName}\t${i.unit}\t${i.status}\t${i.certExpiry ?? ''}\t${i.tags.join('、')}`),
      );
    });
  inspectors
    .command('tags')
    .description('列出已有的执法领域/业务专长及人数')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'inspectors:tags', {});
      out.print(list, (l) => l.map((t) => `${t.tag}\t${t.count} 人\t在岗 ${t.onDuty} 人`));
    });
  inspectors
    .command('show <cert>')
    .description('查看一名执法检查人员（按执法证号）')
    .action(async (cert: string) => {
      const { ctx, out } = session.open();
      const { id } = await inspectorOf(ctx, session, cert);
      out.print(await invoke(ctx, 'inspectors:get', { id }), inspectorLines);
    });
  inspectorOptions(inspectors.command('add').description('新增一名执法检查人员'), false).action(async (o: InspectorOptions) => {
    const { ctx, out } = session.open();
    const saved = await invokeWithOptions(ctx, 'inspectors:save', { inspector: await inputWithDepartment(ctx, o) }, OPTION_NAMES);
    out.print(saved, (i) => [`已新增执法检查人员 ${i.name}（${i.certNo}）`]);
  });
  inspectorOptions(
    inspectors.command('edit <cert>').usage('<cert> [选项]').description('修改一名执法检查人员（按执法证号）：只改给出的选项'),
    true,
  ).action(async (cert: string, o: InspectorOptions) => {
    const { ctx, out } = session.open();
    const before = await inspectorOf(ctx, session, cert);
    const saved = await invokeWithOptions(
      ctx,
      'inspectors:save',
      { id: before.id, inspector: await inputWithDepartment(ctx, o, before) },
      OPTION_NAMES,
    );
    out.print(saved, (i) => [`已修改执法检查人员 ${i.name}（${i.certNo}，${i.status}）`]);
  });
  inspectors
    .command('export <file>')
    .description('导出执法检查人员名录为 Excel')
    .option('--search <text>', '只导出姓名、执法证号、科室或电话含此文字的人员')
    .option('--tag <tag>', '只导出具有该执法领域/业务专长的人员')
    .option('--dept <name>', '只导出该所属部门的人员')
    .action(async (file: string, opts: { search?: string; tag?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const departmentId = opts.dept === undefined ? undefined : await departmentIdOf(ctx, opts.dept, '所属部门');
      const r = await invoke(ctx, 'inspectors:export', { search: opts.search, tag: opts.tag, departmentId, path: path.resolve(file) });
      out.print(r, (x) => [`已导出 ${x.count} 名执法检查人员到 ${x.path}`]);
    });
  addTemplateCommand(inspectors, 'inspectors', session);
}
