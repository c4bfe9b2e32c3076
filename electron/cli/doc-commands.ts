import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { registerSingleDocCommands } from './doc-single-commands.ts';
import type { CliSession } from './session.ts';
import { drawIdOf, idOf, taskOf } from './task-ref.ts';

type BatchJob = CallOutput<'docs:notices'>;
type BatchResult = NonNullable<BatchJob['result']>;

const resolve = (file: string | undefined) => (file ? path.resolve(file) : undefined);

/** Waits for a batch job; Ctrl+C cancels it, which leaves no file behind. */
async function finish(ctx: AppContext, session: CliSession, started: BatchJob): Promise<BatchResult> {
  const cancel = () => void invoke(ctx, 'jobs:cancel', { jobId: started.id });
  process.once('SIGINT', cancel);
  try {
    const status = await invoke(ctx, 'jobs:wait', { jobId: started.id });
    if (status.state !== 'done') session.fail(status.error ?? '已取消，未保存任何文件。');
    return status.result as BatchResult;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
}

const describeBatch = (what: string) => (r: BatchResult) => [
  ...(r.folder ? [`已生成 ${r.count} 份${what}：${r.folder}`] : []),
  ...(r.combinedPath ? [`已生成合并打印文件（${r.count} 份${what}）：${r.combinedPath}`] : []),
];

/** `shuangsuiji docs …`: documents from the command line. */
export function registerDocCommands(program: Command, session: CliSession): void {
  const docs = program.command('docs').description('文书：检查通知书、随机抽取记录、随机抽查情况记录表、抽查结果公示');
  docs
    .command('notices <task>')
    .description('生成任务的全部检查通知书（任务 id 或编号如 2026-001）')
    .option('--out <dir>', '保存文件夹：每户一个“<文号> <名称>.pdf”')
    .option('--combined <file>', '另存为一个合并打印用的 PDF')
    .option('--date <date>', '新编文号的成文日期（默认今天），如 2026-11-24')
    .action(async (task: string, o: { out?: string; combined?: string; date?: string }) => {
      const { ctx, out } = session.open();
      if (!o.out && !o.combined) session.fail('请用 --out 指定保存文件夹，或用 --combined 指定合并的 PDF 文件。');
      const { id } = await taskOf(ctx, task);
      const job = await invoke(ctx, 'docs:notices', {
        taskId: id,
        outDir: resolve(o.out),
        combinedPath: resolve(o.combined),
        date: o.date,
      });
      out.print(await finish(ctx, session, job), describeBatch('检查通知书'));
    });
  docs
    .command('record <draw>')
    .description('生成随机抽取记录（抽取记录 id，或任务编号表示其有效抽取）')
    .requiredOption('--out <file>', '保存为 PDF 文件')
    .action(async (draw: string, o: { out: string }) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'docs:record', { drawId: await drawIdOf(ctx, session, draw), path: path.resolve(o.out) });
      out.print(r, (x) => [`已生成随机抽取记录：${x.path}`]);
    });
  docs
    .command('sheets <task>')
    .description('生成任务的全部随机抽查情况记录表')
    .option('--out <dir>', '保存文件夹：每户一个 PDF')
    .option('--combined <file>', '另存为一个合并打印用的 PDF')
    .action(async (task: string, o: { out?: string; combined?: string }) => {
      const { ctx, out } = session.open();
      if (!o.out && !o.combined) session.fail('请用 --out 指定保存文件夹，或用 --combined 指定合并的 PDF 文件。');
      const { id } = await taskOf(ctx, task);
      const job = await invoke(ctx, 'docs:sheets', { taskId: id, outDir: resolve(o.out), combinedPath: resolve(o.combined) });
      out.print(await finish(ctx, session, job), describeBatch('随机抽查情况记录表'));
    });
  docs
    .command('publication <task>')
    .description('打印已生成的公示（默认任务最近一次公示；公示本身用 publish 生成），按扩展名保存为 .pdf 或 .xlsx')
    .requiredOption('--out <file>', '保存为 .pdf 或 .xlsx 文件')
    .option('--publication <id>', '公示编号（publish list 所列的 #编号）')
    .action(async (task: string, o: { out: string; publication?: string }) => {
      const { ctx, out } = session.open();
      const { id } = await taskOf(ctx, task);
      const publicationId = o.publication === undefined ? undefined : idOf(session, o.publication, '公示编号');
      const r = await invoke(ctx, 'docs:publication', { taskId: id, publicationId, path: path.resolve(o.out) });
      out.print(r, (x) => [`已生成抽查结果公示（${x.count} 户）：${x.path}`]);
    });
  docs
    .command('fonts')
    .description('文书将使用的字体')
    .action(async () => {
      const { ctx, out } = session.open();
      const info = await invoke(ctx, 'docs:fonts', {});
      out.print(info, (i) => [
        ...i.roles.map((r) => `${r.label}\t${r.fontName}\t${r.sourceLabel}\t${r.file}`),
        ...i.fallback.map((f) => `补字\t${f.fontName}\t${f.file}`),
      ]);
    });
  registerSingleDocCommands(docs, session);
}
