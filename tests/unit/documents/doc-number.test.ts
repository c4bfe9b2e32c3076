import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { formatDocNumber, issueDocNumbers, listDocNumbers } from '../../../electron/core/documents/data/doc-number.ts';
import { gatherNoticeDrafts, issueNoticeNumbers } from '../../../electron/core/documents/data/notice-data.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { runDraw, voidDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { drawnTask } from './doc-fixtures.ts';

describe('文号', () => {
  it('is written as GB/T 9704 writes it: prefix, year in 〔〕, number without leading zeros or 第', () => {
    expect(formatDocNumber('大同县市监', 2026, 3)).toBe('大同县市监〔2026〕3号');
    expect(formatDocNumber('大同县市监', 2026, 120)).toBe('大同县市监〔2026〕120号');
  });

  it('numbers a task’s notices 1, 2, 3… in draw order, all different', () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 10 });
    const notices = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24');
    expect(notices.map((n) => n.entityId)).toEqual(draw.selected.map((e) => e.entityId));
    expect(notices.map((n) => n.docNumber)).toEqual(Array.from({ length: 10 }, (_, i) => `大同县市监〔2026〕${i + 1}号`));
  });

  it('keeps an entity’s number and date when its notice is regenerated, and a new task continues the sequence', () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 8, count: 4 });
    const first = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24');
    const again = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-12-01');
    expect(again.map((n) => [n.docNumber, n.issuedOn])).toEqual(first.map((n) => [n.docNumber, '2026-11-24']));
    const one = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id, [first[2]!.entityId]), '2026-12-09');
    expect(one[0]!.docNumber).toBe(first[2]!.docNumber);

    const second = makeTask(ctx.db, { name: '第二个任务', count: 4 });
    runDraw(ctx.db, second.id, PEOPLE);
    const next = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, second.id), '2026-11-25');
    expect(next.map((n) => n.docNumber)).toEqual([5, 6, 7, 8].map((n) => `大同县市监〔2026〕${n}号`));
    const all = listDocNumbers(ctx.db, task.id)
      .concat(listDocNumbers(ctx.db, second.id))
      .map((n) => n.number);
    expect(new Set(all).size).toBe(8);
  });

  it('runs one sequence per prefix and year, and never gives a number out twice', () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 6, count: 3 });
    const [a, b, c] = draw.selected.map((e) => e.entityId);
    const issue = (entityIds: number[], prefix: string, issuedOn: string) =>
      [...issueDocNumbers(ctx.db, { type: 'notice', taskId: task.id, entityIds, prefix, issuedOn }).values()].map((n) => n.number);
    expect(issue([a!], '大同县市监', '2026-11-24')).toEqual(['大同县市监〔2026〕1号']);
    expect(issue([b!], '大同县市监检', '2026-11-24')).toEqual(['大同县市监检〔2026〕1号']);
    expect(issue([c!], '大同县市监', '2027-01-04')).toEqual(['大同县市监〔2027〕1号']);
    // A different document type for the same entity is a new document with a new number.
    const sheet = issueDocNumbers(ctx.db, {
      type: 'recordSheet',
      taskId: task.id,
      entityIds: [a!],
      prefix: '大同县市监',
      issuedOn: '2026-11-24',
    });
    expect(sheet.get(a!)!.number).toBe('大同县市监〔2026〕2号');
    expect(() => ctx.db.prepare('DELETE FROM doc_numbers').run()).toThrow(/never withdrawn/);
    expect(() => ctx.db.prepare("UPDATE doc_numbers SET number = 'x'").run()).toThrow(/never changes/);
  });

  it('keeps the numbers of entities drawn again after the draw was voided and redrawn', () => {
    const ctx = tempContext();
    const { task, draw } = drawnTask(ctx, { entities: 5, count: 5 });
    const before = new Map(
      issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24').map((n) => [n.entityId, n.docNumber]),
    );
    voidDraw(ctx.db, draw.id, '筛选条件有误', '张操作');
    runDraw(ctx.db, task.id, PEOPLE);
    const after = issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-30');
    for (const n of after) expect(n.docNumber).toBe(before.get(n.entityId));
  });

  it('is handed out only by issueNoticeNumbers: gathering what the notices print numbers nothing', () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 4 });
    const drafts = gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id);
    expect(drafts).toHaveLength(4);
    expect(listDocNumbers(ctx.db, task.id)).toEqual([]);
    expect(issueNoticeNumbers(ctx.db, drafts, '2026-11-24').map((n) => n.docNumber)).toEqual(
      [1, 2, 3, 4].map((n) => `大同县市监〔2026〕${n}号`),
    );
    expect(listDocNumbers(ctx.db, task.id)).toHaveLength(4);
  });

  it('uses the prefix in settings', () => {
    const ctx = tempContext();
    const { task } = drawnTask(ctx, { entities: 3 });
    saveSettings(ctx.db, { docPrefix: '同市监检' });
    expect(issueNoticeNumbers(ctx.db, gatherNoticeDrafts(ctx.db, RESOURCES_DIR, task.id), '2026-11-24')[0]!.docNumber).toBe(
      '同市监检〔2026〕1号',
    );
  });
});

describe('migration 0004', () => {
  it('adds the document tables to a database made by the version before, keeping its data', () => {
    const file = path.join(tempDir(), 'v3.db');
    const db = new Database(file);
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, 3));
    db.prepare("INSERT INTO settings (key, value) VALUES ('bureauName', '某县局')").run();
    migrate(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'bureauName'").pluck().get()).toBe('某县局');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['doc_number_sequences', 'doc_numbers', 'document_templates', 'task_materials']));
    db.close();
  });
});
