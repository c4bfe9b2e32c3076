import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { startCeremony } from '../../../electron/core/draw/draw-ceremony.ts';
import { drawPackage } from '../../../electron/core/draw/draw-package.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const NOW = new Date('2026-11-24T09:00:00Z');

/**
 * Two single-department draws as issue 17 found them: a plain one with same-area recusal, a 回避
 * and a 递补, and a witnessed one with 所需执法领域. Their records and packages were computed by
 * the program before joint draws existed (commit e516ac8) and must come out byte for byte the same.
 * `beforeDrawing` may add to the desk after the seeding (another department's inspectors).
 */
export function singleDepartmentScenario(db: Db, beforeDrawing: (db: Db) => void = () => {}) {
  seedEntities(db, 40);
  seedInspectors(db, 10, (i) => ({ tags: i % 3 === 0 ? '' : '食品安全' }));
  db.prepare("INSERT INTO conflicts (inspector_id, entity_id, reason) VALUES (3, 5, '亲属'), (4, 12, '曾任职')").run();
  beforeDrawing(db);
  const first = runDraw(db, makeTask(db, { count: 8, inspectorsPerEntity: 3, sameAreaRecusal: true }).id, PEOPLE, NOW, '5a'.repeat(32));
  const replaced = replaceInspector(
    db,
    {
      drawId: first.id,
      entityCode: first.selected[2]!.code,
      certNo: first.selected[2]!.inspectors[0]!.certNo,
      reason: '病休',
      operator: '张操作',
    },
    new Date('2026-11-25T09:00:00Z'),
  );
  const task = makeTask(db, { ratio: 10, count: undefined, itemIds: [2], requiredTags: '食品安全' } as never);
  const ceremony = startCeremony(db, task.id, PEOPLE, NOW, 'c3'.repeat(32));
  const second = runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:05:00Z'), {
    mode: 'witnessed',
    ceremonyId: ceremony.id,
    witnessDigits: '271828',
    publicValue: '福彩 3D 123',
  });
  return [replaced, second].map((d) => {
    const pkg = drawPackage(db, d.id);
    return {
      hash: d.hash,
      teams: Object.fromEntries(d.selected.map((e) => [e.code, e.inspectors.map((i) => i.certNo)])),
      canonical: pkg.record.canonical,
      // The audit entry's hash covers the wall-clock time the entry was written; everything else is fixed.
      package: JSON.stringify({
        ...pkg,
        ceremonies: pkg.ceremonies.map((c) => ({ ...c, startedAt: '', endedAt: '' })),
        record: { ...pkg.record, auditEntryHash: null },
      }),
    };
  });
}
