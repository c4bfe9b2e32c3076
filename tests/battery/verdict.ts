import { messageProblems, type RunResult } from './harness.ts';

/** How a command is expected to end: refused (non-zero), succeed, or either (judged otherwise). */
export type Expect = 'fail' | 'ok' | 'either';

/** One case's outcome, as the summary counts it and the JSON lists it. */
export interface Verdict {
  category: number;
  id: string;
  title: string;
  /** Every refusal ended with a clear Chinese message (null: nothing was refused). */
  clearChinese: boolean | null;
  /** Every command's exit code was as expected (null: no command had an expectation). */
  exitAsExpected: boolean | null;
  /** Data changed although the case should have changed nothing (null: not checked). */
  dataChanged: boolean | null;
  /** Some command did not end within its timeout and was killed. */
  hang: boolean;
  problems: string[];
  /** The commands and what they printed, for the FAILED CASES section. */
  output: string;
  ms: number;
  details: Record<string, unknown>;
}

const EXCERPT = 600;

/** Collects one case's commands and checks into a Verdict. */
export class Recorder {
  readonly v: Verdict;
  private readonly started = Date.now();

  constructor(category: number, id: string, title: string) {
    this.v = {
      category,
      id,
      title,
      clearChinese: null,
      exitAsExpected: null,
      dataChanged: null,
      hang: false,
      problems: [],
      output: '',
      ms: 0,
      details: {},
    };
  }

  problem(text: string): void {
    this.v.problems.push(text);
  }

  check(ok: boolean, text: string): boolean {
    if (!ok) this.problem(text);
    return ok;
  }

  log(text: string): void {
    if (this.v.output.length < 4000) this.v.output += text.endsWith('\n') ? text : `${text}\n`;
  }

  detail(key: string, value: unknown): void {
    this.v.details[key] = value;
  }

  /** A message meant for the clerk (a refusal): it must be clear Chinese. */
  message(text: string, label: string): boolean {
    const issues = messageProblems(text);
    const ok = issues.length === 0;
    this.v.clearChinese = (this.v.clearChinese ?? true) && ok;
    if (!ok) this.problem(`${label}: unclear message (${issues.join(', ')})`);
    return ok;
  }

  exitAs(ok: boolean, text: string): void {
    this.v.exitAsExpected = (this.v.exitAsExpected ?? true) && ok;
    if (!ok) this.problem(text);
  }

  hang(text: string): void {
    this.v.hang = true;
    this.problem(text);
  }

  data(changed: boolean, text: string): void {
    this.v.dataChanged = (this.v.dataChanged ?? false) || changed;
    if (changed) this.problem(text);
  }

  /**
   * Folds one finished command in: a timeout is a hang; the exit code is compared with `expect`;
   * a refusal (non-zero exit) must carry a clear Chinese message on stderr. A deliberate kill is
   * only logged.
   */
  command(r: RunResult, expect: Expect, label: string): RunResult {
    const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT)}…` : s);
    this.log(
      `$ ${label} → ${r.timedOut ? 'TIMEOUT' : r.killedOnPurpose ? 'killed on purpose' : `exit ${r.code ?? r.signal}`}` +
        ` (${r.ms} ms${r.peakRssKb ? `, peak ${Math.round(r.peakRssKb / 1024)} MB` : ''})`,
    );
    if (r.stderr.trim()) this.log(`  stderr: ${excerpt(r.stderr.trim())}`);
    if (r.stdout.trim() && (r.code !== 0 || r.timedOut)) this.log(`  stdout: ${excerpt(r.stdout.trim())}`);
    if (r.killedOnPurpose) return r;
    if (r.timedOut) {
      this.hang(`${label}: did not end within ${Math.round(r.ms / 1000)} s (process group killed)`);
      return r;
    }
    const refused = r.code !== 0;
    if (expect === 'fail') this.exitAs(refused, `${label}: exited 0 but should have refused`);
    if (expect === 'ok') this.exitAs(!refused, `${label}: exited ${r.code ?? r.signal} but should have succeeded`);
    if (refused) this.message(r.stderr.trim() || r.stdout.trim(), label);
    return r;
  }

  finish(): Verdict {
    this.v.ms = Date.now() - this.started;
    return this.v;
  }

  get failed(): boolean {
    return this.v.problems.length > 0;
  }
}
