import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { collectItems, itemFindingsOf } from './item-finding-option.ts';
import { invokeWithOptions } from './option-errors.ts';
import { registerResultCodeCommands } from './result-code-commands.ts';
import { resultImportLines } from './result-import-lines.ts';
import { registerResultExportCommand } from './result-export-command.ts';
import { departmentOf, registerResultReviewCommands } from './result-review-commands.ts';
import type { CliSession } from './session.ts';
import { drawnEntityOf, taskOf } from './task-ref.ts';

const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，、]/)
    .map((c) => c.trim())
    .filter(Boolean);

const RESULT_OPTION_NAMES = {
  'result.codes': '--result',
  'result.inspectedOn': '--date',
  'result.methods': '--method',
  'result.disposal': '--disposal',
  'result.findings': '--findings',
  'result.notes': '--notes',
  'result.inspectorsPresent': '--present',
  'result.itemFindings': '--item',
  inspectedOn: '--date',
  codes: '--result',
  correctionReason: '--correction-reason',
};

interface SetOptions {
  result: string;
  date?: string;
  method?: string;
  disposal?: string;
  findings?: string;
  notes?: string;
  present?: string;
  presentAsTeam?: boolean;
  actor?: string;
  item?: string[];
  correctionReason?: string;
  dept?: string;
}

type ListedRow = CallOutput<'results:list'>[number];
type ListedResult = ListedRow['result'];

const resultText = (r: ListedResult) => (r ? `${r.codes.join(',')}\t${r.inspectedOn ?? ''}` : '未录入');

/**
 * One line per entity (代码、名称、检查组、结果代码、检查日期); a joint task's combined listing puts
 * one indented line under it per department, with the department's members and its result's status.
 */
function listLines(rows: ListedRow[]): string[] {
  return rows.flatMap((r) => {
    const head = `${r.position}\t${r.code}\t${r.name}`;
    if (!r.departments) return [`${head}\t${r.team.map((t) => t.name).join('、')}\t${resultText(r.result)}`];
    return [
      head,
      ...r.departments.map(
        (d) =>
          `  ${d.role}\t${d.shortName}\t${d.team.map((t) => t.name).join('、') || '—'}\t${resultText(d.result)}` +
          (d.result ? `\t${d.result.status}` : ''),
      ),
    ];
  });
}

/** `shuangsuiji results list|set|import|codes`. */
export function registerResultCommands(program: Command, session: CliSession): void {
  const results = program.command('results').description('检查结果');
  results
    .command('list <task>')
    .description(
      '列出任务的检查对象和检查结果（代码、名称、检查组、结果代码、检查日期）；部门联合抽查不写 --dept 则逐户列出各部门的结果（合并查看）',
    )
    .option('--dept <name>', '部门联合抽查：只看该部门的检查组成员和检查结果（本局、部门全称或简称）')
    .action(async (ref: string, o: { dept?: string }) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = await departmentOf(ctx, session, o.dept);
      const rows = await invoke(ctx, 'results:list', { taskId: task.id, departmentId });
      out.print(rows, listLines);
    });
  results
    .command('set <task> <codes...>')
    .description('录入检查结果：一户，或写多个统一社会信用代码批量设置为同一结果')
    .requiredOption('--result <codes>', '结果代码，多个用逗号分隔，如 1 或 4,A')
    .option('--date <date>', '检查日期，如 2026-12-05')
    .option('--method <methods>', '核查方式，多个用逗号分隔，如 实地检查,书面检查')
    .option('--disposal <text>', '后续处置')
    .option('--findings <text>', '发现问题')
    .option('--notes <text>', '备注')
    .option('--present <certs>', '实到执法人员的执法证号，多个用逗号分隔')
    .option('--present-as-team', '实到执法人员即各户抽中的检查组')
    .option(
      '--item <序号:是|否[:发现问题[:处置情况]]>',
      '一个检查事项的情况（可写多次），如 --item "1:是:台账缺失:责令改正" --item "2:否"',
      collectItems,
    )
    .option('--actor <name>', '录入员（人员名单中有录入员时必填）')
    .option('--correction-reason <text>', '更正理由：修改已公示的结果时必填，改后重新审核，再用 publish correct 生成更正公示')
    .option('--dept <name>', '部门联合抽查：为哪个部门录入（必填，谁检查、谁录入；本局、部门全称或简称）')
    .action(async (ref: string, codes: string[], o: SetOptions) => {
      const { ctx, out } = session.open();
      const task = await taskOf(ctx, ref);
      const departmentId = await departmentOf(ctx, session, o.dept);
      const rows: Awaited<ReturnType<typeof drawnEntityOf>>[] = [];
      for (const code of codes) rows.push(await drawnEntityOf(ctx, session, task, code));
      await invokeWithOptions(
        ctx,
        'results:set',
        {
          taskId: task.id,
          departmentId,
          entityIds: rows.map((r) => r.entityId),
          result: {
            codes: list(o.result),
            inspectedOn: o.date ?? null,
            methods: list(o.method),
            disposal: o.disposal ?? '',
            findings: o.findings ?? '',
            notes: o.notes ?? '',
            inspectorsPresent: list(o.present),
            itemFindings: itemFindingsOf(session, task, o.item, departmentId),
          },
          presentAsTeam: o.presentAsTeam,
          actor: o.actor,
          correctionReason: o.correctionReason,
        },
        RESULT_OPTION_NAMES,
      );
      out.print({ ok: true, task: task.code, codes: rows.map((r) => r.code) }, () => [
        `已录入 ${rows.map((r) => r.name).join('、')} 的检查结果`,
      ]);
    });
  results
    .command('import <file>')
    .description('从 Excel 导入检查结果（列：任务编号、统一社会信用代码、检查结果、检查日期…）；先用 --dry-run 预览')
    .option('--task <task>', '文件没有“任务编号”列时，结果所属的任务')
    .option('--dry-run', '只预览：列出新增、更改（每项的原值和新值）、不变和不导入的行，不写入')
    .option('--skip-refused', '有问题的行不导入，其余的行照常导入（默认：有任何问题就都不导入）')
    .option('--actor <name>', '录入员（导入的结果记为此人录入，审核时不能由其本人审核）')
    .option('--dept <name>', '部门联合抽查：导入哪个部门的检查结果（本局、部门全称或简称；部门交换表可不写）')
    .action(async (file: string, o: { task?: string; dryRun?: boolean; skipRefused?: boolean; actor?: string; dept?: string }) => {
      const { ctx, out } = session.open();
      const r = await invoke(ctx, 'results:import', {
        path: path.resolve(file),
        task: o.task,
        departmentId: await departmentOf(ctx, session, o.dept),
        dryRun: o.dryRun ?? false,
        skipRefused: o.skipRefused,
        actor: o.actor,
      });
      out.print(r, resultImportLines);
    });
  registerResultCodeCommands(results, session);
  registerResultExportCommand(results, session);
  registerResultReviewCommands(results, session);
}
