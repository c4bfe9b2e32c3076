import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import type { CliSession } from './session.ts';

type Staff = CallOutput<'staff:list'>[number];
type SignedIn = CallOutput<'staff:current'>;

const roles = (s: Staff) => [s.canEnter ? '录入员' : '', s.canReview ? '审核员' : ''].filter(Boolean).join('、');
const line = (s: Staff) => `${s.name}\t${roles(s)}\t${s.active ? '在用' : '已停用'}`;
const current = (c: SignedIn) => [
  c.person ? `本机（${c.host}）当前登录：${c.person.name}（${roles(c.person)}）` : `本机（${c.host}）尚未登录`,
];

async function personOf(ctx: AppContext, session: CliSession, name: string): Promise<Staff> {
  const all = await invoke(ctx, 'staff:list', {});
  return all.find((s) => s.name === name.trim()) ?? session.fail(`人员名单中没有“${name}”。`);
}

interface RoleOptions {
  enter?: boolean;
  review?: boolean;
}

/** `shuangsuiji staff list|add|edit|remove|signin|signout|current`: 录入员, 审核员 and who works at this PC. */
export function registerStaffCommands(program: Command, session: CliSession): void {
  const staff = program.command('staff').description('人员：录入员、审核员，以及本机当前登录的人员');
  staff
    .command('list')
    .description('列出人员：每行“姓名<Tab>角色<Tab>在用/已停用”')
    .action(async () => {
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'staff:list', {}), (l) =>
        l.length ? l.map(line) : ['人员名单为空。用 staff add 姓名 --enter --review 添加。'],
      );
    });
  staff
    .command('add <name>')
    .description('添加人员，至少一个角色：--enter 录入员，--review 审核员')
    .option('--enter', '录入员')
    .option('--review', '审核员')
    .action(async (name: string, o: RoleOptions) => {
      const { ctx, out } = session.open();
      const saved = await invoke(ctx, 'staff:save', { name, canEnter: o.enter ?? false, canReview: o.review ?? false });
      out.print(saved, (s) => [`已添加：${line(s)}`]);
    });
  staff
    .command('edit <name>')
    .description('修改人员：--rename 新姓名，--enter/--no-enter，--review/--no-review，--active 重新启用')
    .option('--rename <new>', '新姓名（已记录在检查结果上的姓名不能改）')
    .option('--enter', '设为录入员')
    .option('--no-enter', '取消录入员')
    .option('--review', '设为审核员')
    .option('--no-review', '取消审核员')
    .option('--active', '重新启用')
    .action(async (name: string, o: RoleOptions & { rename?: string; active?: boolean }) => {
      const { ctx, out } = session.open();
      const s = await personOf(ctx, session, name);
      const saved = await invoke(ctx, 'staff:save', {
        id: s.id,
        name: o.rename ?? s.name,
        canEnter: o.enter ?? s.canEnter,
        canReview: o.review ?? s.canReview,
        active: o.active ?? s.active,
      });
      out.print(saved, (x) => [`已保存：${line(x)}`]);
    });
  staff
    .command('remove <name>')
    .description('停用人员：仍保留在名单和其录入、审核过的结果上，但不能再登录、录入或审核')
    .action(async (name: string) => {
      const { ctx, out } = session.open();
      const s = await personOf(ctx, session, name);
      const saved = await invoke(ctx, 'staff:save', { ...s, active: false });
      out.print(saved, (x) => [`已停用：${x.name}`]);
    });
  staff
    .command('signin <name>')
    .description('在本机登录为名单中的人员（录入的结果记其为录入员，审核时为审核员）')
    .action(async (name: string) => {
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'staff:signIn', { name }), current);
    });
  staff
    .command('signout')
    .description('本机退出登录')
    .action(async () => {
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'staff:signOut', {}), current);
    });
  staff
    .command('current')
    .description('本机当前登录的人员')
    .action(async () => {
      const { ctx, out } = session.open();
      out.print(await invoke(ctx, 'staff:current', {}), current);
    });
}
