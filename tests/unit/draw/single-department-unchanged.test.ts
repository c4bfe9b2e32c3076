import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { saveDepartment } from '../../../electron/core/departments/department-service.ts';
import { tempContext } from '../temp-db.ts';
import { singleDepartmentScenario } from './single-scenario.ts';
import { seedInspectors } from './draw-fixtures.ts';

/** Computed by the program at commit e516ac8, before joint draws: see single-scenario.ts. */
const BASELINE = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'single-department-baseline.json'), 'utf8')) as {
  hash: string;
  teams: Record<string, string[]>;
  canonical: string;
  package: string;
}[];

describe('a single-department draw after 部门联合抽查 (issue 17)', () => {
  it('draws the same teams and records the same content, hash and 核验包 as before, byte for byte', () => {
    const { db } = tempContext();
    const now = singleDepartmentScenario(db);
    expect(now).toHaveLength(BASELINE.length);
    now.forEach((draw, i) => {
      expect(draw.teams).toEqual(BASELINE[i]!.teams);
      expect(draw.canonical).toBe(BASELINE[i]!.canonical);
      expect(draw.hash).toBe(BASELINE[i]!.hash);
      expect(draw.package).toBe(BASELINE[i]!.package);
    });
    for (const id of [1, 2]) expect(verifyDraw(db, id).ok).toBe(true);
  });

  it('never draws another department’s inspectors for a single-department task: the same record as without them', () => {
    const { db } = tempContext();
    const now = singleDepartmentScenario(db, (db) => {
      const other = saveDepartment(db, { name: '县应急管理局' });
      // 执法证号 that sort first and share a 所's name, so they would be drawn were they in the pool.
      seedInspectors(db, 5, (i) => ({ name: `应急员${i}`, cert: `0000${i}`, unit: '西坪应急所', tags: '食品安全' }));
      db.prepare("UPDATE inspectors SET department_id = ? WHERE cert_no LIKE '0000%'").run(other.id);
    });
    now.forEach((draw, i) => {
      expect(draw.teams).toEqual(BASELINE[i]!.teams);
      expect(draw.hash).toBe(BASELINE[i]!.hash);
    });
  });
});
