import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { DrawRecord } from '../core/draw/draw-read.ts';
import { findTaskId } from '../core/tasks/task-service.ts';
import type { CliSession } from './session.ts';

const collect = (value: string, list: string[] = []) => [...list, value];

function drawSummary(d: DrawRecord) {
  return {
    drawId: d.id, seed: d.seed, poolSize: d.poolSize, poolHash: d.poolHash, voided: d.voided,
    selected: d.selected.map((e) => ({ uscc: e.code, name: e.name, inspectors: e.inspectors.map((i) => ({ cert: i.certNo, name: i.name })) })),
  };
}

const describeDraw = (s: ReturnType<typeof drawSummary>) => [
  `抽取记录 #${s.drawId}：候选 ${s.poolSize} 个，种子 ${s.seed}`,
  `候选名单指纹 ${s.poolHash}`,
  ...s.selected.map((e, i) => `${i + 1}\t${e.uscc}\t${e.name}\t${e.inspectors.map((x) => `${x.name}(${x.cert})`).join('、')}`),
];

/** `shuangsuiji tasks|draw|verify|replace|void|audit|pool`: tasks and draws from the command line. */
export function registerDrawCommands(program: Command, session: CliSession): void {
  const tasks = program.command('tasks').description('抽查任务');
  tasks
    .command('create')
    .description('新建抽查任务')
    .requiredOption('--name <name>', '任务名称')
    .option('--item <seq>', '抽查事项序号（可重复）', collect)
    .option('--roster <name>', '从该名录抽取（默认全部市场主体）')
    .option('--filter <key=value>', '定向条件：area=、industry=、type=、risk=（可重复）', collect)
    .option('--count <n>', '抽取数量')
    .option('--ratio <percent>', '抽查比例（%）')
    .option('--inspectors-per <k>', '每个检查对象的执法人员数（≥2）', '2')
    .option('--start <date>', '检查开始日期')
    .option('--end <date>', '检查结束日期')
    .option('--department <name>', '实施部门')
    .action(async (o: { name: string; item?: string[]; roster?: string; filter?: string[]; count?: string; ratio?: string; inspectorsPer: string; start?: string; end?: string; department?: string }) => {
      const { ctx, out } = session.open();
      const items = await invoke(ctx, 'items:list', {});
      const itemIds = (o.item ?? []).map((seq) => items.find((i) => String(i.seq) === seq)?.id ?? session.fail(`没有序号为 ${seq} 的抽查事项。`));
      const filters = { area: [] as string[], industry: [] as string[], entityType: [] as string[], riskClass: [] as string[] };
      const keys: Record<string, keyof typeof filters> = { area: 'area', industry: 'industry', type: 'entityType', risk: 'riskClass' };
      for (const f of o.filter ?? []) {
        const [k, v] = f.split('=');
        const key = keys[k ?? ''];
        if (!key || !v) session.fail(`定向条件“${f}”应写成 area=西坪镇、industry=…、type=个体工商户 或 risk=A`);
        filters[key].push(v);
      }
      const task = await invoke(ctx, 'tasks:save', {
        task: {
          name: o.name, itemIds, roster: o.roster ?? null, filters: filters as never, count: o.count ? Number(o.count) : null,
          ratio: o.ratio ? Number(o.ratio) : null, inspectorsPerEntity: Number(o.inspectorsPer), periodStart: o.start ?? null,
          periodEnd: o.end ?? null, department: o.department ?? '',
        },
      });
      out.print({ id: task.id, code: task.code }, (t) => [`已新建抽查任务 ${t.code}（id ${t.id}）`]);
    });
  tasks
    .command('list')
    .description('列出抽查任务')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'tasks:list', {});
      out.print(list, (l) => l.map((t) => `${t.id}\t${t.code}\t${t.name}\t${t.state}\t${t.resultCount}/${t.selectedCount}`));
    });

  program
    .command('draw <task>')
    .description('抽取（任务 id 或编号如 2026-001；立即记录，不可重抽）')
    .requiredOption('--operator <name>', '操作人')
    .requiredOption('--witness <name>', '监督人')
    .action(async (task: string, o: { operator: string; witness: string }) => {
      const { ctx, out } = session.open();
      const draw = await invoke(ctx, 'draws:run', { taskId: findTaskId(ctx.db, task), operator: o.operator, witness: o.witness });
      out.print(drawSummary(draw), describeDraw);
    });
  program
    .command('verify <draw>')
    .description('复核抽取记录：按种子和冻结名单重算并比对')
    .action(async (draw: string) => {
      const { ctx, out } = session.open();
      const result = await invoke(ctx, 'draws:verify', { id: Number(draw) });
      out.print(result, (r) => [`抽取记录 #${r.drawId}：${r.ok ? '复核通过' : '复核未通过'}`, ...r.checks.map((c) => `  ${c.ok ? '✓' : '✗'} ${c.label}：${c.detail}`)]);
      if (!result.ok) process.exitCode = 3;
    });
  program
    .command('replace <draw>')
    .description('递补：随机替换一名执法人员')
    .requiredOption('--entity <code>', '检查对象的统一社会信用代码')
    .requiredOption('--inspector <cert>', '被替换人员的执法证号')
    .requiredOption('--reason <text>', '递补理由')
    .option('--operator <name>', '操作人')
    .action(async (draw: string, o: { entity: string; inspector: string; reason: string; operator?: string }) => {
      const { ctx, out } = session.open();
      const record = await invoke(ctx, 'draws:replace', { drawId: Number(draw), entityCode: o.entity, certNo: o.inspector, reason: o.reason, operator: o.operator });
      out.print(drawSummary(record), describeDraw);
    });
  program
    .command('void <draw>')
    .description('作废抽取记录（记录保留）')
    .requiredOption('--reason <text>', '作废理由')
    .option('--operator <name>', '操作人')
    .action(async (draw: string, o: { reason: string; operator?: string }) => {
      const { ctx, out } = session.open();
      const record = await invoke(ctx, 'draws:void', { id: Number(draw), reason: o.reason, operator: o.operator });
      out.print({ drawId: record.id, voided: record.voided, reason: record.voidReason }, (r) => [`抽取记录 #${r.drawId} 已作废：${r.reason}`]);
    });
  program
    .command('audit')
    .description('审计日志')
    .command('verify')
    .description('校验审计日志和全部抽取记录的哈希链')
    .action(async () => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'audit:verify', {});
      out.print(r, (v) => [
        v.ok ? `校验通过：审计日志 ${v.audit.checked} 条，抽取记录 ${v.draws.length} 条` : '校验未通过：',
        ...v.audit.problems.map((p) => `  ✗ ${p}`),
        ...v.draws.filter((d) => !d.ok).flatMap((d) => d.checks.filter((c) => !c.ok).map((c) => `  ✗ 抽取记录 #${d.drawId} ${c.label}：${c.detail}`)),
      ]);
      if (!r.ok) process.exitCode = 3;
    });
  program
    .command('pool')
    .description('候选名单')
    .command('export <draw> <file>')
    .description('导出抽取时冻结的候选名单（CSV，规范顺序），供第三方复核')
    .action(async (draw: string, file: string) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'draws:exportPool', { id: Number(draw), path: path.resolve(file) });
      out.print(r, (x) => [`已导出 ${x.count} 个候选到 ${x.path}`, `种子 ${x.seed}`, `指纹 ${x.poolHash}`]);
    });
}
