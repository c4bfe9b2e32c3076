import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/connection.ts';
import { startCeremony } from '../../../electron/core/draw/draw-ceremony.ts';
import { drawPackage } from '../../../electron/core/draw/draw-package.ts';
import { getDraw, type DrawRecord } from '../../../electron/core/draw/draw-read.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { previewPool } from '../../../electron/core/draw/pool-preview.ts';
import { behindTheBack, PEOPLE } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';
import { jointDesk, makeJointTask } from './joint-fixtures.ts';

const SEED = '7e'.repeat(32);
const NOW = new Date('2026-11-24T09:00:00Z');
const BUREAU = '大同县市场和质量监督管理局';

function jointDraw(db: Db, task: Parameters<typeof makeJointTask>[2] = {}, seed = SEED) {
  const desk = jointDesk(db);
  const made = makeJointTask(db, desk, { count: 10, ...task });
  return { desk, task: made, draw: runDraw(db, made.id, PEOPLE, NOW, seed) };
}

const teamsOf = (draw: DrawRecord) => Object.fromEntries(draw.selected.map((e) => [e.code, e.inspectors.map((i) => i.certNo)]));

function loadSpread(draw: DrawRecord, prefix: RegExp): number {
  const loads = new Map<string, number>();
  for (const e of draw.selected)
    for (const i of e.inspectors) if (prefix.test(i.certNo)) loads.set(i.certNo, (loads.get(i.certNo) ?? 0) + 1);
  return Math.max(...loads.values()) - Math.min(...loads.values());
}

