import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { exportInspectorsXlsx } from '../../../electron/core/inspectors/inspector-xlsx-export.ts';
import { inspectorInputSchema, type Inspector } from '../../../electron/core/inspectors/inspector-schema.ts';
import {
  listInspectorTags,
  listInspectors,
  saveInspector,
  type InspectorTagCount,
} from '../../../electron/core/inspectors/inspector-service.ts';
import type { Db } from '../../../electron/core/db/connection.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext, tempDir } from '../temp-db.ts';

function add(db: Db, name: string, certNo: string, tags: string | string[], status = '在岗') {
  return saveInspector(db, { inspector: { name, certNo, certExpiry: '2030-12-31', tags, status: status as '在岗' } });
}

describe('执法领域 / 业务专长 as free tags', () => {
  it('splits a text on 、，,;；/ and spaces, as a form or a file writes it, and keeps the order written', () => {
    const parsed = inspectorInputSchema.parse({
      name: '王一',
      certNo: '1',
      tags: '食品安全、特种设备，计量;价格；广告/网络交易 知识产权  食品安全',
    });
    expect(parsed.tags).toEqual(['食品安全', '特种设备', '计量', '价格', '广告', '网络交易', '知识产权']);
  });

  it('splits each chip of a list too, so no stored tag holds a separator, and drops repeats and blanks', () => {
    const parsed = inspectorInputSchema.parse({ name: '王一', certNo: '1', tags: ['食品安全', ' 特种设备、计量 ', '', '食品安全'] });
    expect(parsed.tags).toEqual(['食品安全', '特种设备', '计量']);
  });

  it('stores the tags and gives them back as chips; never checks them against the item categories', () => {
    const { db } = tempContext();
    const saved = add(db, '王一', '14020001', '食品安全、特种设备 市场监管执法事项 自定义专长');
    expect(saved.tags).toEqual(['食品安全', '特种设备', '市场监管执法事项', '自定义专长']);
    expect(db.prepare('SELECT tags FROM inspectors WHERE id = ?').pluck().get(saved.id)).toBe(
      '食品安全、特种设备、市场监管执法事项、自定义专长',
    );
    const edited = saveInspector(db, { id: saved.id, inspector: { ...saved, tags: ['计量'] } });
    expect(edited.tags).toEqual(['计量']);
    expect(add(db, '李二', '14020002', '').tags).toEqual([]);
  });

  it('refuses a tag over 20 characters and more than 30 tags, naming the field', () => {
    const { db } = tempContext();
    const long = '很'.repeat(21);
    expect(fieldsOf(() => add(db, '王一', '1', ['食品安全', long]))?.tags).toBe(`执法领域/业务专长“${long}”超过 20 字，请缩短或分成几项`);
    expect(add(db, '王一', '1', ['食', '很'.repeat(20)]).tags).toHaveLength(2);
    const many = Array.from({ length: 31 }, (_, i) => `专长${i + 1}`);
    expect(fieldsOf(() => add(db, '李二', '2', many))?.tags).toMatch(/最多 30 项，现有 31 项/);
    expect(add(db, '李二', '2', many.slice(0, 30)).tags).toHaveLength(30);
  });

  it('filters the list by one tag, matched whole (食品 does not find 食品安全), and with the search', () => {
    const { db } = tempContext();
    add(db, '王一', '1', '食品安全、特种设备');
    add(db, '李二', '2', '食品');
    add(db, '张三', '3', '特种设备 计量');
    add(db, '赵四', '4', '');
    const names = (q: { search?: string; tag?: string }) =>
      listInspectors(db, q)
        .map((i) => i.name)
        .sort();
    expect(names({ tag: '特种设备' })).toEqual(['张三', '王一']);
    expect(names({ tag: '食品' })).toEqual(['李二']);
    expect(names({ tag: ' 食品安全 ' })).toEqual(['王一']);
    expect(names({ tag: '没有' })).toEqual([]);
    expect(names({ tag: '特种设备', search: '张' })).toEqual(['张三']);
    expect(names({})).toHaveLength(4);
  });

  it('lists the tags in use with how many hold each and how many of them are 在岗', () => {
    const { db } = tempContext();
    add(db, '王一', '1', '食品安全、特种设备');
    add(db, '李二', '2', '食品安全', '退休');
    add(db, '张三', '3', '特种设备、食品安全');
    add(db, '赵四', '4', '计量');
    expect(listInspectorTags(db)).toEqual([
      { tag: '食品安全', count: 3, onDuty: 2 },
      { tag: '特种设备', count: 2, onDuty: 2 },
      { tag: '计量', count: 1, onDuty: 1 },
    ]);
  });

  it('is reachable through the contract: inspectors:list with a tag, and inspectors:tags', async () => {
    const ctx = tempContext();
    add(ctx.db, '王一', '1', '食品安全');
    add(ctx.db, '李二', '2', '计量');
    const listed = await dispatch(ctx, 'inspectors:list', { tag: '计量' });
    expect(listed.ok && (listed.data as Inspector[]).map((i) => i.name)).toEqual(['李二']);
    const tags = await dispatch(ctx, 'inspectors:tags', {});
    expect(tags.ok && (tags.data as InspectorTagCount[]).map((t) => t.tag).sort()).toEqual(['计量', '食品安全']);
    const saved = await dispatch(ctx, 'inspectors:save', { inspector: { name: '张三', certNo: '3', tags: '食品安全、计量' } });
    expect(saved.ok && (saved.data as Inspector).tags).toEqual(['食品安全', '计量']);
  });

  it('exports the tags 、-joined under the header 执法领域/业务专长, filtered as the list is', async () => {
    const { db } = tempContext();
    add(db, '王一', '1', ['食品安全', '特种设备']);
    add(db, '李二', '2', ['计量'], '借调');
    const file = path.join(tempDir(), '人员.xlsx');
    const result = await exportInspectorsXlsx(db, { tag: '特种设备' }, file);
    expect(result.count).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows = wb.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const header = rows.findIndex((r) => r.includes('执法领域/业务专长'));
    expect(header).toBeGreaterThanOrEqual(0);
    const column = rows[header]!.indexOf('执法领域/业务专长');
    expect(rows[header + 1]![column]).toBe('食品安全、特种设备');
    expect(rows).toHaveLength(header + 2);
  });
});
