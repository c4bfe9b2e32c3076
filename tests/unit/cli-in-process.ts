import { runCli } from '../../electron/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `shuangsuiji …` run inside the test's own process: the same program as bin.mjs (commander, the
 * session, the contract, the Chinese error handling, the exit code), without the Node start and
 * module load that cost about a second per spawned command. Tests where the process boundary is
 * the point — a kill, a second process holding a lock, a hang of the real binary — spawn bin.mjs.
 */
export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
