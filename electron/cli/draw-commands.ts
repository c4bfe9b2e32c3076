import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { localTime } from './cli-time.ts';
import { invokeWithOptions } from './option-errors.ts';
import { groupedHex, processTerminal, type Terminal } from './witness-prompt.ts';
import type { CliSession } from './session.ts';
import { drawIdOf, taskOf } from './task-ref.ts';

type DrawRecord = CallOutput<'draws:get'>;

function drawSummary(d: DrawRecord) {
  // A joint draw's members name their department; a single-department draw's output is as before.
  const joint = d.params.departments !== undefined;
  return {
    drawId: d.id,
    seed: d.seed,
    poolSize: d.poolSize,
    poolHash: d.poolHash,
    voided: d.voided,
    selected: d.selected.map((e) => ({
      uscc: e.code,
      name: e.name,
      inspectors: e.inspectors.map((i) => ({ cert: i.certNo, name: i.name, ...(joint ? { department: i.departmentName } : {}) })),
    })),
  };
}

/**
 * A team on one line: `name(cert)、…`, and in a joint draw grouped by department in team order
 * (`本局：…；县应急管理局：…`), the lead's first.
 */
function teamText(inspectors: readonly { name: string; cert: string; department?: string }[]): string {
  const groups: { department: string | undefined; members: string[] }[] = [];
  for (const i of inspectors) {
    const last = groups.at(-1);
    const member = `${i.name}(${i.cert})`;
    if (last && last.department === i.department) last.members.push(member);
    else groups.push({ department: i.department, members: [member] });
  }
  return groups.map((g) => `${g.department ? `${g.department}：` : ''}${g.members.join('、')}`).join('；');
}

const DRAW_OPTION_NAMES = {
  operator: '--operator',
  witness: '--witness',
  'ceremony.witnessDigits': '--witness-digits',
  witnessDigits: '--witness-digits',
  'ceremony.publicValue': '--public-value',
  publicValue: '--public-value',
};

const CEREMONY_OUTCOMES = { open: '进行中', drawn: '已抽取', abandoned: '已放弃' } as const;

const describeDraw = (s: ReturnType<typeof drawSummary>) => [
  `抽取记录 #${s.drawId}：候选 ${s.poolSize} 个，种子 ${s.seed}`,
  `候选名单指纹 ${s.poolHash}`,
  ...s.selected.map((e, i) => `${i + 1}\t${e.uscc}\t${e.name}\t${teamText(e.inspectors)}`),
];

/** The whole record as the draw page shows it: who, when, the teams, every 递补 and the void. */
function drawLines(d: DrawRecord): string[] {
  return [
    `抽取记录 #${d.id}${d.voided ? `（已作废：${d.voidReason ?? ''}）` : ''}`,
    `  抽取时间：${localTime(d.drawnAt)}　操作人：${d.operator}　监督人：${d.witness}`,
    `  候选 ${d.poolSize} 个，种子 ${d.seed}`,
    `  候选名单指纹 ${d.poolHash}`,
    `  记录哈希 ${d.hash}`,
    ...(d.params.departments
      ? [`  部门联合抽查：${d.params.departments.map((x) => `${x.name}（${x.role}）每户 ${x.perEntity} 名`).join('，')}`]
      : []),
    ...d.selected.map(
      (e, i) =>
        `${i + 1}\t${e.code}\t${e.name}\t${teamText(
          e.inspectors.map((x) => ({ name: x.name, cert: x.certNo, ...(d.params.departments ? { department: x.departmentName } : {}) })),
        )}`,
    ),
    ...d.replacements.map(
      (r) =>
        `  递补：${r.entityName}${replacedDepartment(d, r)} ${r.oldName}(${r.oldCert}) → ${r.newName}(${r.newCert})，理由：${r.reason}` +
        `${r.operator ? `，操作人 ${r.operator}` : ''}，${localTime(r.at)}`,
    ),
  ];
}

