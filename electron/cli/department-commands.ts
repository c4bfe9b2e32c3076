import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput, CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

type Department = CallOutput<'departments:find'>;
type DepartmentInput = CallInput<'departments:save'>['department'];
type DepartmentRole = NonNullable<CallInput<'departments:find'>['kind']>;

interface DepartmentOptions {
  name?: string;
  short?: string;
  contact?: string;
  phone?: string;
  retire?: boolean;
  restore?: boolean;
}

const OPTION_NAMES = {
  'department.name': '--name',
  name: '--name',
  'department.shortName': '--short',
  'department.contact': '--contact',
  'department.phone': '--phone',
};

/**
 * A department as a clerk names it (本局, the 单位名称, a full name, a 简称 or a number), through
 * the core's lookup, whose refusal lists the departments there are. `what` names the option's
 * meaning in that message (实施部门, 所属部门).
 */
export async function departmentOf(ctx: AppContext, ref: string, what: DepartmentRole = '部门'): Promise<Department> {
  return invoke(ctx, 'departments:find', { name: ref, kind: what });
}

/** The department's id, as the calls that take one want it: 1 is 本局. */
export async function departmentIdOf(ctx: AppContext, ref: string, what: DepartmentRole = '部门'): Promise<number> {
  return (await departmentOf(ctx, ref, what)).id;
}

function inputOf(o: DepartmentOptions, base?: Department): DepartmentInput {
  // The 简称 shown falls back to the name; only one set apart from it is the department's own.
  const ownShort = base && base.shortName !== base.name ? base.shortName : '';
  return {
    ...(base ? { id: base.id } : {}),
    name: o.name ?? base?.name ?? '',
    shortName: o.short ?? ownShort,
    contact: o.contact ?? base?.contact ?? '',
    phone: o.phone ?? base?.phone ?? '',
    retired: o.retire ? true : o.restore ? false : (base?.retired ?? false),
  };
}

const departmentLine = (d: Department) =>
  [d.id, d.isOwn ? `${d.name}（本局）` : d.name, d.shortName, d.contact, d.phone, d.retired ? '停用' : '在用'].join('\t');

/** `shuangsuiji departments list|add|edit`: 本局 and the departments of 部门联合抽查. */
export function registerDepartmentCommands(program: Command, session: CliSession): void {
  const departments = program.command('departments').description('部门（本局及联合抽查的其他部门）');
  departments
    .command('list')
    .description('列出部门：编号、名称、简称、联系人、联系电话、状态（本局在前，其名称即设置中的单位名称）')
    .option('--all', '包括已停用的部门')
    .action(async (opts: { all?: boolean }) => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'departments:list', { includeRetired: opts.all ?? false });
      out.print(list, (l) => l.map(departmentLine));
    });
  departments
    .command('add')
    .description('添加部门，如 县应急管理局')
    .requiredOption('--name <name>', '部门全称，如 县应急管理局')
    .option('--short <text>', '简称，用于文号和落款，如 县应急局')
    .option('--contact <name>', '联系人')
    .option('--phone <text>', '联系电话')
    .action(async (o: DepartmentOptions) => {
      const { ctx, out } = session.open();
      const saved = await invokeWithOptions(ctx, 'departments:save', { department: inputOf(o) }, OPTION_NAMES);
      out.print(saved, (d) => [`已添加部门：${d.id}　${d.name}（简称 ${d.shortName}）`]);
    });
  departments
    .command('edit <department>')
    .usage('<department> [选项]')
    .description('修改部门（名称、简称或编号）：只改给出的选项；本局的名称请在设置中改“单位名称”')
    .option('--name <name>', '新的部门全称')
    .option('--short <text>', '简称（写空字符串 "" 清空）')
    .option('--contact <name>', '联系人')
    .option('--phone <text>', '联系电话')
    .option('--retire', '停用：不能再被选为实施部门或所属部门，已有记录保留')
    .option('--restore', '恢复已停用的部门')
    .action(async (ref: string, o: DepartmentOptions) => {
      const { ctx, out } = session.open();
      if (o.retire && o.restore) session.fail('--retire 与 --restore 不能同时使用。');
      const before = await departmentOf(ctx, ref);
      if (before.isOwn && o.name !== undefined)
        session.fail('本局的名称即设置中的“单位名称”，请用 shuangsuiji settings set 单位名称 … 修改。');
      const saved = await invokeWithOptions(ctx, 'departments:save', { department: inputOf(o, before) }, OPTION_NAMES);
      out.print(saved, (d) => [`已修改部门：${d.id}　${d.name}（简称 ${d.shortName}${d.retired ? '，已停用' : ''}）`]);
    });
}
