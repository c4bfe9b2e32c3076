import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { saveEntity } from '../../../electron/core/entities/entity-service.ts';
import { codeFor } from '../import/roster-fixtures.ts';
import { cli } from '../cli-in-process.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';

/** A database file with three shops: two registered by the county, one by the city; two under 西坪所. */
function rosterFile(): string {
  const dbPath = path.join(tempDir(), 'cli.db');
  const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} });
  const shops = [
    ['商店1', '大同县市场监督管理局', '西坪市场监管所'],
    ['商店2', '大同县市场监督管理局', '聚乐市场监管所'],
    ['商店3', '大同市市场监督管理局', '西坪市场监管所'],
  ] as const;
  shops.forEach(([name, regAuthority, jurisdiction], i) =>
    saveEntity(ctx.db, { entity: { code: codeFor(i + 1), name, regAuthority, jurisdiction } }),
  );
  ctx.db.close();
  return dbPath;
}

describe('shuangsuiji entities list|export', () => {
  it('--reg-authority and --jurisdiction narrow the listing, alone and together', async () => {
    const db = rosterFile();
    const list = async (...filter: string[]) => {
      const run = await cli('--db', db, '--json', 'entities', 'list', ...filter);
      expect(run.code, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { name: string; regAuthority: string; jurisdiction: string }[]).map((e) => e.name);
    };
    expect(await list('--reg-authority', '大同县市场监督管理局')).toEqual(['商店1', '商店2']);
    expect(await list('--jurisdiction', '西坪市场监管所')).toEqual(['商店1', '商店3']);
    expect(await list('--reg-authority', '大同县市场监督管理局', '--jurisdiction', '西坪市场监管所')).toEqual(['商店1']);
  });

  it('exports only the entities of that 登记机关 and 管辖单位, with both columns', async () => {
    const db = rosterFile();
    const out = path.join(tempDir(), '县局-聚乐所.xlsx');
    const run = await cli(
      '--db',
      db,
      'entities',
      'export',
      out,
      '--reg-authority',
      '大同县市场监督管理局',
      '--jurisdiction',
      '聚乐市场监管所',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已导出 1 个市场主体');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const [header, shop] = [rows[1] as string[], rows[2]!];
    expect(rows).toHaveLength(3);
    expect([shop[header.indexOf('名称')], shop[header.indexOf('登记机关')], shop[header.indexOf('管辖单位')]]).toEqual([
      '商店2',
      '大同县市场监督管理局',
      '聚乐市场监管所',
    ]);
  });
});
