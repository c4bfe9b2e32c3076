import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { entityFacets, queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { getEntityDetail, saveEntity } from '../../../electron/core/entities/entity-service.ts';
import { fieldsOf as fields } from '../field-errors.ts';
import { codeFor } from '../import/roster-fixtures.ts';
import { tempContext, tempDir } from '../temp-db.ts';

const COUNTY = '大同县市场监督管理局';
const CITY = '大同市市场监督管理局';

/** Six shops: 登记机关 county for 1–4, city for 5, none for 6; 管辖单位 西坪所 for odd, 聚乐所 for even but 6. */
function sixShops(db: Db) {
  for (let i = 1; i <= 6; i++) {
    saveEntity(db, {
      entity: {
        code: codeFor(i),
        name: `商店${i}`,
        area: i <= 3 ? '西坪镇' : '聚乐乡',
        regAuthority: i <= 4 ? COUNTY : i === 5 ? CITY : '',
        jurisdiction: i === 6 ? '' : i % 2 ? '西坪市场监管所' : '聚乐市场监管所',
      },
    });
  }
}

const names = (db: Db, filter: Parameters<typeof queryEntities>[1]) => queryEntities(db, filter).rows.map((e) => e.name);

describe('登记机关 and 管辖单位 of an entity', () => {
  it('are saved and read back, empty when not given, and at most 100 characters', () => {
    const { db } = tempContext();
    const { entity } = saveEntity(db, {
      entity: { code: codeFor(1), name: '大同县华兴超市', regAuthority: ` ${COUNTY} `, jurisdiction: '西坪市场监管所' },
    });
    expect(getEntityDetail(db, entity.id).entity).toMatchObject({ regAuthority: COUNTY, jurisdiction: '西坪市场监管所' });
    const plain = saveEntity(db, { entity: { code: codeFor(2), name: '大同县聚乐商店' } }).entity;
    expect(plain).toMatchObject({ regAuthority: '', jurisdiction: '' });
    expect(
      fields(() => saveEntity(db, { entity: { code: codeFor(3), name: '长名店', regAuthority: '局'.repeat(101) } }))?.regAuthority,
    ).toBe('登记机关不能超过 100 字');
    expect(
      fields(() => saveEntity(db, { entity: { code: codeFor(3), name: '长名店', jurisdiction: '所'.repeat(101) } }))?.jurisdiction,
    ).toBe('管辖单位不能超过 100 字');
    expect(
      saveEntity(db, { entity: { code: codeFor(3), name: '刚好店', regAuthority: '局'.repeat(100) } }).entity.regAuthority,
    ).toHaveLength(100);
  });

  it('keep each change in the history under their Chinese names', () => {
    const { db } = tempContext();
    const shop = { code: codeFor(1), name: '大同县华兴超市', regAuthority: CITY, jurisdiction: '西坪市场监管所' };
    const { entity } = saveEntity(db, { entity: shop });
    saveEntity(db, { id: entity.id, entity: { ...shop, regAuthority: COUNTY, jurisdiction: '聚乐市场监管所' } });
    expect(getEntityDetail(db, entity.id).history[0]).toMatchObject({
      source: '手工修改',
      changes: [
        { field: 'regAuthority', label: '登记机关', before: CITY, after: COUNTY },
        { field: 'jurisdiction', label: '管辖单位', before: '西坪市场监管所', after: '聚乐市场监管所' },
      ],
    });
  });

  it('filter the roster by exact value, alone and with the other filters', () => {
    const { db } = tempContext();
    sixShops(db);
    expect(names(db, { regAuthority: COUNTY })).toEqual(['商店1', '商店2', '商店3', '商店4']);
    expect(names(db, { regAuthority: CITY })).toEqual(['商店5']);
    expect(names(db, { regAuthority: '大同县市场监督' })).toEqual([]); // exact, like 所属区域
    expect(names(db, { jurisdiction: '西坪市场监管所' })).toEqual(['商店1', '商店3', '商店5']);
    expect(names(db, { jurisdiction: '聚乐市场监管所' })).toEqual(['商店2', '商店4']);
    expect(names(db, { regAuthority: COUNTY, jurisdiction: '西坪市场监管所' })).toEqual(['商店1', '商店3']);
    expect(names(db, { regAuthority: COUNTY, area: '聚乐乡' })).toEqual(['商店4']);
    expect(queryEntities(db, {}).total).toBe(6);
  });

  it('see a change at once: the in-memory index is rebuilt after an edit', () => {
    const { db } = tempContext();
    sixShops(db);
    expect(names(db, { jurisdiction: '聚乐市场监管所' })).toEqual(['商店2', '商店4']);
    const six = queryEntities(db, { search: '商店6' }).rows[0]!;
    saveEntity(db, { id: six.id, entity: { ...six, jurisdiction: '聚乐市场监管所' } });
    expect(names(db, { jurisdiction: '聚乐市场监管所' })).toEqual(['商店2', '商店4', '商店6']);
  });

  it('are offered as filter choices, sorted, without the empty value', () => {
    const { db } = tempContext();
    expect(entityFacets(db)).toMatchObject({ regAuthorities: [], jurisdictions: [] });
    sixShops(db);
    expect(entityFacets(db)).toMatchObject({
      regAuthorities: [CITY, COUNTY].sort(),
      jurisdictions: ['聚乐市场监管所', '西坪市场监管所'].sort(),
      areas: ['聚乐乡', '西坪镇'].sort(),
    });
  });

  it('are filters and facets at the contract’s door too, and its schema limits them', async () => {
    const ctx = tempContext();
    sixShops(ctx.db);
    expect((await invoke(ctx, 'entities:query', { jurisdiction: '聚乐市场监管所' })).total).toBe(2);
    expect(await invoke(ctx, 'entities:facets', {})).toMatchObject({ regAuthorities: [CITY, COUNTY].sort() });
    await expect(invoke(ctx, 'entities:query', { regAuthority: '局'.repeat(101) })).rejects.toThrow();
  });

  it('are columns of the Excel export, which follows the filters', async () => {
    const ctx = tempContext();
    sixShops(ctx.db);
    const out = path.join(tempDir(), '导出.xlsx');
    expect(await invoke(ctx, 'entities:export', { regAuthority: COUNTY, jurisdiction: '聚乐市场监管所', path: out })).toMatchObject({
      count: 2,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows[1] as string[];
    const authority = header.indexOf('登记机关');
    const jurisdiction = header.indexOf('管辖单位');
    expect(authority).toBeGreaterThan(header.indexOf('所属区域'));
    expect(jurisdiction).toBe(authority + 1);
    const body = rows.slice(2);
    expect(body.map((r) => [r[header.indexOf('名称')], r[authority], r[jurisdiction]])).toEqual([
      ['商店2', COUNTY, '聚乐市场监管所'],
      ['商店4', COUNTY, '聚乐市场监管所'],
    ]);
  });
});
