import { Option, type Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallInput, CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { departmentIdOf } from './department-commands.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

type Item = CallOutput<'items:get'>;
type ItemInput = CallInput<'items:create'>;

interface ItemOptions {
  name?: string;
  basis?: string;
  content?: string;
  method?: string;
  target?: string;
  category?: string;
  level?: string;
  ratio?: string;
  frequency?: string;
  seq?: string;
  dept?: string;
}

const FIELD_OPTIONS = {
  name: '--name',
  basis: '--basis',
  content: '--content',
  method: '--method',
  target: '--target',
  category: '--category',
  level: '--level',
  ratio: '--ratio',
  frequency: '--frequency',
  seq: '--seq',
  departmentId: '--dept',
} as const;
const EDIT_OPTIONS = Object.fromEntries(Object.entries(FIELD_OPTIONS).map(([k, v]) => [`item.${k}`, v]));

/** An item by its 序号 (active items) or its exact name (also a 停用 one, which has no 序号). */
export async function itemOf(ctx: AppContext, session: CliSession, ref: string): Promise<Item> {
  const all = await invoke(ctx, 'items:list', { includeRetired: true });
  const text = ref.trim();
  const found = /^\d+$/.test(text) ? all.find((i) => String(i.seq) === text) : all.find((i) => i.name === text);
  return found ?? session.fail(`没有序号或名称为“${ref}”的抽查事项（用 shuangsuiji items list --all 查看）。`);
}

function itemOptions(command: Command, editing: boolean): Command {
  const keep = editing ? '（不写则不变）' : '';
  // Adding needs a name and a category; commander says so before anything is opened.
  const needed = (flags: string, text: string) => (editing ? new Option(flags, text) : new Option(flags, text).makeOptionMandatory());
  return command
    .addOption(needed('--name <text>', `抽查事项名称${keep}`))
    .option('--basis <text>', `检查依据${keep}`)
    .option('--content <text>', `检查内容${keep}`)
    .option('--method <text>', `检查方式${keep}`)
    .option('--target <text>', `适用对象${keep}`)
    .addOption(needed('--category <text>', `事项类别：市场监管执法事项 或 其它行政执法事项${keep}`))
    .option('--level <text>', `事项级别：一般 或 重点${editing ? keep : '（默认一般）'}`)
    .option('--ratio <percent>', `默认抽查比例（%）${editing ? '；写 none 清空' : ''}`)
    .option('--frequency <text>', `抽查频次${keep}`)
    .option('--seq <n>', editing ? '移到该序号' : '放在该序号（默认排在最后）')
    .option('--dept <name>', `实施部门：部门名称或简称（本局写“本局”）${editing ? keep : '（默认本局）'}`);
}

const numberOf = (text: string) => Number(text.trim().replace(/[%％]$/, ''));

/** The options over `base`, with --dept looked up by the core (its refusal lists the departments). */
async function inputWithDepartment(ctx: AppContext, o: ItemOptions, base?: Item): Promise<ItemInput> {
  const input = inputOf(o, base);
  return o.dept === undefined ? input : { ...input, departmentId: await departmentIdOf(ctx, o.dept, '实施部门') };
}

/** The options over `base`: only what was given changes; the schema judges each value. */
function inputOf(o: ItemOptions, base?: Item): ItemInput {
  const { name, basis, content, method, target, category, level, ratio, frequency } = base ?? ({} as Partial<Item>);
  const input: Record<string, unknown> = base ? { name, basis, content, method, target, category, level, ratio, frequency } : {};
  for (const key of ['name', 'basis', 'content', 'method', 'target', 'category', 'level', 'frequency'] as const) {
    if (o[key] !== undefined) input[key] = o[key];
  }
  if (o.ratio !== undefined) input.ratio = /^(none|无)?$/i.test(o.ratio.trim()) ? null : numberOf(o.ratio);
  if (o.seq !== undefined) input.seq = numberOf(o.seq);
  return input as ItemInput;
}

const itemLines = (i: Item) => [
  `${i.seq ?? '（已停用）'}　${i.name}`,
  `  事项类别：${i.category}　事项级别：${i.level}${i.ratio !== null ? `　抽查比例：${i.ratio}%` : ''}${i.frequency ? `　抽查频次：${i.frequency}` : ''}`,
  `  检查依据：${i.basis}`,
  `  检查内容：${i.content}`,
  `  检查方式：${i.method}`,
  `  适用对象：${i.target}`,
  `  实施部门：${i.departmentName ?? ''}`,
];

/** `items show|add|edit|move|retire|restore|delete`: the list kept by hand, as on the items screen. */
export function registerItemEditCommands(items: Command, session: CliSession): void {
  items
    .command('show <item>')
    .description('查看一个抽查事项的全部内容（序号或名称）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const { id } = await itemOf(ctx, session, ref);
      out.print(await invoke(ctx, 'items:get', { id }), itemLines);
    });
  itemOptions(items.command('add').description('新增抽查事项'), false).action(async (o: ItemOptions) => {
    const { ctx, out } = session.open();
    const item = await invokeWithOptions(ctx, 'items:create', await inputWithDepartment(ctx, o), FIELD_OPTIONS);
    out.print(item, (i) => [`已新增抽查事项：${i.seq}　${i.name}`]);
  });
  itemOptions(items.command('edit <item>').usage('<item> [选项]').description('修改抽查事项（序号或名称）：只改给出的选项'), true).action(
    async (ref: string, o: ItemOptions) => {
      const { ctx, out } = session.open();
      const before = await itemOf(ctx, session, ref);
      const item = await invokeWithOptions(
        ctx,
        'items:update',
        { id: before.id, item: await inputWithDepartment(ctx, o, before) },
        EDIT_OPTIONS,
      );
      out.print(item, (i) => [`已修改抽查事项：${i.seq ?? '（已停用）'}　${i.name}`]);
    },
  );
  items
    .command('move <item> <seq>')
    .description('调整序号：把事项移到该序号，其余依次顺延')
    .action(async (ref: string, seq: string) => {
      const { ctx, out } = session.open();
      const item = await itemOf(ctx, session, ref);
      const list = await invokeWithOptions(ctx, 'items:move', { id: item.id, toSeq: numberOf(seq) }, { toSeq: '<seq>' });
      const moved = list.find((i) => i.id === item.id)!;
      out.print(list, () => [`已把“${item.name}”移到序号 ${moved.seq}`]);
    });
  items
    .command('retire <item>')
    .description('停用抽查事项：移出清单（不再有序号），已有记录仍引用它')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const item = await invoke(ctx, 'items:retire', { id: (await itemOf(ctx, session, ref)).id });
      out.print(item, (i) => [`已停用抽查事项“${i.name}”`]);
    });
  items
    .command('restore <item>')
    .description('恢复已停用的抽查事项（排在清单最后；按名称指定）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const item = await invoke(ctx, 'items:restore', { id: (await itemOf(ctx, session, ref)).id });
      out.print(item, (i) => [`已恢复抽查事项：${i.seq}　${i.name}`]);
    });
  items
    .command('delete <item>')
    .description('删除未被任务或记录引用的抽查事项（被引用的只能停用）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const item = await itemOf(ctx, session, ref);
      await invoke(ctx, 'items:delete', { id: item.id });
      out.print({ deleted: true, id: item.id, name: item.name }, (d) => [`已删除抽查事项“${d.name}”`]);
    });
}
