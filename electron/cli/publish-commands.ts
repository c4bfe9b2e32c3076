import path from 'node:path';
import dayjs from 'dayjs';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import { invokeWithOptions } from './option-errors.ts';
import type { CliSession } from './session.ts';
import { drawnEntityOf, idOf, taskOf, type Task } from './task-ref.ts';

type Publication = CallOutput<'publication:publish'>;

const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，、]/)
    .map((c) => c.trim())
    .filter(Boolean);

/** --actor as given, else whoever is signed in on this PC. */
async function actorOf(ctx: AppContext, given: string | undefined): Promise<string> {
  if (given?.trim()) return given.trim();
  return (await invoke(ctx, 'staff:current', {})).person?.name ?? '';
}

/**
 * `--dept NAME` as a clerk types it (本局, the 单位名称, a full name, a 简称 or an id) → the
 * department's id; a joint task without one is refused naming its departments, a single-department
 * task needs none. Shared by the publish and export commands.
 */
export async function departmentOf(ctx: AppContext, session: CliSession, task: Task, ref: string | undefined): Promise<number | undefined> {
  if (ref === undefined || ref.trim() === '') {
    if (!task.joint) return undefined;
    const names = task.departments.map((d) => d.name).join('、');
    return session.fail(`任务 ${task.code} 是部门联合抽查，各部门公示本部门的检查结果：请用 --dept 指定部门（${names}）。`);
  }
  const text = ref.trim();
  const all = await invoke(ctx, 'departments:list', { includeRetired: true });
  const found =
    text === '本局' ? all.find((d) => d.isOwn) : all.find((d) => String(d.id) === text || d.name === text || d.shortName === text);
  return found?.id ?? session.fail(`--dept “${text}”不在部门名单中（现有：${all.map((d) => d.name).join('、')}）。`);
}

async function entityIdsOf(ctx: AppContext, session: CliSession, task: Task, codes: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const code of codes) ids.push((await drawnEntityOf(ctx, session, task, code)).entityId);
  return ids;
}

function describe(p: Publication): string {
  const whose = p.department === null ? '' : `${p.department}的`;
  return `已生成${whose}${p.kind} #${p.id}（${p.publishedOn}，${p.count} 户），内容哈希 ${p.contentHash}`;
}

/** Saves the stored publication as .pdf or .xlsx; the publication itself stays stored either way, and the refusal says so. */
async function saveDocument(ctx: AppContext, session: CliSession, task: Task, p: Publication, file: string) {
  try {
    return await invoke(ctx, 'docs:publication', { taskId: task.id, publicationId: p.id, path: path.resolve(file) });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return session.fail(
      `${describe(p)}，已保存在数据库中；但文件未能保存：${why} 改正后可用 docs publication ${task.code} --publication ${p.id} --out 文件 再次保存。`,
    );
  }
}

/**
 * `shuangsuiji publish TASK [--entities …] --out FILE`, `publish correct TASK CODE… --reason …`,
 * `publish list TASK`, `publish show ID`: 公示 as an act (only 已审核 results; stored frozen, hashed into the audit chain).
 */
