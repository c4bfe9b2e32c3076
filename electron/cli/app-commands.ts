import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CliSession } from './session.ts';

/** `shuangsuiji info` and `shuangsuiji vocabulary`: the program itself and its fixed word lists. */
export function registerAppCommands(program: Command, session: CliSession): void {
  program
    .command('info')
    .description('程序版本、数据库文件和备份文件夹的位置')
    .action(async () => {
      const { ctx, out } = session.open();
      const info = await invoke(ctx, 'app:info', {});
      out.print(info, (i) => [`版本\t${i.version}`, `数据库\t${i.dbPath}`, `备份文件夹\t${i.backupDir}`]);
    });
  program
    .command('vocabulary')
    .description('固定词表：事项类别和级别、主体类型、信用风险分类、不抽取的登记状态、执法人员状态、核查方式、后续处置')
    .action(async () => {
      const { ctx, out } = session.open();
      const v = await invoke(ctx, 'app:vocabulary', {});
      out.print(v, (w) => [
        `事项类别\t${w.itemCategories.join('、')}`,
        `事项级别\t${w.itemLevels.join('、')}`,
        `主体类型\t${w.entityTypes.join('、')}`,
        `信用风险分类\t${w.riskClasses.join('、')}`,
        `不抽取的登记状态\t${w.closedStatuses.join('、')}`,
        `执法人员状态\t${w.inspectorStatuses.join('、')}`,
        `核查方式\t${w.checkMethods.join('、')}`,
        `后续处置\t${w.disposals.join('、')}`,
        `默认名录\t${w.defaultRoster}`,
      ]);
    });
}