describe('drawing a 部门联合抽查', () => {
  it('gives each entity k_d inspectors of each department, the lead’s first (组长), each member with its department', () => {
    const { db } = tempContext();
    const { draw, desk } = jointDraw(db);
    expect(draw.selected).toHaveLength(10);
    for (const e of draw.selected) {
      expect(e.inspectors.map((i) => i.certNo.slice(0, 2))).toEqual(['14', '14', 'YJ', 'WJ']);
      expect(e.inspectors.map((i) => i.departmentName)).toEqual([BUREAU, BUREAU, '县应急管理局', '县卫生健康局']);
      expect(e.inspectors.map((i) => i.departmentId)).toEqual([1, 1, desk.safety.id, desk.health.id]);
      expect(e.inspectors.map((i) => i.leader)).toEqual([true, false, false, false]);
      expect(new Set(e.inspectors.map((i) => i.certNo)).size).toBe(4);
    }
    expect(draw.params.departments).toEqual([
      { id: 1, name: BUREAU, role: '牵头', perEntity: 2 },
      { id: desk.safety.id, name: '县应急管理局', role: '参与', perEntity: 1 },
      { id: desk.health.id, name: '县卫生健康局', role: '参与', perEntity: 1 },
    ]);
    expect(draw.params.perEntity).toBe(4);
    // Within each department the least loaded go first: loads differ by at most one.
    expect(loadSpread(draw, /^1402/)).toBeLessThanOrEqual(1);
    expect(loadSpread(draw, /^YJ/)).toBeLessThanOrEqual(1);
    expect(loadSpread(draw, /^WJ/)).toBeLessThanOrEqual(1);
    const pool = drawPackage(db, draw.id).inspectorPool;
    expect(pool).toHaveLength(15);
    expect(pool.find((i) => i.cert === 'YJ0001')?.department).toBe('县应急管理局');
    expect(pool.find((i) => i.cert === '14020001')?.department).toBe(BUREAU);
  });

  it('gives the same teams from the same seed, and other teams from another', () => {
    const a = tempContext();
    const b = tempContext();
    const first = jointDraw(a.db).draw;
    const again = jointDraw(b.db).draw;
    expect(teamsOf(again)).toEqual(teamsOf(first));
    expect(again.hash).toBe(first.hash);
    const other = jointDraw(tempContext().db, {}, '3c'.repeat(32)).draw;
    expect(teamsOf(other)).not.toEqual(teamsOf(first));
  });

  it('fails without recording anything when a department cannot send enough, naming the department and the entity', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    const task = makeJointTask(db, desk, {
      departments: [
        { departmentId: 1, itemIds: [1, 2], perEntity: 2 },
        { departmentId: desk.safety.id, itemIds: [desk.safetyItem], perEntity: 1 },
        { departmentId: desk.health.id, itemIds: [desk.healthItem], perEntity: 4 },
      ],
    });
    const preview = previewPool(db, task.id, NOW).departments!;
    expect(preview.map((d) => [d.name, d.role, d.perEntity, d.eligible])).toEqual([
      [BUREAU, '牵头', 2, 8],
      ['县应急管理局', '参与', 1, 4],
      ['县卫生健康局', '参与', 4, 3],
    ]);
    expect(preview[0]!.shortfall).toBeNull();
    expect(preview[2]!.shortfall).toMatch(/^县卫生健康局可派的执法人员不足：符合条件的只有 3 名，每户需要 4 名/);
    expect(() => runDraw(db, task.id, PEOPLE, NOW, SEED)).toThrow(
      /^县卫生健康局可派的执法人员不足：检查对象“测试主体\d+”（\w+）该部门可派的只有 3 名，需要 4 名/,
    );
    expect(db.prepare('SELECT count(*) FROM draws').pluck().get()).toBe(0);
    // Said before a commitment is shown, so the 监督人 does not type digits for a draw that must fail.
    expect(() => startCeremony(db, task.id, PEOPLE, NOW)).toThrow(
      /^县卫生健康局可派的执法人员不足：符合条件的只有 3 名，每户需要 4 名，不能开始抽取/,
    );
    expect(db.prepare('SELECT count(*) FROM draw_ceremonies').pluck().get()).toBe(0);
  });

  it('applies 所需执法领域 to 本局’s inspectors only: other departments keep no such tags', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    db.prepare("UPDATE inspectors SET tags = '食品安全' WHERE cert_no IN ('14020001', '14020002', '14020003')").run();
    const task = makeJointTask(db, desk, { count: 6, requiredTags: ['食品安全'] });
    expect(previewPool(db, task.id, NOW).departments!.map((d) => d.eligible)).toEqual([3, 4, 3]);
    const draw = runDraw(db, task.id, PEOPLE, NOW, SEED);
    for (const e of draw.selected) {
      expect(['14020001', '14020002', '14020003']).toContain(e.inspectors[0]!.certNo);
      expect(['14020001', '14020002', '14020003']).toContain(e.inspectors[1]!.certNo);
    }
  });

  it('递补 within the department of the inspector who drops out, into the same slot; refuses when that department has nobody left', () => {
    const { db } = tempContext();
    const { draw } = jointDraw(db, { count: 3 });
    const entity = draw.selected[0]!;
    const out = entity.inspectors[2]!;
    expect(out.certNo).toMatch(/^YJ/);
    const after = replaceInspector(db, { drawId: draw.id, entityCode: entity.code, certNo: out.certNo, reason: '病休' }, NOW);
    const slot = after.selected[0]!.inspectors[2]!;
    expect(slot.certNo).toMatch(/^YJ/);
    expect(slot.departmentName).toBe('县应急管理局');
    expect(slot.replaced?.previousCert).toBe(out.certNo);
    const candidates = JSON.parse(db.prepare('SELECT candidates FROM draw_replacements').pluck().get() as string) as string[];
    expect(candidates.every((c) => c.startsWith('YJ'))).toBe(true);
    expect(candidates).toHaveLength(3);
    // 卫健 has 3 inspectors: after two drop out of one team, nobody of 卫健 is left for it.
    let current = after.selected[0]!.inspectors[3]!.certNo;
    for (const reason of ['回避', '借调']) {
      const next = replaceInspector(db, { drawId: draw.id, entityCode: entity.code, certNo: current, reason }, NOW);
      current = next.selected[0]!.inspectors[3]!.certNo;
      expect(current).toMatch(/^WJ/);
    }
    expect(() => replaceInspector(db, { drawId: draw.id, entityCode: entity.code, certNo: current, reason: '病休' }, NOW)).toThrow(
      /^县卫生健康局没有可递补的执法人员/,
    );
    expect(verifyDraw(db, draw.id).ok).toBe(true);
  });

  it('复核 passes a joint draw and names a changed department team or a moved inspector', () => {
    const { db } = tempContext();
    const { draw } = jointDraw(db);
    const result = verifyDraw(db, draw.id);
    expect(result.ok).toBe(true);
    expect(result.checks.find((c) => c.label === '联合抽查部门')?.detail).toBe(
      `${BUREAU}（牵头）每户 2 名，县应急管理局（参与）每户 1 名，县卫生健康局（参与）每户 1 名`,
    );
    const entity = getDraw(db, draw.id).selected[0]!;
    const yj = entity.inspectors[2]!.certNo;
    const other = ['YJ0001', 'YJ0002', 'YJ0003', 'YJ0004'].find((c) => c !== yj)!;
    behindTheBack(
      db,
      'UPDATE draw_assignments SET cert_no = ?, inspector_id = (SELECT id FROM inspectors WHERE cert_no = ?) WHERE draw_id = ? AND entity_id = ? AND slot = 2',
      other,
      other,
      draw.id,
      entity.entityId,
    );
    const failed = verifyDraw(db, draw.id)
      .checks.filter((c) => !c.ok)
      .map((c) => c.label);
    expect(failed).toEqual(['检查组', '记录完整性']);
  });

  it('复核 names an inspector moved to another department in the frozen pool', () => {
    const { db } = tempContext();
    const { draw } = jointDraw(db);
    const pool = JSON.parse(db.prepare('SELECT inspector_pool FROM draws').pluck().get() as string) as {
      cert: string;
      department: string;
    }[];
    for (const i of pool) if (i.cert === 'WJ0001') i.department = '县应急管理局';
    behindTheBack(db, 'UPDATE draws SET inspector_pool = ? WHERE id = ?', JSON.stringify(pool), draw.id);
    const failed = verifyDraw(db, draw.id)
      .checks.filter((c) => !c.ok)
      .map((c) => c.label);
    expect(failed).toContain('检查组');
    expect(failed).toContain('记录完整性');
  });
});
