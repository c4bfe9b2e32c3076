import fs from 'node:fs';
import path from 'node:path';
import type { Fixtures, TableGroup } from './fixtures.ts';
import { TABLE_GROUPS } from './fixtures.ts';
import { cli, fingerprint, type RunOptions, type RunResult } from './harness.ts';
import { Recorder, type Expect } from './verdict.ts';

/** What a case gets: its own folder, its verdict(s), the shared fixtures and a CLI runner. */
export interface CaseTools {
  fx: Fixtures;
  dir: string;
  rec: Recorder;
  /** Another verdict of a group case (e.g. one per write while one import runs). */
  sub(id: string, title: string): Recorder;
  /** A private copy of the seed (or the large) database in this case's folder. */
  copyDb(kind?: 'seed' | 'big', name?: string): string;
  /** Runs the CLI on `db` and folds the result into `rec` (or o.rec). */
  cli(db: string, args: string[], expect: Expect, o?: RunOptions & { label?: string; rec?: Recorder }): Promise<RunResult>;
  /**
   * After a command that may have succeeded or refused: a refusal must leave the whole database
   * as the seed had it; a success must leave `group`'s tables as they were (the case's content
   * changes nothing there, so any change is damaged or wrong content written).
   */
  expectSeedData(db: string, r: RunResult, group: TableGroup, what: string, rec?: Recorder): void;
}

export interface Case {
  category: number;
  id: string;
  title: string;
  /** Part of --quick. */
  quick?: boolean;
  /** Started first (long-running or timing-sensitive). */
  heavy?: boolean;
  /** Its verdicts are all made with sub(); the main one only reports a setup failure. */
  group?: boolean;
  run(t: CaseTools): Promise<void>;
}

export function makeTools(fx: Fixtures, dir: string, rec: Recorder, subs: Recorder[], category: number): CaseTools {
  return {
    fx,
    dir,
    rec,
    sub(id, title) {
      const r = new Recorder(category, id, title);
      subs.push(r);
      return r;
    },
    copyDb(kind = 'seed', name = 'data.db') {
      const target = path.join(dir, name);
      fs.copyFileSync(kind === 'seed' ? fx.seedDb : fx.bigDb, target);
      return target;
    },
    async cli(db, args, expect, o = {}) {
      const r = await cli(db, args, { ...o, env: { ...fx.env, ...(o.env ?? {}) } });
      (o.rec ?? rec).command(
        r,
        expect,
        o.label ??
          args
            .filter((a) => !a.startsWith('/'))
            .slice(0, 4)
            .join(' '),
      );
      return r;
    },
    expectSeedData(db, r, group, what, target = rec) {
      if (r.timedOut) return;
      if (r.code !== 0 || r.killedOnPurpose) {
        const same = fingerprint(db) === fx.seedFp;
        target.data(!same, `${what}: refused, yet the database changed`);
      } else {
        const same = fingerprint(db, TABLE_GROUPS[group]) === fx.seedTablesFp[group];
        target.data(!same, `${what}: succeeded and changed ${group} data (damaged or wrong content written)`);
      }
    },
  };
}
