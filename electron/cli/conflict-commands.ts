import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { AppContext } from '../core/app-context.ts';
import { addTemplateCommand, importFile, type ImportOptions } from './import-commands.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';
import { idOf } from './task-ref.ts';

/** An inspector's id by 执法证号, for calls that take the id. */
async function inspectorIdOf(ctx: AppContext, session: CliSession, cert: string): Promise<number> {
  const wanted = cert.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const found = (await invoke(ctx, 'inspectors:list', { search: wanted })).find((i) => i.certNo === wanted);
  return found?.id ?? session.fail(`没有执法证号为 ${cert} 的执法检查人员。`);
}

async function entityIdOf(ctx: AppContext, session: CliSession, code: string): Promise<number> {
  const wanted = code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const found = (await invoke(ctx, 'entities:query', { search: wanted, limit: 1000 })).rows.find((e) => e.code === wanted);
  return found?.id ?? session.fail(`名录库中没有统一社会信用代码为 ${code} 的市场主体。`);
}

/** `shuangsuiji conflicts import|list|add|remove|template`: 回避关系. */
export function registerConflictCommands(program: Command, session: CliSession): void {
  const conflicts = program.command('conflicts').description('回避关系（执法人员与其有利害关系的市场主体）');
  conflicts
    .command('import <file>')
    .description('导入回避关系（执法证号、统一社会信用代码、回避原因）')
    .option('--report <out.xlsx>', '把未导入的行写成 Excel 错误报告')
    .option('--dry-run', '只预览，不写入')
    .action((file: string, opts: ImportOptions) => importFile(session, 'conflicts', file, opts));
  conflicts
    .command('list')
    .description('列出回避关系：编号、执法证号、姓名、统一社会信用代码、名称、原因')
    .option('--inspector <cert>', '只列出该执法人员的')
    .option('--entity <code>', '只列出该市场主体的')
    .action(async (o: { inspector?: string; entity?: string }) => {
      const { ctx, out } = session.open();
      const inspectorId = o.inspector ? await inspectorIdOf(ctx, session, o.inspector) : undefined;
      const entityId = o.entity ? await entityIdOf(ctx, session, o.entity) : undefined;
      const list = await invoke(ctx, 'conflicts:list', { inspectorId, entityId });
      out.print(list, (l) => l.map((c) => `${c.id}\t${c.certNo}\t${c.inspectorName}\t${c.entityCode}\t${c.entityName}\t${c.reason}`));
    });
  conflicts
    .command('add')
    .description('登记回避关系（已有的更新原因）')
    .requiredOption('--inspector <cert>', '执法人员的执法证号')
    .requiredOption('--entity <code>', '市场主体的统一社会信用代码')
    .requiredOption('--reason <text>', '回避原因，如 亲属关系')
    .action(async (o: { inspector: string; entity: string; reason: string }) => {
      const { ctx, out } = session.open();
      const inspectorId = await inspectorIdOf(ctx, session, o.inspector);
      const c = await invokeWithOptions(
        ctx,
        'conflicts:declare',
        { inspectorId, entityCode: o.entity, reason: o.reason },
        { entityCode: '--entity', reason: '--reason' },
      );
      out.print(c, (x) => [
        `已登记回避关系 ${x.id}：${x.inspectorName}（${x.certNo}）回避 ${x.entityName}（${x.entityCode}），原因：${x.reason}`,
      ]);
    });
  conflicts
    .command('remove <id>')
    .description('删除回避关系（编号见 conflicts list 第一列）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const id = idOf(session, ref, '回避关系编号');
      await invoke(ctx, 'conflicts:remove', { id });
      out.print({ deleted: true, id }, () => [`已删除回避关系 ${id}`]);
    });
  addTemplateCommand(conflicts, 'conflicts', session);
}
