import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callNames, contract } from '../../../electron/api/contract.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { pathValues, stringFields } from '../../../electron/api/path-fields.ts';
import { PATH_REFUSED, type PathGate } from '../../../electron/api/path-gate.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const PATH_LIKE = /(path|file|folder|dir)$/i;

describe('paths in the contract', () => {
  it('declares every string field named like a path with a path role', () => {
    const undeclared = callNames.flatMap((name) =>
      stringFields(contract[name].input)
        .filter((f) => PATH_LIKE.test(f.field.split('.').at(-1)!) && f.role === null)
        .map((f) => `${name} ${f.field}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('knows the role of each path a call carries, also inside a combined schema', () => {
    const roles = Object.fromEntries(
      callNames.flatMap((name) =>
        stringFields(contract[name].input)
          .filter((f) => f.role)
          .map((f) => [`${name} ${f.field}`, f.role]),
      ),
    );
    expect(roles).toMatchObject({
      'items:exportXlsx path': 'outFile',
      'items:importApply path': 'inFile',
      'import:inspect path': 'inFile',
      'results:import path': 'inFile',
      'docs:notices outDir': 'outDir',
      'docs:notices combinedPath': 'outFile',
      'backup:create path': 'outFile',
      'backup:restore file': 'backupFile',
      'app:moveDatabase folder': 'outDir',
    });
    const input = contract['docs:notices'].input.parse({ taskId: 1, outDir: '/a', combinedPath: '/b.pdf' });
    expect(pathValues(contract['docs:notices'].input, input)).toEqual([
      { field: 'outDir', role: 'outDir', value: '/a' },
      { field: 'combinedPath', role: 'outFile', value: '/b.pdf' },
    ]);
  });
});

describe('a door’s path gate', () => {
  it('refuses a path it did not hand out before the handler runs, in Chinese, and logs what was asked', async () => {
    const logged: string[] = [];
    const ctx = { ...tempContext(), log: (l: string) => logged.push(l) };
    const target = path.join(tempDir(), '清单.xlsx');
    const asked: [string, string][] = [];
    const gate: PathGate = (file, role) => (asked.push([file, role]), false);
    const refused = await dispatch(ctx, 'items:exportXlsx', { path: target }, gate);
    expect(refused).toMatchObject({ ok: false, error: { message: PATH_REFUSED, fields: { path: PATH_REFUSED } } });
    expect(asked).toEqual([[target, 'outFile']]);
    expect(fs.existsSync(target)).toBe(false);
    expect(logged.some((l) => l.includes('items:exportXlsx: refused outFile path='))).toBe(true);
  });

  it('runs the call on a path the gate admits, and asks nothing of calls without paths', async () => {
    const ctx = tempContext();
    const target = path.join(tempDir(), '清单.xlsx');
    const asked: string[] = [];
    const gate: PathGate = (file) => (asked.push(file), true);
    expect(await dispatch(ctx, 'items:exportXlsx', { path: target }, gate)).toMatchObject({ ok: true });
    expect(fs.existsSync(target)).toBe(true);
    expect(await dispatch(ctx, 'items:list', {}, gate)).toMatchObject({ ok: true });
    expect(await dispatch(ctx, 'backup:create', {}, gate)).toMatchObject({ ok: true });
    expect(asked).toEqual([target]);
  });

  it('is absent for the command line: an administrator types paths', async () => {
    const ctx = tempContext();
    const target = path.join(tempDir(), '清单.xlsx');
    expect(await dispatch(ctx, 'items:exportXlsx', { path: target })).toMatchObject({ ok: true });
  });
});
