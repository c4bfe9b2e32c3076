import { describe, expect, it } from 'vitest';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { buildInspectorPool } from '../../../electron/core/draw/inspector-pool.ts';
import { previewPool } from '../../../electron/core/draw/pool-preview.ts';
import { getTask, saveTask } from '../../../electron/core/tasks/task-service.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

const SEED = 'ab'.repeat(32);
const NOW = new Date('2026-11-24T09:00:00Z');
/** Inspectors 1–8: 1, 2 食品安全; 3 特种设备、计量; 4 计量; 5 none; 6 食品安全 but 退休; 7 特种设备 with a lapsed 执法证; 8 广告. */
const TAGS = ['', '食品安全', '食品安全、网络交易', '特种设备、计量', '计量', '', '食品安全', '特种设备', '广告'];
const seedTagged = (db: Parameters<typeof seedInspectors>[0]) =>
  seedInspectors(db, 8, (i) => ({ tags: TAGS[i], ...(i === 6 ? { status: '退休' } : {}), ...(i === 7 ? { expiry: '2026-01-31' } : {}) }));

describe('所需执法领域 of a task', () => {
  it('is kept with the task as a list of free tags; a task without any asks none', () => {
    const { db } = tempContext();
    seedEntities(db, 3);
    expect(makeTask(db).requiredTags).toEqual([]);
    const task = makeTask(db, { requiredTags: '食品安全、特种设备' });
    expect(getTask(db, task.id).requiredTags).toEqual(['食品安全', '特种设备']);
    const edited = saveTask(db, {
      id: task.id,
      task: { ...task, roster: task.roster, itemIds: task.itemIds, repeatOverrides: [], requiredTags: ['计量'] },
    });
    expect(edited.requiredTags).toEqual(['计量']);
    expect(fieldsOf(() => makeTask(db, { requiredTags: ['很'.repeat(21)] }))?.requiredTags).toMatch(/所需执法领域“很+”超过 20 字/);
  });

  it('lets into the pool only 在岗 inspectors with a valid 执法证 holding at least one required tag', () => {
    const { db } = tempContext();
    seedEntities(db, 4);
    seedTagged(db);
    const task = makeTask(db, { requiredTags: ['食品安全', '特种设备'] });
    const pool = buildInspectorPool(db, task, NOW);
    expect(pool.candidates.map((c) => c.name)).toEqual(['执法员1', '执法员2', '执法员3']);
    expect(pool.excluded).toEqual({ status: 1, certificate: 1, tags: 3 });
    expect(pool.requiredTags).toEqual(['食品安全', '特种设备']);
  });

  it('takes everyone 在岗 with a valid 执法证 when none is required, whatever their tags or the items', () => {
    const { db } = tempContext();
    seedEntities(db, 4);
    seedTagged(db);
    const pool = buildInspectorPool(db, makeTask(db, { itemIds: [1, 2] }), NOW);
    expect(pool.candidates).toHaveLength(6);
    expect(pool.excluded).toEqual({ status: 1, certificate: 1, tags: 0 });
  });

  it('draws teams only from holders of a required tag, and the draw verifies', () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedTagged(db);
    const task = makeTask(db, { count: 4, requiredTags: ['计量', '广告'] });
    const draw = runDraw(db, task.id, PEOPLE, NOW, SEED);
    const names = new Set(draw.selected.flatMap((e) => e.inspectors.map((i) => i.name)));
    expect([...names].sort()).toEqual(['执法员3', '执法员4', '执法员8']);
    expect(verifyDraw(db, draw.id).ok).toBe(true);
  });

  it('says in the pool preview how many lack the required tags, and which tags they are', () => {
    const { db } = tempContext();
    seedEntities(db, 4);
    seedTagged(db);
    const preview = previewPool(db, makeTask(db, { requiredTags: ['特种设备'] }).id, NOW);
    expect(preview).toMatchObject({
      inspectors: 1,
      inspectorsExcluded: { status: 1, certificate: 1, tags: 5 },
      requiredTags: ['特种设备'],
    });
  });

  it('counts the inspectors lacking the required tags in the shortfall message, and saves nothing', () => {
    const { db } = tempContext();
    seedEntities(db, 3);
    seedTagged(db);
    const task = makeTask(db, { count: 2, requiredTags: ['食品安全', '特种设备'], inspectorsPerEntity: 4 });
    expect(() => runDraw(db, task.id, PEOPLE, NOW, SEED)).toThrow(
      /可派的执法人员只有 3 名，需要 4 名。符合条件的执法人员共 3 名（另有非在岗 1 名、执法证过期或未填有效期 1 名，另有 3 人不具备所需执法领域（食品安全、特种设备））/,
    );
    expect(db.prepare('SELECT count(*) FROM draws').pluck().get()).toBe(0);
  });

  it('leaves the tag count out of the shortfall message of a task that requires none', () => {
    const { db } = tempContext();
    seedEntities(db, 3);
    seedInspectors(db, 3, (i) => (i === 3 ? { status: '休假' } : {}));
    const task = makeTask(db, { count: 1, inspectorsPerEntity: 3 });
    let message = '';
    try {
      runDraw(db, task.id, PEOPLE, NOW, SEED);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/符合条件的执法人员共 2 名（另有非在岗 1 名、执法证过期或未填有效期 0 名），/);
    expect(message).not.toMatch(/执法领域/);
  });

  it('keeps a recorded draw verifiable after inspectors change their tags and status, and 递补 asks the same tags', () => {
    const { db } = tempContext();
    seedEntities(db, 6);
    seedTagged(db);
    const task = makeTask(db, { count: 2, requiredTags: ['食品安全', '特种设备', '计量'] });
    const draw = runDraw(db, task.id, PEOPLE, NOW, SEED);
    db.prepare("UPDATE inspectors SET tags = '广告', status = '调离'").run();
    db.prepare("UPDATE inspectors SET tags = '食品安全', status = '在岗' WHERE name IN ('执法员4', '执法员5')").run();
    expect(verifyDraw(db, draw.id).ok).toBe(true);
    const entity = draw.selected[0]!;
    const replaced = replaceInspector(
      db,
      { drawId: draw.id, entityCode: entity.code, certNo: entity.inspectors[0]!.certNo, reason: '出差' },
      NOW,
    );
    const newcomer = replaced.selected[0]!.inspectors.find((i) => !entity.inspectors.some((o) => o.certNo === i.certNo));
    expect(['执法员4', '执法员5']).toContain(newcomer?.name);
    expect(verifyDraw(db, draw.id).ok).toBe(true);
  });
});
