import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { DISPOSALS } from '../../../electron/core/results/result-schema.ts';
import { tempDir } from '../temp-db.ts';

describe('migration 0010', () => {
  it('rewords the old 后续处置 in the platform words, closes nothing-to-follow-up, and keeps published results reviewed', () => {
    const db = new Database(path.join(tempDir(), 'v9.db'));
    db.pragma('foreign_keys = ON');
    const migrations = loadMigrations();
    migrate(
      db,
      migrations.filter((m) => m.version < 10),
    );
    const task = db.prepare('INSERT INTO tasks (year, number, name, draw_count, published_on) VALUES (2026, ?, ?, 5, ?)');
    const published = Number(task.run(1, '已公示的任务', '2026-11-20').lastInsertRowid);
    const open = Number(task.run(2, '未公示的任务', null).lastInsertRowid);
    const entity = db.prepare(
      "INSERT INTO entities (code, name, source, created_source, created_at, updated_at) VALUES (?, ?, '', '', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z')",
    );
    const [a, b, c] = ['91140221MA0000001X', '91140221MA0000002X', '91140221MA0000003X'].map((code, i) =>
      Number(entity.run(code, `主体${i}`).lastInsertRowid),
    );
    const result = db.prepare('INSERT INTO results (task_id, entity_id, codes, disposal, inspected_on) VALUES (?, ?, \'["1"]\', ?, ?)');
    result.run(published, a, '无须后置处置措施', '2026-11-02');
    result.run(open, b, '责令限期整改', '2026-11-03');
    result.run(open, c, '发现案件线索，移送办案机构', '2026-11-04');

    migrate(db, migrations);

    const rows = db
      .prepare('SELECT entity_id, disposal, disposal_closed, closed_on, status, reviewed_by, item_findings FROM results ORDER BY entity_id')
      .all();
    expect(rows).toEqual([
      {
        entity_id: a,
        disposal: DISPOSALS[0],
        disposal_closed: 1,
        closed_on: '2026-11-02',
        status: '已审核',
        reviewed_by: '（升级前已公示）',
        item_findings: '[]',
      },
      { entity_id: b, disposal: DISPOSALS[2], disposal_closed: 0, closed_on: null, status: '已录入', reviewed_by: '', item_findings: '[]' },
      { entity_id: c, disposal: DISPOSALS[3], disposal_closed: 0, closed_on: null, status: '已录入', reviewed_by: '', item_findings: '[]' },
    ]);
  });
});