/** In a joint draw, the department whose place a 递补 filled: it is always refilled from that department. */
function replacedDepartment(d: DrawRecord, r: DrawRecord['replacements'][number]): string {
  if (!d.params.departments) return '';
  const slot = d.selected.find((e) => e.code === r.entityCode)?.inspectors.find((i) => i.slot === r.slot);
  return slot ? `（${slot.departmentName}）` : '';
}

/** How the seed was made and the hashes that anchor the record, as the draw page and the paper show them. */
function proofLines(p: CallOutput<'draws:proof'>): string[] {
  const seed =
    p.seedParts.mode === 'witnessed'
      ? [
          `  种子来源：开始抽取的秘密随机数 + 监督人随机数 ${p.seedParts.witnessDigits}${p.seedParts.publicValue ? ` + 公开随机值“${p.seedParts.publicValue}”` : ''}`,
          `  承诺值 ${p.seedParts.commitment}（${localTime(p.seedParts.startedAt)} 显示）`,
          `  秘密随机数 ${p.seedParts.secret}`,
        ]
      : ['  种子来源：一键抽取（程序生成）'];
  return [
    ...seed,
    ...p.ceremonies.map(
      (c) =>
        `  开始抽取 ${localTime(c.startedAt)} ${c.operator}：` +
        `${CEREMONY_OUTCOMES[c.outcome as keyof typeof CEREMONY_OUTCOMES] ?? c.outcome}，承诺值 ${c.commitment}` +
        `${c.secret ? `，秘密随机数 ${c.secret}` : ''}`,
    ),
    `  上一条抽取记录哈希 ${p.prevHash}`,
    ...(p.auditEntryHash ? [`  审计日志中本次抽取的哈希 ${p.auditEntryHash}`] : []),
  ];
}

interface DrawOptions {
  operator?: string;
  witness?: string;
  witnessDigits?: string;
  publicValue?: string;
  plain?: boolean;
}

/**
 * `draw TASK`: the witnessed draw (ALGORITHM.md §2) wherever a 监督人 can answer — his digits given
 * with --witness-digits, or asked for at the terminal after the commitment is shown — and the plain
 * draw, marked as such, for scripts that give none (so they keep working) or with --plain.
 */
export async function drawTask(session: CliSession, terminal: Terminal, ref: string, o: DrawOptions) {
  if (o.operator === undefined) session.fail('缺少必需的选项 --operator <name>（操作人）');
  if (o.witness === undefined) session.fail('缺少必需的选项 --witness <name>（监督人）');
  const { ctx, out } = session.open();
  const { id, code } = await taskOf(ctx, ref);
  if (o.plain && o.witnessDigits !== undefined) session.fail('--plain（一键抽取）与 --witness-digits 不能同时使用。');
  const plain = o.plain === true || (o.witnessDigits === undefined && !terminal.interactive);
  if (plain && o.publicValue !== undefined)
    session.fail('--public-value 须与监督人随机数一起使用：请加 --witness-digits，或在终端中运行。');
  let ceremony: { id: number; witnessDigits: string; publicValue?: string } | undefined;
  if (!plain) {
    const open = (await invoke(ctx, 'draws:ceremonies', { taskId: id })).find((c) => c.outcome === 'open');
    const started =
      open ??
      (await invokeWithOptions(
        ctx,
        'draws:start',
        { taskId: id, operator: o.operator, witness: o.witness },
        { operator: '--operator', witness: '--witness' },
      ));
    terminal.say(`${open ? '继续' : '已开始'}抽取任务 ${code}。承诺值（请监督人记下）：`);
    terminal.say(`  ${groupedHex(started.commitment)}`);
    const digits = o.witnessDigits ?? (await terminal.ask('请监督人输入随机数（至少 6 位数字，可用骰子掷出）：'));
    const value =
      o.publicValue ??
      (o.witnessDigits === undefined
        ? await terminal.ask('公开随机值（承诺值公布后产生的公开数据，如福利彩票号码；没有请直接回车）：')
        : '');
    ceremony = { id: started.id, witnessDigits: digits, ...(value.trim() ? { publicValue: value } : {}) };
  }
  const draw = await invokeWithOptions(
    ctx,
    'draws:run',
    { taskId: id, operator: o.operator, witness: o.witness, ceremony },
    DRAW_OPTION_NAMES,
  );
  const how = ceremony ? '见证抽取（承诺值在先，监督人随机数在后）' : '一键抽取（未经监督人见证随机数）';
  out.print({ ...drawSummary(draw), seedMode: ceremony ? 'witnessed' : 'plain' }, (s) => [...describeDraw(s), `种子来源：${how}`]);
}

