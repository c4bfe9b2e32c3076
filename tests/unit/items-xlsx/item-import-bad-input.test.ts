import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyItemImport, previewItemImport } from '../../../electron/core/items/item-import.ts';
import { listItems } from '../../../electron/core/items/item-service.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { appErrorMessage } from '../xlsx/expect-app-error.ts';
import { OFFICIAL_HEADER, officialRow, snapshot, writeWorkbook } from './item-workbook.ts';

/** Both doors refuse with the same Chinese message and the database stays as it was. */
async function expectRefused(file: string, expected: string): Promise<void> {
  const { db } = tempContext();
  const before = snapshot(db);
  expect(await appErrorMessage(previewItemImport(db, file))).toContain(expected);
  expect(await appErrorMessage(applyItemImport(db, file))).toContain(expected);
  expect(snapshot(db)).toBe(before);
}

function fileWith(name: string, bytes: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('importing a file that is not a usable item list', () => {
  it('refuses a file that is not Excel', async () => {
    await expectRefused(fileWith('清单.xlsx', '序号\t抽查事项\n'), '文件“清单.xlsx”不是 Excel 工作簿');
  });

  it('refuses a truncated .xlsx', async () => {
    const whole = await writeWorkbook('whole.xlsx', [{ name: 'S', rows: [OFFICIAL_HEADER] }]);
    const bytes = fs.readFileSync(whole);
    await expectRefused(fileWith('清单.xlsx', bytes.subarray(0, bytes.length >> 1)), '“清单.xlsx”已损坏或不完整');
  });

  it('refuses an empty workbook', async () => {
    const file = path.join(tempDir(), '空.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    await workbook.xlsx.writeFile(file);
    await expectRefused(file, '“空.xlsx”是空的');
  });

  it('refuses a sheet without a recognisable header, saying which column is missing', async () => {
    const roster = [
      ['企业名称', '统一社会信用代码'],
      ['甲公司', '91110000600037341L'],
    ];
    const file = await writeWorkbook('名录.xlsx', [{ name: 'S', rows: roster }]);
    await expectRefused(file, '文件“名录.xlsx”中未找到表头：请确认表格中有“抽查事项”、“备注”列');
    const noCategory = await writeWorkbook('缺列.xlsx', [{ name: 'S', rows: [['序号', '抽查事项', '检查依据']] }]);
    await expectRefused(noCategory, '未找到表头：请确认表格中有“备注”列');
  });

  it('refuses a legacy .xls, asking to save it as .xlsx', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    await expectRefused(fileWith('清单.xls', ole2), '请在 Excel 中将其另存为 .xlsx 格式后再导入');
  });

  it('refuses a missing file', async () => {
    await expectRefused(path.join(tempDir(), '不在了.xlsx'), '找不到文件“不在了.xlsx”');
  });
});

describe('importing a list with bad rows', () => {
  async function badList(db: ReturnType<typeof tempContext>['db']): Promise<string> {
    const [first, second] = listItems(db);
    return writeWorkbook('清单.xlsx', [
      {
        name: 'S',
        rows: [
          ['随机抽查事项清单'],
          [],
          OFFICIAL_HEADER,
          officialRow({ ...first!, content: '改过的内容' }, 1),
          officialRow(second!, 2),
          officialRow({ ...second!, name: '新事项', category: '行政许可事项' as never }, 3),
          officialRow({ ...second!, name: '  ' }, 4),
          officialRow({ ...first!, name: `${first!.name.slice(0, 3)}\n${first!.name.slice(3)}` }, 5),
          officialRow({ ...second!, name: '另一个新事项' }, '三'),
        ],
      },
    ]);
  }

  it('lists every problem by Excel row and column, and the apply refuses without writing', async () => {
    const { db } = tempContext();
    const file = await badList(db);
    const before = snapshot(db);
    const preview = await previewItemImport(db, file);
    expect(preview.headerRow).toBe(3);
    expect(preview.problems).toEqual([
      { row: 6, column: '备注', message: '事项类别只能是：市场监管执法事项、其它行政执法事项' },
      { row: 7, column: '抽查事项', message: '抽查事项不能为空' },
      { row: 8, column: '抽查事项', message: '与第 4 行的抽查事项重名' },
      { row: 9, column: '序号', message: '序号必须是正整数（也可以留空，按行的先后编号）' },
    ]);
    const message = await appErrorMessage(applyItemImport(db, file));
    expect(message).toContain('文件“清单.xlsx”中有 4 处问题，未导入任何内容');
    expect(message).toContain('第 6 行“备注”列：事项类别只能是：市场监管执法事项、其它行政执法事项');
    expect(message).toContain('第 8 行“抽查事项”列：与第 4 行的抽查事项重名');
    expect(snapshot(db)).toBe(before);
  });

  it('names the column as the file heads it, and rejects a ratio that is not a number', async () => {
    const { db } = tempContext();
    const file = await writeWorkbook('比例.xlsx', [
      {
        name: 'S',
        rows: [
          ['事项名称', '事项类别', '比例', '级别'],
          ['新事项甲', '市场监管执法事项', '3%-5%', '一般'],
          ['新事项乙', '', 150, '特别'],
        ],
      },
    ]);
    const before = snapshot(db);
    expect((await previewItemImport(db, file)).problems).toEqual([
      { row: 2, column: '比例', message: '抽查比例必须是数字' },
      { row: 3, column: '事项类别', message: '事项类别只能是：市场监管执法事项、其它行政执法事项' },
      { row: 3, column: '级别', message: '事项级别只能是：一般、重点' },
      { row: 3, column: '比例', message: '抽查比例不能超过 100%' },
    ]);
    expect(snapshot(db)).toBe(before);
  });

  it('says when the header has no rows under it', async () => {
    const { db } = tempContext();
    const file = await writeWorkbook('只有表头.xlsx', [{ name: 'S', rows: [OFFICIAL_HEADER] }]);
    const message = await appErrorMessage(applyItemImport(db, file));
    expect(message).toContain('表头下面没有任何事项');
  });
});
