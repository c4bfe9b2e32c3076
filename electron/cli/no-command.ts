import type { CallName } from '../api/contract.ts';

/**
 * Contract calls that deliberately have no CLI command, each with the reason. Every other call
 * has one: contract-coverage.test.ts finds `invoke(ctx, '<call>'` in electron/cli/*.ts (the
 * only form the CLI may use to make a call) and fails on a call with neither a command nor a
 * reason here, on a call listed here that a command makes after all, and on a name the contract
 * does not have.
 */
export const NO_COMMAND: Partial<Record<CallName, string>> = {
  'tasks:get':
    'tasks:find 既认任务编号（如 2026-3）也认 id，每条指明任务的命令（tasks show、draw、docs …）都用它；另设按 id 查看的命令只是重复。',
  'jobs:get':
    '命令行启动的导入和文书任务由同一命令等到结束（jobs:wait，Ctrl+C 取消）；任务只存在于启动它的进程中，另一条命令查不到它的进度。',
  'app:moveDatabase':
    '命令行不记住数据库位置，每次由 --db 指定；“移动”在这里只是复制：请用 backup --out <文件夹>/shuangsuiji.db 写出一致的副本，再用 --db 指向它。',
};
