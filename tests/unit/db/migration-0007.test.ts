import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { entityFacets, queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { getEntityDetail } from '../../../electron/core/entities/entity-service.ts';
import { tempDir } from '../temp-db.ts';

describe('migration 0007', () => {
  it('gives every entity an empty 登记机关 and 管辖单位, losing nothing it had', () => {
    const db = new Database(path.join(tempDir(), 'v6.db'));
    db.pragma('foreign_keys = ON');
    const migrations = loadMigrations();
    // The database as the version before 0007 made it (whatever 0006 is).
    const before = migrations.filter((m) => m.version < 7);
    migrate(db, before);
    expect(db.pragma('user_version', { simple: true })).toBe(before.length);
    const add = db.prepare(
      `INSERT INTO entities (code, name, legal_rep, address, area, industry, entity_type, reg_status, established, phone, risk_class, notes,
                             source, created_source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-05T08:00:00.000Z', '2026-02-01T08:00:00.000Z')`,
    );
    const shop = Number(
      add.run(
        '91140221MA0000001X',
        '甲公司',
        '王华',
        '西坪镇东街 1 号',
        '西坪镇',
        '批发和零售业',
        '企业',
        '存续',
        '2015-06-30',
        '13900000000',
        'B',
        '备注一',
        '名录.xlsx 第 3 行',
        '名录.xlsx 第 3 行',
      ).lastInsertRowid,
    );
    add.run('92140221MA0000002X', '乙商店', '', '', '聚乐乡', '', '个体工商户', '吊销', null, '', null, '', '手工录入', '手工录入');
    const roster = Number(db.prepare("INSERT INTO rosters (name) VALUES ('食品经营者')").run().lastInsertRowid);
    db.prepare('INSERT INTO entity_rosters (entity_id, roster_id) VALUES (?, ?)').run(shop, roster);
    db.prepare('INSERT INTO entity_history (entity_id, source, changes, changed_at) VALUES (?, ?, ?, ?)').run(
      shop,
      '手工修改',
      '{"phone":["","13900000000"]}',
      '2026-02-01T08:00:00.000Z',
    );
    const rowsBefore = db.prepare('SELECT * FROM entities ORDER BY id').all();

    migrate(db, migrations);

    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const rowsAfter = db.prepare('SELECT * FROM entities ORDER BY id').all() as Record<string, unknown>[];
    expect(rowsAfter.map(({ reg_authority, jurisdiction }) => [reg_authority, jurisdiction])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(rowsAfter.map(({ reg_authority: _r, jurisdiction: _j, ...rest }) => rest)).toEqual(rowsBefore);
    const detail = getEntityDetail(db, shop);
    expect(detail.entity).toMatchObject({ name: '甲公司', riskClass: 'B', regAuthority: '', jurisdiction: '', rosters: ['食品经营者'] });
    expect(detail.history.map((e) => [e.source, e.changes.map((c) => c.label).join()])).toEqual([
      ['手工修改', '联系电话'],
      ['名录.xlsx 第 3 行', '新增记录'],
    ]);
    expect(queryEntities(db, { jurisdiction: '西坪市场监管所' }).total).toBe(0);
    expect(entityFacets(db)).toMatchObject({ regAuthorities: [], jurisdictions: [], areas: ['聚乐乡', '西坪镇'] });
    // A new column with a constant default is a schema change only: the table keeps its CHECKs.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
