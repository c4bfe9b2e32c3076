import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { verifyDraw } from '../../../electron/core/draw/draw-verify.ts';
import { listConflicts } from '../../../electron/core/inspectors/conflict-service.ts';
import { listInspectors, saveInspector } from '../../../electron/core/inspectors/inspector-service.ts';
import { getTask } from '../../../electron/core/tasks/task-service.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';

/** The tables a version-5 database holds, in an order their foreign keys accept. */
const TABLES = [
  'items',
  'rosters',
  'roster_items',
  'entities',
  'entity_rosters',
  'inspectors',
  'conflicts',
  'plans',
  'tasks',
  'task_items',
  'draws',
  'draw_selections',
  'draw_assignments',
  'draw_replacements',
  'audit_log',
];

/**
 * A version-5 database holding what a bureau had before tags: inspectors with item categories as
 * 执法领域 and the four old statuses, a 回避, a task, and a confirmed draw with a 递补. The draw is
 * made by today's code on a scratch database and copied row for row: its record has the same
 * shape as one written by version 5 (the tags change no field of a draw record).
 */
function version5Database() {
  const scratch = tempContext();
  const codes = seedEntities(scratch.db, 8);
  seedInspectors(scratch.db, 6, (i) => ({
    tags: ['市场监管执法事项', '其它行政执法事项、市场监管执法事项', '', '市场监管执法事项', '', '其它行政执法事项'][i - 1],
  }));
  scratch.db
    .prepare("INSERT INTO conflicts (inspector_id, entity_id, reason) SELECT 2, id, '配偶任负责人' FROM entities WHERE code = ?")
    .run(codes[3]);
  const task = makeTask(scratch.db, { count: 3 });
  const drawn = runDraw(scratch.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), 'ab'.repeat(32));
  const entity = drawn.selected[0]!;
  replaceInspector(scratch.db, { drawId: drawn.id, entityCode: entity.code, certNo: entity.inspectors[0]!.certNo, reason: '病休' });
  scratch.db.prepare("UPDATE inspectors SET status = '病休' WHERE id = 5").run();
  scratch.db.prepare("UPDATE inspectors SET status = '借调' WHERE id = 6").run();

  const db = new Database(path.join(tempDir(), 'v5.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations().slice(0, 5));
  db.exec(`ATTACH '${scratch.dbPath}' AS now`);
  db.transaction(() => {
    for (const table of TABLES) {
      const columns = (db.pragma(`main.table_info(${table})`) as { name: string }[]).map((c) => c.name);
      const from = columns.map((c) => (table === 'inspectors' && c === 'fields' ? 'tags' : c));
      db.exec(`INSERT INTO main.${table} (${columns.join(', ')}) SELECT ${from.join(', ')} FROM now.${table}`);
    }
  })();
  db.exec('DETACH now');
  // A remembered column mapping for an inspector roster, naming 执法领域 by its old key.
  db.prepare("INSERT INTO import_mappings (kind, header_key, mapping) VALUES ('inspectors', '姓名|执法证号|执法类别', ?)").run(
    JSON.stringify({ name: 0, certNo: 1, fields: 2 }),
  );
  return { db, drawId: drawn.id, taskId: task.id };
}

describe('migration 0006', () => {
  it('keeps every inspector, 回避 and draw, with the old 执法领域 values as tags', () => {
    const { db, drawId, taskId } = version5Database();
    const before = db
      .prepare('SELECT id, name, cert_no, cert_expiry, unit, fields AS tags, status, created_at, updated_at FROM inspectors ORDER BY id')
      .all();
    const conflictsBefore = db.prepare('SELECT * FROM conflicts ORDER BY id').all();
    const assignments = db.prepare('SELECT * FROM draw_assignments ORDER BY draw_id, entity_id, slot').all();
    const replacements = db.prepare('SELECT * FROM draw_replacements ORDER BY id').all();
    expect(verifyDraw(db, drawId).ok).toBe(true);

    migrate(db, loadMigrations());

    expect(
      db.prepare('SELECT id, name, cert_no, cert_expiry, unit, tags, status, created_at, updated_at FROM inspectors ORDER BY id').all(),
    ).toEqual(before);
    expect(listInspectors(db).find((i) => i.id === 2)?.tags).toEqual(['其它行政执法事项', '市场监管执法事项']);
    expect(
      listInspectors(db, { tag: '市场监管执法事项' })
        .map((i) => i.id)
        .sort(),
    ).toEqual([1, 2, 4]);
    expect(db.prepare('SELECT * FROM conflicts ORDER BY id').all()).toEqual(conflictsBefore);
    expect(listConflicts(db, { inspectorId: 2 })).toHaveLength(1);
    expect(db.prepare('SELECT * FROM draw_assignments ORDER BY draw_id, entity_id, slot').all()).toEqual(assignments);
    expect(db.prepare('SELECT * FROM draw_replacements ORDER BY id').all()).toEqual(replacements);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyDraw(db, drawId).ok).toBe(true);
    expect(verifyAuditChain(db).ok).toBe(true);
    expect(getTask(db, taskId).requiredTags).toEqual([]);
    db.close();
  });

  it('lets the new statuses in and still refuses others; a 回避 still goes with its inspector', () => {
    const { db } = version5Database();
    migrate(db, loadMigrations());
    for (const status of ['退休', '休假', '调离'] as const) {
      db.prepare('UPDATE inspectors SET status = ? WHERE id = 1').run(status);
      expect(db.prepare('SELECT status FROM inspectors WHERE id = 1').pluck().get()).toBe(status);
    }
    expect(() => db.prepare("UPDATE inspectors SET status = '出差' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(saveInspector(db, { inspector: { name: '新人', certNo: '9', tags: '食品安全 特种设备', status: '休假' } }).tags).toEqual([
      '食品安全',
      '特种设备',
    ]);
    // ON DELETE CASCADE from conflicts to the rebuilt table is still in force.
    const fresh = saveInspector(db, { inspector: { name: '临时', certNo: '10' } });
    db.prepare('INSERT INTO conflicts (inspector_id, entity_id, reason) VALUES (?, 1, ?)').run(fresh.id, '亲属');
    db.prepare('DELETE FROM inspectors WHERE id = ?').run(fresh.id);
    expect(db.prepare('SELECT count(*) FROM conflicts WHERE inspector_id = ?').pluck().get(fresh.id)).toBe(0);
    // A drawn inspector still cannot be deleted behind the draw record's back.
    expect(() => db.prepare('DELETE FROM inspectors WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('renames 执法领域 in a remembered inspector column mapping to its new key', () => {
    const { db } = version5Database();
    migrate(db, loadMigrations());
    const mapping = db.prepare("SELECT mapping FROM import_mappings WHERE kind = 'inspectors'").pluck().get() as string;
    expect(JSON.parse(mapping)).toEqual({ name: 0, certNo: 1, tags: 2 });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE '%0006'").pluck().get()).toBe(0);
    db.close();
  });
});
