import { bumpChangeCounter } from '../../../electron/core/db/change-counter.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { entityInputSchema } from '../../../electron/core/entities/entity-schema.ts';
import { ensureRoster } from '../../../electron/core/entities/entity-service.ts';
import { entityWriter } from '../../../electron/core/entities/entity-write.ts';
import { saveTask } from '../../../electron/core/tasks/task-service.ts';
import type { TaskInput } from '../../../electron/core/tasks/task-schema.ts';
import { codeFor } from '../import/roster-fixtures.ts';

const AREAS = ['西坪镇', '聚乐乡', '许堡乡', '峰峪乡'];

/** `n` entities in roster 测试名录, areas and risk classes spread evenly; returns their codes. */
export function seedEntities(db: Db, n: number, overrides: (i: number) => Record<string, unknown> = () => ({})): string[] {
  const codes: string[] = [];
  db.transaction(() => {
    const writer = entityWriter(db);
    const roster = ensureRoster(db, '测试名录');
    for (let i = 1; i <= n; i++) {
      const fields = entityInputSchema.parse({
        code: codeFor(i),
        name: `测试主体${i}`,
        area: AREAS[i % AREAS.length],
        riskClass: 'ABCD'[i % 4],
        ...overrides(i),
      });
      writer.joinRoster(writer.insert(fields, false, 'test'), roster);
      codes.push(fields.code);
    }
    bumpChangeCounter(db, 'entities');
  })();
  return codes;
}

/** `n` inspectors, 在岗 with valid certificates, spread over four 所; returns their 执法证号. */
export function seedInspectors(db: Db, n: number, overrides: (i: number) => Record<string, unknown> = () => ({})): string[] {
  const insert = db.prepare(`INSERT INTO inspectors (name, cert_no, cert_expiry, unit, status, tags)
                             VALUES (@name, @cert, @expiry, @unit, @status, @tags)`);
  const certs: string[] = [];
  for (let i = 1; i <= n; i++) {
    const row = {
      name: `执法员${i}`,
      cert: `1402${String(i).padStart(4, '0')}`,
      expiry: '2030-12-31',
      unit: `${AREAS[i % AREAS.length]!.slice(0, 2)}市场监管所`,
      status: '在岗',
      tags: '',
      ...overrides(i),
    };
    insert.run(row);
    certs.push(row.cert);
  }
  return certs;
}

export function makeTask(db: Db, task: Partial<TaskInput> = {}) {
  return saveTask(db, {
    task: {
      name: '2026年度测试抽查',
      itemIds: [1],
      roster: '测试名录',
      count: 5,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      department: '执法稽查科',
      ...task,
    },
  });
}

export const PEOPLE = { operator: '张操作', witness: '李监督' };

/** What someone with a SQLite tool and the file could do: triggers are no obstacle to them. */
export function behindTheBack(db: Db, sql: string, ...params: unknown[]) {
  for (const t of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[])
    db.exec(`DROP TRIGGER ${t}`);
  db.prepare(sql).run(...params);
}
