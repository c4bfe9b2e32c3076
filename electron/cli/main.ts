import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors.ts';
import { busyAsAppError } from '../core/db/busy.ts';
import { speakChinese } from './commander-zh.ts';
import { registerItemCommands } from './items-commands.ts';
import { registerRosterCommands } from './roster-commands.ts';
import { registerDrawCommands } from './draw-commands.ts';
import { registerResultCommands } from './result-commands.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { registerDocCommands } from './doc-commands.ts';
import { repoVersion } from './repo-paths.ts';
import { createSession } from './session.ts';

/**
 * `shuangsuiji`: the program's functions for admins and scripts, through the same contract as the
 * window. Global options: --db PATH (the SQLite file) and --json (machine-readable output).
 */
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

// `shuangsuiji items list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const session = createSession(() => program.opts<{ db?: string; json?: boolean; verbose?: boolean }>());
registerItemCommands(program, session);
registerRosterCommands(program, session);
registerDrawCommands(program, session);
registerResultCommands(program, session);
registerBackupCommands(program, session);
registerDocCommands(program, session);

try {
  await program.parseAsync(process.argv);
  session.close();
} catch (err) {
  session.close();
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    // SQLITE_BUSY outside a contract call (opening, or a command's own read) is a wait, not a fault.
    const known = busyAsAppError(err);
    if (!(known instanceof AppError) && program.opts<{ verbose?: boolean }>().verbose) {
      process.stderr.write(`${known instanceof Error ? (known.stack ?? known.message) : String(known)}\n`);
    }
    const message = known instanceof AppError ? known.message : '命令未能完成，程序遇到了意外问题。加 --verbose 重新运行可看到供管理员排查的英文诊断信息。';
    process.stderr.write(`错误：${message}\n`);
    if (known instanceof AppError && known.fields) {
      for (const [field, reason] of Object.entries(known.fields)) process.stderr.write(`  ${field}：${reason}\n`);
    }
    process.exitCode = 1;
  }
}