export function registerPublishCommands(program: Command, session: CliSession): void {
  const publish = program.command('publish').description('抽查结果公示：生成公示、更正公示、公示记录');
  // The default subcommand, so `publish TASK --out …` reads as the issue writes it, while `publish
  // correct … --out` keeps its own options (options on `publish` itself would take them).
  publish
    .command('new <task>', { isDefault: true })
    .description('生成公示（publish TASK 即可）：只公示已审核的检查结果，冻结保存并记入审计链；有未审核的须用 --entities 分批公示')
    .option('--dept <name>', '部门联合抽查：公示哪个部门的检查结果（本局、部门名称或简称）')
    .option('--entities <codes>', '分批公示：只公示这些统一社会信用代码，逗号分隔')
    .option('--date <date>', '公示日期（默认今天）')
    .option('--out <file>', '保存公示为 .pdf 或 .xlsx 文件（必填）')
    .option('--actor <name>', '操作人（默认本机登录的人员）')
    .action(async (ref: string, o: { dept?: string; entities?: string; date?: string; out?: string; actor?: string }) => {
      const file = o.out ?? session.fail('请用 --out 指定公示文件（.pdf 或 .xlsx）。');
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = await departmentOf(ctx, session, task, o.dept);
      const codes = list(o.entities);
      if (o.entities !== undefined && codes.length === 0) session.fail('--entities 请写明要公示的统一社会信用代码，逗号分隔。');
      const entityIds = o.entities === undefined ? undefined : await entityIdsOf(ctx, session, task, codes);
      const date = o.date ?? dayjs().format('YYYY-MM-DD');
      const actor = await actorOf(ctx, o.actor);
      const p = await invokeWithOptions(
        ctx,
        'publication:publish',
        { taskId: task.id, departmentId, entityIds, date, actor },
        { date: '--date', entityIds: '--entities', departmentId: '--dept' },
      );
      const saved = await saveDocument(ctx, session, task, p, file);
      out.print({ ...p, path: saved.path }, (x) => [describe(x), `已保存：${x.path}`]);
    });

  publish
    .command('correct <task> <codes...>')
    .description('生成更正公示：公示后修改并重新审核的检查结果，列明改动（原内容 → 更正后）和理由')
    .option('--dept <name>', '部门联合抽查：更正哪个部门的公示（本局、部门名称或简称）')
    .option('--reason <text>', '更正理由（默认修改检查结果时填写的更正理由）')
    .option('--date <date>', '公示日期（默认今天）')
    .option('--out <file>', '另存更正公示为 .pdf 或 .xlsx 文件')
    .option('--actor <name>', '操作人（默认本机登录的人员）')
    .action(async (ref: string, codes: string[], o: { dept?: string; reason?: string; date?: string; out?: string; actor?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = await departmentOf(ctx, session, task, o.dept);
      const entityIds = await entityIdsOf(
        ctx,
        session,
        task,
        codes.flatMap((c) => list(c)),
      );
      const date = o.date ?? dayjs().format('YYYY-MM-DD');
      const actor = await actorOf(ctx, o.actor);
      const p = await invokeWithOptions(
        ctx,
        'publication:correct',
        { taskId: task.id, departmentId, entityIds, reason: o.reason, date, actor },
        { date: '--date', reason: '--reason', entityIds: '<codes>', departmentId: '--dept' },
      );
      const file = o.out ? await saveDocument(ctx, session, task, p, o.out) : null;
      const changes = p.content.correction?.changes ?? [];
      out.print({ ...p, path: file?.path ?? null }, (x) => [
        describe(x),
        `更正理由：${x.reason}`,
        ...changes.map((c) => `${c.name}（${c.code}）\t${c.field}：${c.before || '（空）'} → ${c.after || '（空）'}`),
        ...(x.path ? [`已保存：${x.path}`] : []),
      ]);
    });

  publish
    .command('show <id>')
    .description('一次公示的冻结内容：各户各检查事项的检查结果，更正公示的改动和理由，内容是否完好')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const p = await invoke(ctx, 'publication:get', { id: idOf(session, ref, '公示编号') });
      out.print(p, (x) => [
        `${x.content.task.code} ${x.content.task.name}\t${x.kind} #${x.id}\t${x.publishedOn}\t${x.count} 户\t${x.intact ? '内容完好' : '内容与哈希值不符（已被改动）'}`,
        ...(x.content.correction ? [`更正 #${x.content.correction.correctsId}，理由：${x.content.correction.reason}`] : []),
        ...x.content.rows.map(
          (r) =>
            `${r.name}（${r.code}）\t${r.inspectedOn ?? ''}\t${r.codes.map((c) => c.label).join('；')}\t${r.items.map((i) => `${i.item}：${i.result}`).join('；')}`,
        ),
        ...(x.content.correction?.changes ?? []).map(
          (c) => `更正\t${c.name}（${c.code}）\t${c.field}：${c.before || '（空）'} → ${c.after || '（空）'}`,
        ),
      ]);
    });

  publish
    .command('list <task>')
    .description('任务的公示记录，以及可公示、未审核和待更正公示的检查对象；联合抽查可用 --dept 只看一个部门')
    .option('--dept <name>', '部门联合抽查：只看这个部门的公示（本局、部门名称或简称）')
    .action(async (ref: string, o: { dept?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      // Listing needs no department: a joint task's whole list names each publication's department.
      const departmentId = o.dept === undefined ? undefined : await departmentOf(ctx, session, task, o.dept);
      const r = await invoke(ctx, 'publication:list', { taskId: task.id, departmentId });
      const who = (l: { name: string; code: string; department?: string }[]) =>
        l.map((e) => `${e.name}（${e.code}）${e.department ? `[${e.department}]` : ''}`).join('、');
      out.print(r, ({ publications, readiness: s }) => [
        ...publications.map(
          (p) =>
            `#${p.id}\t${p.kind}\t${p.publishedOn}\t${p.count} 户\t${p.contentHash}` +
            `${p.department === null ? '' : `\t${p.department}`}` +
            `${p.correctsId ? `\t更正 #${p.correctsId}：${p.reason}` : ''}${p.actor ? `\t${p.actor}` : ''}`,
        ),
        ...(publications.length === 0
          ? [s.legacyPublishedOn ? `升级前已于 ${s.legacyPublishedOn} 标记公示（当时未保存公示内容）。` : '还没有公示。']
          : []),
        `已公示 ${s.published}/${s.total} 户；已审核待公示 ${s.ready.length} 户；未审核 ${s.notReady.length} 户；待更正公示 ${s.corrections.length} 户`,
        ...(s.notReady.length ? [`未审核：${who(s.notReady)}`] : []),
        ...(s.corrections.length
          ? [`待更正公示：${s.corrections.map((c) => `${c.name}（${c.code}）${c.reviewed ? '' : '（修改后尚未审核）'}`).join('、')}`]
          : []),
      ]);
    });
}
