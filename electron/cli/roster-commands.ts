import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';

type Roster = CallOutput<'rosters:list'>[number];

const collect = (value: string, list: string[] = []) => [...list, value];

async function rosterOf(ctx: AppContext, session: CliSession, name: string): Promise<Roster | undefined> {
  const wanted = name.replace(/\s+/g, ' ').trim();
  if (!wanted) session.fail('请写明名录名称。');
  return (await invoke(ctx, 'rosters:list', {})).find((r) => r.name === wanted);
}

async function itemIdsOf(ctx: AppContext, session: CliSession, seqs: string[]): Promise<number[]> {
  const items = await invoke(ctx, 'items:list', {});
  return seqs.map(
    (seq) =>
      items.find((i) => String(i.seq) === seq.trim())?.id ??
      session.fail(`--item：没有序号为 ${seq} 的抽查事项（用 shuangsuiji items list 查看序号）。`),
  );
}

const rosterLine = (r: Roster) => `${r.name}\t${r.entityCount} 个主体\t${r.items.map((i) => i.name).join('、')}`;

/** `shuangsuiji rosters list|save|delete`: 名录 and the items each serves. */
export function registerRosterCommands(program: Command, session: CliSession): void {
  const rosters = program.command('rosters').description('名录');
  rosters
    .command('list')
    .description('列出名录及其主体数')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'rosters:list', {});
      out.print(list, (l) => l.map(rosterLine));
    });
  rosters
    .command('save <name>')
    .description('新建名录，或修改已有名录的名称、说明和适用的抽查事项')
    .option('--item <seq>', '适用的抽查事项序号（可重复；给出时替换原有事项）', collect)
    .option('--no-items', '不关联任何抽查事项')
    .option('--notes <text>', '说明')
    .option('--rename <name>', '改名为')
    .action(async (name: string, o: { item?: string[]; items?: boolean; notes?: string; rename?: string }) => {
      const { ctx, out } = session.open();
      const old = await rosterOf(ctx, session, name);
      const itemIds = o.item ? await itemIdsOf(ctx, session, o.item) : o.items === false ? [] : (old?.items.map((i) => i.id) ?? []);
      const saved = await invokeWithOptions(
        ctx,
        'rosters:save',
        { id: old?.id, name: o.rename ?? name, notes: o.notes ?? old?.notes ?? '', itemIds },
        { name: o.rename !== undefined ? '--rename' : '<name>', itemIds: '--item' },
      );
      out.print(saved, (r) => [`${old ? '已修改' : '已新建'}名录：${rosterLine(r)}`]);
    });
  rosters
    .command('delete <name>')
    .description('删除名录（名录中的市场主体保留在名录库中，只是不再属于该名录）')
    .action(async (name: string) => {
      const { ctx, out } = session.open();
      const old = (await rosterOf(ctx, session, name)) ?? session.fail(`没有名为“${name}”的名录。`);
      await invoke(ctx, 'rosters:delete', { id: old.id });
      out.print({ deleted: true, id: old.id, name: old.name }, (r) => [
        `已删除名录“${r.name}”（其中 ${old.entityCount} 个主体仍在名录库中）`,
      ]);
    });
}
