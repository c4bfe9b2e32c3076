import type { Db } from '../../../electron/core/db/connection.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { setResults, taskResults } from '../../../electron/core/results/result-service.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { savePlan } from '../../../electron/core/tasks/plan-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { tempContext } from '../temp-db.ts';

/** A code with letters (DOMAIN.md's valid example) and a 15-digit 注册号 of an older 个体工商户. */
export const LETTER_CODE = '91310115MA1K3BTP2B';
export const REG_NO = '140221600012345';

/**
 * What the publish flow leaves: a frozen 公示 naming these entities. Written directly, so these
 * tests do not wait on the 生成公示 screen's rules (reviewed results only, and so on).
 */
export function publish(db: Db, taskId: number, entityIds: number[], on = '2027-01-05'): void {
  const pub = db
    .prepare("INSERT INTO publications (task_id, kind, published_on, content, content_hash) VALUES (?, '公示', ?, '[]', 'test')")
    .run(taskId, on).lastInsertRowid;
  const add = db.prepare('INSERT INTO publication_entities (publication_id, task_id, entity_id) VALUES (?, ?, ?)');
  for (const id of entityIds) add.run(pub, taskId, id);
}

/**
 * A plan with one task of two items drawn over 4 entities (one with the letter code, one with a
 * 注册号), every result entered with per-item findings; the 机关代码 140221 set.
 */
export function gsxtDesk(options: { authorityCode?: string; filters?: boolean } = {}) {
  const ctx = tempContext();
  const { db } = ctx;
  saveSettings(db, { authorityCode: options.authorityCode ?? '140221' });
  seedEntities(db, 4, (i) => (i === 1 ? { code: LETTER_CODE } : i === 2 ? { code: REG_NO, name: '大同县老王小吃店' } : {}));
  seedInspectors(db, 6);
  const plan = savePlan(db, { plan: { year: 2026, name: '2026年度双随机抽查工作计划' } });
  const task = makeTask(db, {
    name: '2026年第一批企业公示信息抽查',
    source: '计划',
    planId: plan.id,
    itemIds: [1, 2],
    count: 4,
    ...(options.filters ? { filters: { area: ['西坪镇', '聚乐乡', '许堡乡', '峰峪乡'] } } : {}),
  });
  runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), '33'.repeat(32));
  const rows = taskResults(db, task.id);
  const byCode = new Map(rows.map((r) => [r.code, r.entityId]));
  const [item1, item2] = [1, 2];
  const clean = rows.filter((r) => r.code !== LETTER_CODE).map((r) => r.entityId);
  setResults(db, { taskId: task.id, entityIds: clean, result: { codes: ['1'], inspectedOn: '2026-12-03' } }, '2027-03-01');
  setResults(
    db,
    {
      taskId: task.id,
      entityIds: [byCode.get(LETTER_CODE)!],
      result: {
        codes: ['B', 'E'],
        inspectedOn: '2026-12-09',
        disposal: '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责',
        itemFindings: [
          { itemId: item1!, checked: true, problem: '未按期公示2025年度年报', handling: '责令改正，已补报' },
          { itemId: item2!, checked: false, problem: '', handling: '' },
        ],
      },
    },
    '2027-03-01',
  );
  return { ...ctx, plan, task, rows, byCode };
}
