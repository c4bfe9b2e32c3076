import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface PreviewHost {
  /** The address printed by the host, with its access token. */
  url: string;
  /** The same host without the token, for building other addresses. */
  origin: string;
  stop: () => Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * Starts `node electron/web/main.ts` on a free port with its own database file and resolves once
 * it prints `PREVIEW_URL …`. node_modules/.bin comes first on PATH so Node 24 runs it.
 */
export function startPreviewHost(dbPath: string): Promise<PreviewHost> {
  const child = spawn('node', ['electron/web/main.ts', '--db', dbPath, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, PATH: `${path.join(repoRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`no PREVIEW_URL within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    function fail(reason: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`preview host did not start: ${reason}\n${output}`));
    }
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PREVIEW_URL (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = match[1];
      resolve({ url, origin: new URL(url).origin, stop: () => stopHost(child) });
    });
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
