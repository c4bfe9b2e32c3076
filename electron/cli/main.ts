import { Command, CommanderError } from 'commander';
// main.ts reaches into the core only to bootstrap and to speak: refusals from the contract are
// AppErrors, SQLITE_BUSY while opening is a wait, not a fault, and the version comes from the
// source tree (see cli-boundary.test.ts).
import { AppError } from '../core/errors.ts';
import { busyAsAppError } from '../core/db/busy.ts';
import { repoVersion } from '../core/source-tree.ts';
import { registerAppCommands } from './app-commands.ts';
import { registerAuditCommands } from './audit-commands.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { CliFailure } from './cli-error.ts';
import { speakChinese } from './commander-zh.ts';
import { registerConflictCommands } from './conflict-commands.ts';
import { registerDepartmentCommands } from './department-commands.ts';
import { registerDispositionCommands } from './disposition-commands.ts';
import { registerDocCommands } from './doc-commands.ts';
import { registerDrawCommands } from './draw-commands.ts';
import { registerEntityCommands } from './entity-commands.ts';
import { registerExchangeCommands } from './exchange-commands.ts';
import { registerExportCommands } from './export-commands.ts';
import { registerInspectorCommands } from './inspector-commands.ts';
import { registerItemCommands } from './items-commands.ts';
import { registerPlanCommands } from './plan-commands.ts';
import { registerPublicationCommands } from './publication-commands.ts';
import { registerResultCommands } from './result-commands.ts';
import { registerRosterCommands } from './roster-commands.ts';
import { registerSettingsCommands } from './settings-commands.ts';
import { registerStaffCommands } from './staff-commands.ts';
import { registerStatsCommands } from './stats-commands.ts';
import { registerTaskCommands } from './task-commands.ts';
import { registerTemplateCommands } from './template-commands.ts';
import { createSession, type CliSession } from './session.ts';

type Globals = { db?: string; json?: boolean; verbose?: boolean };

/**
 * `shuangsuiji`: the program's functions for admins and scripts, through the same contract as the
 * window. Global options: --db PATH (the SQLite file) and --json (machine-readable output).
 * A fresh program per run: commander keeps parsed options on the Command object.
 */
function buildProgram(): { program: Command; session: CliSession } {
  const program = new Command('shuangsuiji')
    .description('双随机抽查管理 命令行')
    .version(repoVersion(), '-V, --version', '显示版本')
    .helpOption('-h, --help', '显示帮助')
    .option('--db <path>', '数据库文件（默认：用户目录下 .shuangsuiji/data.db）')
    .option('--json', '以 JSON 输出结果')
    .option('--verbose', '在 stderr 输出英文诊断信息（供管理员排查问题）')
    .showHelpAfterError('（使用 --help 查看用法）')
    .exitOverride();
  program.addHelpCommand('help [command]', '显示某个命令的帮助');
  speakChinese(program);

  const session = createSession(() => program.opts<Globals>());
  for (const register of [
    registerItemCommands,
    registerEntityCommands,
    registerInspectorCommands,
    registerConflictCommands,
    registerRosterCommands,
    registerPlanCommands,
    registerTaskCommands,
    registerDrawCommands,
    registerResultCommands,
    registerExchangeCommands,
    registerPublicationCommands,
    registerDispositionCommands,
    // After tasks and plans: adds `national-code` to them.
    registerExportCommands,
    registerStatsCommands,
    registerDocCommands,
    registerTemplateCommands,
    registerAuditCommands,
    registerBackupCommands,
    registerSettingsCommands,
    registerDepartmentCommands,
    registerStaffCommands,
    registerAppCommands,
  ]) {
    register(program, session);
  }
  return { program, session };
}

/** Where an in-process run's output goes instead of the real stdout/stderr. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs one command line (arguments after the program name) and resolves to its exit code. */
async function execute(args: readonly string[]): Promise<number> {
  const { program, session } = buildProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
    session.close();
  } catch (err) {
    session.close();
    if (err instanceof CommanderError) return err.exitCode;
    // SQLITE_BUSY outside a contract call (opening the database) is a wait, not a fault.
    const known = busyAsAppError(err);
    const speaks = known instanceof AppError || known instanceof CliFailure;
    if (!speaks && program.opts<Globals>().verbose) {
      process.stderr.write(`${known instanceof Error ? (known.stack ?? known.message) : String(known)}\n`);
    }
    // A refusal's message already gives every field's reason in Chinese (commands that take a
    // field from an option name the option); the field keys are internal paths and stay hidden.
    const message = speaks ? known.message : '命令未能完成，程序遇到了意外问题。加 --verbose 重新运行可看到供管理员排查的英文诊断信息。';
    process.stderr.write(`错误：${message}\n`);
    return 1;
  }
  // Commands report a soft failure (e.g. a verification mismatch) through process.exitCode.
  return typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
}

// Runs share process.stdout/stderr and process.exitCode, so in-process runs take turns.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI inside this process, for callers (tests, scripts) that want its output and exit
 * code without paying a Node start and module load per command. The commands write to
 * process.stdout/stderr and set process.exitCode, so those are borrowed for the run and restored.
 */
export function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const run = queue.then(async () => {
    const out = process.stdout.write;
    const err = process.stderr.write;
    const savedExitCode = process.exitCode;
    process.exitCode = undefined;
    process.stdout.write = capture(io.stdout);
    process.stderr.write = capture(io.stderr);
    try {
      return await execute(args);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
      process.exitCode = savedExitCode;
    }
  });
  queue = run.catch(() => {});
  return run;
}

function capture(sink: (text: string) => void): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown) => {
    sink(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  }) as typeof process.stdout.write;
}

/** The `shuangsuiji` process: real stdout/stderr and exit code. */
export async function main(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `shuangsuiji items list | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.exitCode = await execute(args);
}

if (import.meta.main) await main();
