import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { killGroup, NODE, REPO, sleep, trackGroup, WEB_MAIN } from './harness.ts';

/** The real preview host (electron/web/main.ts) as a child process, and raw HTTP against it. */

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The parsed JSON body, when it is JSON. */
  json: unknown;
  /** Transport failure (connection refused, reset), if any. */
  error?: string;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given (no normalisation): '/../etc/passwd', '/%E0%A4%A'. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs?: number;
}

export class PreviewHost {
  readonly child: ChildProcess;
  readonly port: number;
  readonly token: string;
  readonly pid: number;
  readonly transferRoot: string;
  output: string;

  private constructor(child: ChildProcess, port: number, token: string, tmpdir: string, output: string) {
    this.child = child;
    this.port = port;
    this.token = token;
    this.pid = child.pid ?? -1;
    this.transferRoot = path.join(tmpdir, `shuangsuiji-preview-${this.pid}`);
    this.output = output;
  }

  /**
   * Starts the host on `db` (port 0: any free port) and waits for its PREVIEW_URL line. If it ends
   * first, or prints nothing within the timeout, resolves with what it printed instead.
   */
  static async start(
    db: string,
    env: Record<string, string>,
    timeoutMs = 30_000,
  ): Promise<PreviewHost | { failed: true; code: number | null; output: string; timedOut: boolean }> {
    const child = spawn(NODE, [WEB_MAIN, '--db', db, '--port', '0'], {
      cwd: REPO,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    if (child.pid) trackGroup(child.pid, true);
    child.on('exit', () => trackGroup(child.pid ?? -1, false));
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    return new Promise((resolve) => {
      let settled = false;
      const settle = (value: PreviewHost | { failed: true; code: number | null; output: string; timedOut: boolean }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      };
      const onData = (d: string) => {
        output += d;
        const m = /PREVIEW_URL http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/.exec(output);
        if (m) settle(new PreviewHost(child, Number(m[1]), m[2]!, env.TMPDIR ?? '/tmp', output));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (d: string) => {
        output += d;
      });
      child.on('exit', (code) => settle({ failed: true, code, output, timedOut: false }));
      const timer = setTimeout(() => {
        killGroup(child.pid ?? -1);
        settle({ failed: true, code: null, output, timedOut: true });
      }, timeoutMs);
    });
  }

  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  request(r: RawRequest): Promise<HttpAnswer> {
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: r.method ?? 'GET',
          path: r.path,
          setHost: false,
          headers: { host: `127.0.0.1:${this.port}`, ...(r.headers ?? {}) },
          timeout: r.timeoutMs ?? 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            const text = body.toString('utf8');
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json });
          });
          res.on('error', (err) =>
            resolve({ status: 0, headers: {}, body: Buffer.alloc(0), text: '', json: undefined, error: String(err) }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('request timed out')));
      req.on('error', (err) => resolve({ status: 0, headers: {}, body: Buffer.alloc(0), text: '', json: undefined, error: String(err) }));
      if (r.body !== undefined) req.write(r.body);
      req.end();
    });
  }

  /** POST /api/<name> with the token, as the page does. */
  call(name: string, input: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    return this.request({
      method: 'POST',
      path: `/api/${name}`,
      headers: { 'content-type': 'application/json', 'x-api-token': this.token, ...headers },
      body: JSON.stringify(input),
    });
  }

  async stop(): Promise<void> {
    if (this.alive()) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      killGroup(this.pid, 'SIGTERM');
      await Promise.race([exited, sleep(5000)]);
    }
    killGroup(this.pid);
    fs.rmSync(this.transferRoot, { recursive: true, force: true });
  }
}

/** The message of an API answer ({ok:false, error:{message}}) or the text body. */
export function answerMessage(a: HttpAnswer): string {
  const j = a.json as { ok?: boolean; error?: { message?: string } } | undefined;
  if (j && typeof j === 'object' && j.error?.message) return j.error.message;
  return a.text;
}

export function answerOk(a: HttpAnswer): boolean {
  return a.status === 200 && (a.json as { ok?: boolean } | undefined)?.ok === true;
}
