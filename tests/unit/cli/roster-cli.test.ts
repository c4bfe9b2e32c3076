import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { cli } from '../cli-in-process.ts';
import { tempDir } from '../temp-db.ts';
import { deskDb, emptyDb, reopen } from './cli-desk.ts';

const CODE = '91110000600037341L';

async function headerOf(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return (book.worksheets[0]!.getRow(1).values as unknown[]).filter((v): v is string => typeof v === 'string');
}

describe('shuangsuiji entities add|edit|show|facets|template', () => {
  it('adds an entity with the import’s checks, edits it, and shows the change in its history', async () => {
    const db = emptyDb();
    const add = await cli(
      '--db',
      db,
      'entities',
      'add',
      CODE,
      '--name',
      '甲公司',
      '--area',
      '西坪镇',
      '--risk',
      'b',
      '--type',
      '企业',
      '--roster',
      '食品名录',
    );
    expect(add.stdout).toBe(`已新增市场主体 ${CODE}　甲公司\n`);
    const edit = await cli('--db', db, 'entities', 'edit', CODE.toLowerCase(), '--legal-rep', '王五', '--risk', 'none');
    expect(edit.code, edit.stderr).toBe(0);
    const page = await invoke(reopen(db), 'entities:query', { search: CODE });
    expect(page.rows[0]).toMatchObject({
      name: '甲公司',
      area: '西坪镇',
      entityType: '企业',
      riskClass: null,
      legalRep: '王五',
      rosters: ['食品名录'],
    });
    const show = await cli('--db', db, 'entities', 'show', CODE);
    expect(show.stdout).toContain('  所属名录：食品名录');
    expect(show.stdout).toMatch(/手工修改：法定代表人 （空） → 王五；信用风险分类 B → （空）/);
    expect((await cli('--db', db, 'entities', 'facets')).stdout).toContain('所属区域\t西坪镇');
  });

  it('names the option at fault, and tells how to accept a code that fails its checksum', async () => {
    const db = emptyDb();
    expect((await cli('--db', db, 'entities', 'add', CODE, '--name', '甲', '--type', '个体')).stderr).toContain(
      '--type：主体类型只能是：企业、个体工商户、农民专业合作社、其他',
    );
    const flagged = await cli('--db', db, 'entities', 'add', '91110000600037341N', '--name', '乙');
    expect(flagged.stderr).toContain('统一社会信用代码：校验位不符');
    expect(flagged.stderr).toContain('请加 --accept-flagged');
    expect((await cli('--db', db, 'entities', 'add', '91110000600037341N', '--name', '乙', '--accept-flagged')).code).toBe(0);
    expect((await invoke(reopen(db), 'entities:query', {})).rows.map((e) => [e.code, e.codeFlagged])).toEqual([
      ['91110000600037341N', true],
    ]);
  });

  it('saves the blank import templates', async () => {
    const dir = tempDir();
    for (const kind of ['entities', 'inspectors', 'conflicts']) {
      const file = path.join(dir, `${kind}.xlsx`);
      const run = await cli('--db', emptyDb(), kind, 'template', file);
      expect(run.code, run.stderr).toBe(0);
      expect(fs.existsSync(file)).toBe(true);
    }
    expect(await headerOf(path.join(dir, 'entities.xlsx'))).toContain('统一社会信用代码');
    expect(await headerOf(path.join(dir, 'inspectors.xlsx'))).toContain('执法证号');
  });
});

describe('shuangsuiji inspectors add|edit|show|export', () => {
  it('adds and edits an inspector by 执法证号; export writes the roster', async () => {
    const db = emptyDb();
    const add = await cli(
      '--db',
      db,
      'inspectors',
      'add',
      '--name',
      '张建国',
      '--cert',
      '１４０２ ０００１',
      '--expiry',
      '2030-12-31',
      '--tags',
      '食品安全、特种设备',
    );
    expect(add.stdout).toBe('已新增执法检查人员 张建国（14020001）\n');
    expect((await cli('--db', db, 'inspectors', 'edit', '14020001', '--status', '借调')).stdout).toBe(
      '已修改执法检查人员 张建国（14020001，借调）\n',
    );
    const [saved] = await invoke(reopen(db), 'inspectors:list', {});
    expect(saved).toMatchObject({
      name: '张建国',
      certNo: '14020001',
      status: '借调',
      certExpiry: '2030-12-31',
      tags: ['食品安全', '特种设备'],
    });
    expect((await cli('--db', db, 'inspectors', 'show', '14020001')).stdout).toContain('执法领域/业务专长：食品安全、特种设备');
    expect((await cli('--db', db, 'inspectors', 'edit', '14020001', '--status', '在职')).stderr).toContain(
      '--status：状态只能是：在岗、退休、借调、休假、病休、调离、停用',
    );
    const file = path.join(tempDir(), '人员.xlsx');
    expect((await cli('--db', db, 'inspectors', 'export', file)).stdout).toBe(`已导出 1 名执法检查人员到 ${file}\n`);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });
});

describe('shuangsuiji conflicts add|list|remove and rosters save|delete', () => {
  it('declares a 回避 by 执法证号 and code, lists it, and removes it by number', async () => {
    const { dbPath, codes, certs } = deskDb(3, 2);
    const add = await cli('--db', dbPath, 'conflicts', 'add', '--inspector', certs[0]!, '--entity', codes[1]!, '--reason', '亲属关系');
    expect(add.stdout).toMatch(/^已登记回避关系 1：执法员1（14020001）回避 测试主体2/);
    expect((await cli('--db', dbPath, 'conflicts', 'list', '--inspector', certs[0]!)).stdout).toBe(
      `1\t${certs[0]}\t执法员1\t${codes[1]}\t测试主体2\t亲属关系\n`,
    );
    expect((await cli('--db', dbPath, 'conflicts', 'list', '--inspector', certs[1]!)).stdout).toBe('');
    expect((await cli('--db', dbPath, 'conflicts', 'remove', '1')).stdout).toBe('已删除回避关系 1\n');
    expect(await invoke(reopen(dbPath), 'conflicts:list', {})).toEqual([]);
    expect(
      (await cli('--db', dbPath, 'conflicts', 'add', '--inspector', certs[0]!, '--entity', '91110000600037341L', '--reason', '亲属'))
        .stderr,
    ).toContain('--entity：名录库中没有这个统一社会信用代码');
  });

  it('creates a roster serving items, renames it, and deletes it keeping its entities', async () => {
    const { dbPath } = deskDb(3, 0);
    expect(
      (await cli('--db', dbPath, 'rosters', 'save', '特种设备名录', '--item', '1', '--item', '3', '--notes', '电梯等')).stdout,
    ).toContain('已新建名录：特种设备名录\t0 个主体');
    const renamed = await cli('--db', dbPath, 'rosters', 'save', '特种设备名录', '--rename', '特种设备使用单位名录');
    expect(renamed.code, renamed.stderr).toBe(0);
    const rosters = await invoke(reopen(dbPath), 'rosters:list', {});
    expect(rosters.map((r) => [r.name, r.notes, r.items.map((i) => i.seq)])).toContainEqual(['特种设备使用单位名录', '电梯等', [1, 3]]);
    expect((await cli('--db', dbPath, 'rosters', 'delete', '测试名录')).stdout).toBe('已删除名录“测试名录”（其中 3 个主体仍在名录库中）\n');
    expect((await invoke(reopen(dbPath), 'entities:query', {})).total).toBe(3);
    expect((await cli('--db', dbPath, 'rosters', 'delete', '测试名录')).stderr).toBe('错误：没有名为“测试名录”的名录。\n');
  });
});
