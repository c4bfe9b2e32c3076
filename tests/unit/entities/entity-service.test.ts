import { describe, expect, it } from 'vitest';
import { fieldsOf as fields } from '../field-errors.ts';
import { entityFacets, queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { getEntityDetail, saveEntity } from '../../../electron/core/entities/entity-service.ts';
import { tempContext } from '../temp-db.ts';
import { badChecksum, codeFor } from '../import/roster-fixtures.ts';

const shop = {
  code: codeFor(1),
  name: '大同县华兴超市',
  legalRep: '王华',
  address: '西坪镇东街 1 号',
  area: '西坪镇',
  entityType: '个体工商户' as const,
};

describe('editing one entity', () => {
  it('adds an entity with a normalised code and lists it in its roster', () => {
    const { db } = tempContext();
    const detail = saveEntity(db, { entity: { ...shop, code: ` ${codeFor(1).toLowerCase()} ` }, rosters: ['食品经营者'] });
    expect(detail.entity).toMatchObject({ code: codeFor(1), rosters: ['食品经营者'], codeFlagged: false });
    expect(queryEntities(db, { roster: '食品经营者' }).total).toBe(1);
    expect(entityFacets(db)).toMatchObject({ areas: ['西坪镇'], rosters: ['食品经营者'] });
  });

  it('applies the same code checks as an import, and accepts a flagged code only when confirmed', () => {
    const { db } = tempContext();
    expect(fields(() => saveEntity(db, { entity: { ...shop, code: '12345' } }))?.code).toMatch(/实际 5 位/);
    expect(fields(() => saveEntity(db, { entity: { ...shop, code: badChecksum(shop.code) } }))?.code).toMatch(/校验位不符.*勾选/);
    const accepted = saveEntity(db, { entity: { ...shop, code: badChecksum(shop.code) }, acceptFlagged: true });
    expect(accepted.entity.codeFlagged).toBe(true);
    expect(fields(() => saveEntity(db, { entity: { ...shop, name: '' } }))?.name).toBe('名称不能为空');
  });

  it('keeps each change in the history, and refuses a code another entity has', () => {
    const { db } = tempContext();
    const { entity } = saveEntity(db, { entity: shop });
    saveEntity(db, { id: entity.id, entity: { ...shop, legalRep: '王小华', regStatus: '吊销' } });
    const history = getEntityDetail(db, entity.id).history;
    expect(history[0]).toMatchObject({
      source: '手工修改',
      changes: [
        { label: '法定代表人', before: '王华', after: '王小华' },
        { label: '登记状态', before: '存续', after: '吊销' },
      ],
    });
    // The oldest entry says where the record came from; its first values are not repeated there.
    expect(history.at(-1)).toMatchObject({ source: '手工录入', changes: [{ field: 'created', label: '新增记录' }] });
    expect(history).toHaveLength(2);
    const other = saveEntity(db, { entity: { ...shop, code: codeFor(2), name: '另一家' } });
    expect(fields(() => saveEntity(db, { id: other.entity.id, entity: { ...shop, name: '另一家' } }))?.code).toMatch(/已有代码相同/);
  });
});

describe('searching and filtering the roster', () => {
  it('finds by any part of name, code, legal representative or address, with filters and paging', () => {
    const { db } = tempContext();
    for (let i = 1; i <= 30; i++) {
      saveEntity(db, {
        entity: {
          code: codeFor(i),
          name: `商店${i}`,
          legalRep: i === 7 ? '欧阳修' : '张三',
          address: `${i % 2 ? '西坪镇' : '聚乐乡'}${i}号`,
          area: i % 2 ? '西坪镇' : '聚乐乡',
          riskClass: i % 3 ? 'A' : null,
        },
        rosters: i <= 10 ? ['名录甲'] : ['名录乙'],
      });
    }
    expect(queryEntities(db, { search: '欧阳' }).rows.map((e) => e.name)).toEqual(['商店7']);
    expect(queryEntities(db, { search: codeFor(12).slice(-6).toLowerCase() }).rows.map((e) => e.name)).toEqual(['商店12']);
    expect(queryEntities(db, { search: '西坪镇 商店1' }).total).toBe(6); // 商店1, 11, 13, 15, 17, 19
    expect(queryEntities(db, { area: '聚乐乡', roster: '名录甲' }).total).toBe(5);
    expect(queryEntities(db, { riskClass: '未分类' }).total).toBe(10);
    const page = queryEntities(db, { offset: 25, limit: 10 });
    expect([page.total, page.rows.length, page.rows[0]?.name]).toEqual([30, 5, '商店26']);
    expect(() => queryEntities(db, { roster: '没有的名录' })).toThrow('没有名为“没有的名录”的名录');
  });
});