/** `shuangsuiji draw|verify|replace|void|draws|pool`: draws from the command line. */
export function registerDrawCommands(program: Command, session: CliSession): void {
  const draw = program
    .command('draw <task>')
    .description(
      '抽取（任务 id 或编号如 2026-001；立即记录，不可重抽）。在终端中运行时先显示承诺值，再请监督人输入随机数；' +
        '脚本中（非终端）不给 --witness-digits 则为一键抽取，记录上注明未经监督人见证随机数',
    )
    // Not commander's requiredOption: that would demand them of `draw export` too.
    .option('--operator <name>', '操作人（必填）')
    .option('--witness <name>', '监督人（必填）')
    .option('--witness-digits <digits>', '监督人随机数（至少 6 位数字）：完成进行中的开始抽取，没有则现在开始并立即完成')
    .option('--public-value <text>', '公开随机值（如承诺值公布后开奖的福利彩票号码），与监督人随机数一同记入种子')
    .option('--plain', '一键抽取：不用监督人随机数（记录上注明）')
    .action(async (task: string, o: DrawOptions) => drawTask(session, processTerminal(), task, o));
  draw
    .command('export <draw>')
    .description('导出核验包（JSON）：独立核验这次抽取所需的全部数据（抽取记录 id，或任务编号表示其有效抽取）')
    .requiredOption('--out <file>', '核验包文件（.json）')
    .action(async (ref: string, o: { out: string }) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'draws:export', { id: await drawIdOf(ctx, session, ref), path: path.resolve(o.out) });
      out.print(r, (x) => [`已导出核验包（${x.count} 户）：${x.path}`, `记录哈希 ${x.hash}`]);
    });
  program
    .command('verify <draw>')
    .description('复核抽取记录：按种子和冻结名单重算并比对（抽取记录 id，或任务编号表示其有效抽取）')
    .action(async (draw: string) => {
      const { ctx, out } = session.open();
      const result = await invoke(ctx, 'draws:verify', { id: await drawIdOf(ctx, session, draw) });
      out.print(result, (r) => [
        `抽取记录 #${r.drawId}：${r.ok ? '复核通过' : '复核未通过'}`,
        ...r.checks.map((c) => `  ${c.ok ? '✓' : '✗'} ${c.label}：${c.detail}`),
      ]);
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
      const drawId = await drawIdOf(ctx, session, draw);
      const record = await invoke(ctx, 'draws:replace', {
        drawId,
        entityCode: o.entity,
        certNo: o.inspector,
        reason: o.reason,
        operator: o.operator,
      });
      out.print(drawSummary(record), describeDraw);
    });
  program
    .command('void <draw>')
    .description('作废抽取记录（记录保留）')
    .requiredOption('--reason <text>', '作废理由')
    .option('--operator <name>', '操作人')
    .action(async (draw: string, o: { reason: string; operator?: string }) => {
      const { ctx, out } = session.open();
      const record = await invoke(ctx, 'draws:void', { id: await drawIdOf(ctx, session, draw), reason: o.reason, operator: o.operator });
      out.print({ drawId: record.id, voided: record.voided, reason: record.voidReason }, (r) => [
        `抽取记录 #${r.drawId} 已作废：${r.reason}`,
      ]);
    });

  const draws = program.command('draws').description('抽取记录和有监督人随机数的抽取（开始、放弃、查看）');
  draws
    .command('start <task>')
    .description('开始抽取：记录并显示承诺值（秘密随机数的 SHA-256），监督人看过后再输入随机数（draw --witness-digits）')
    .requiredOption('--operator <name>', '操作人')
    .requiredOption('--witness <name>', '监督人（看到承诺值的人，须由他输入随机数）')
    .action(async (ref: string, o: { operator: string; witness: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const c = await invokeWithOptions(
        ctx,
        'draws:start',
        { taskId: task.id, operator: o.operator, witness: o.witness },
        { operator: '--operator', witness: '--witness' },
      );
      out.print(c, (x) => [
        `已开始抽取任务 ${task.code}（开始抽取 #${x.id}，${localTime(x.startedAt)}）`,
        `承诺值 ${x.commitment}`,
        `候选 ${x.poolSize} 个，候选名单指纹 ${x.poolHash}`,
        `请监督人记下承诺值，再输入随机数完成抽取：shuangsuiji draw ${task.code} --operator ${x.operator} --witness ${x.witness} --witness-digits <随机数>`,
      ]);
    });
  draws
    .command('abandon <task>')
    .description('放弃任务进行中的开始抽取（承诺值和秘密随机数留在记录中）')
    .requiredOption('--operator <name>', '操作人')
    .option('--reason <text>', '放弃理由')
    .action(async (ref: string, o: { operator: string; reason?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const c = await invokeWithOptions(
        ctx,
        'draws:abandon',
        { taskId: task.id, operator: o.operator, reason: o.reason },
        { operator: '--operator', reason: '--reason' },
      );
      out.print(c, (x) =>
        x
          ? [`已放弃任务 ${task.code} 的开始抽取 #${x.id}`, `秘密随机数 ${x.secret ?? ''}（可与承诺值 ${x.commitment} 核对）`]
          : [`任务 ${task.code} 没有进行中的开始抽取。`],
      );
    });
  draws
    .command('ceremonies <task>')
    .description('列出任务的每次开始抽取（含放弃的）：编号、时间、操作人、结果、承诺值')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const list = await invoke(ctx, 'draws:ceremonies', { taskId: task.id });
      out.print(list, (l) =>
        l.length
          ? l.map(
              (c) =>
                `#${c.id}\t${localTime(c.startedAt)}\t${c.operator}\t${CEREMONY_OUTCOMES[c.outcome]}` +
                `${c.drawId !== null ? ` 抽取记录 #${c.drawId}` : ''}\t${c.commitment}`,
            )
          : [`任务 ${task.code} 还没有开始过抽取。`],
      );
    });
  draws
    .command('list <task>')
    .description('列出任务的全部抽取记录（含已作废）')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const list = await invoke(ctx, 'draws:list', { taskId: task.id });
      out.print(list, (l) =>
        l.length
          ? l.map(
              (d) =>
                `#${d.id}\t${localTime(d.drawnAt)}\t${d.selected.length} 户\t${d.operator}/${d.witness}\t` +
                `${d.voided ? `已作废：${d.voidReason ?? ''}` : d.id === task.liveDrawId ? '有效' : ''}`,
            )
          : [`任务 ${task.code} 还没有抽取记录。`],
      );
    });
  draws
    .command('show <draw>')
    .description('查看抽取记录：抽中的主体、检查组、递补、作废，种子来源和哈希值（抽取记录 id，或任务编号表示其有效抽取）')
    .action(async (draw: string) => {
      const { ctx, out } = session.open();
      const id = await drawIdOf(ctx, session, draw);
      const record = await invoke(ctx, 'draws:get', { id });
      const proof = await invoke(ctx, 'draws:proof', { id });
      out.print({ ...record, proof }, (r) => [...drawLines(r), ...proofLines(r.proof)]);
    });

  program
    .command('pool')
    .description('候选名单')
    .command('export <draw> <file>')
    .description('导出抽取时冻结的候选名单（CSV，规范顺序），供第三方复核')
    .action(async (draw: string, file: string) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'draws:exportPool', { id: await drawIdOf(ctx, session, draw), path: path.resolve(file) });
      out.print(r, (x) => [`已导出 ${x.count} 个候选到 ${x.path}`, `种子 ${x.seed}`, `指纹 ${x.poolHash}`]);
    });
}
