import { describe, expect, it } from 'vitest';
import { queryEntities } from '../../../electron/core/entities/entity-query.ts';
import { inspectImportFile } from '../../../electron/core/import/inspect-file.ts';
import { listInspectors } from '../../../electron/core/inspectors/inspector-service.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE } from '../draw/draw-fixtures.ts';
import { importAs } from './import-as.ts';
import { tempContext, tempDir } from '../temp-db.ts';
import { BUREAU_ROSTER, bureauCode, bureauFiles, bureauInspectorTable, bureauRosterTable } from './bureau-files.ts';

describe('a roster of 300 rows as a bureau really has it', () => {
  for (const format of ['xlsx', 'csv', 'xls'] as const) {
    it(`imports 299 entities from ${format === 'csv' ? 'GBK CSV' : `.${format}`}, with only the repeated code reported`, async () => {
      const ctx = tempContext();
      const file = await bureauFiles(tempDir(), bureauRosterTable(), '大同县市场主体名录（三季度）')[format]();
      const inspection = await inspectImportFile(ctx.db, 'entities', file);
      expect(inspection.headerRow).toBe(3);
      expect(inspection.columns).toMatchObject({
        code: 1,
        name: 2,
        legalRep: 3,
        address: 4,
        area: 5,
        regAuthority: 6,
        jurisdiction: 7,
        entityType: 8,
        regStatus: 9,
        established: 10,
        riskClass: 11,
      });

      const result = await importAs(ctx, 'entities', file);
      expect(result.counts).toMatchObject({ new: 299, rejected: 1, flagged: 0, hinted: 0 });
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.reason).toMatch(/与第 \d+ 行重复/);
      expect(result.errors[0]!.code).toBe(bureauCode(BUREAU_ROSTER.repeatOf));
      // The two blank rows, 合计, 制表人 and 填表说明 are skipped and counted.
      expect(result.counts.skipped).toBe(5);
      expect(ctx.db.prepare('SELECT count(*) FROM entities').pluck().get()).toBe(299);

      const byCode = new Map(queryEntities(ctx.db, { limit: 1000 }).rows.map((e) => [e.code, e]));
      expect(byCode.get(bureauCode(1))).toMatchObject({
        riskClass: 'B',
        regStatus: '存续',
        entityType: '个体工商户',
        established: '2001-02-02',
        legalRep: '经营者1',
        regAuthority: '大同县市场监督管理局',
        jurisdiction: '倍加市场监管所',
      });
      expect(byCode.get(bureauCode(3))).toMatchObject({ riskClass: 'D', established: '2003-04-04' });
      expect(byCode.get(bureauCode(7))).toMatchObject({ code: bureauCode(7), riskClass: 'C', entityType: '农民专业合作社' });
      expect(byCode.get(bureauCode(25))).toMatchObject({ code: '140221600000025' });
      expect(byCode.get(bureauCode(8))).toMatchObject({ riskClass: 'D', entityType: '个体工商户' });
    });
  }

  it('shows every distinct value of the enumerated columns and the built-in value each is stored as', async () => {
    const ctx = tempContext();
    const file = await bureauFiles(tempDir(), bureauRosterTable(), '名录')['xlsx']();
    const result = await importAs(ctx, 'entities', file, { dryRun: true });
    const risk = result.values.find((v) => v.field === 'riskClass')!;
    expect(risk.column).toBe('信用风险分类');
    expect(Object.fromEntries(risk.entries.map((e) => [e.raw, e.value]))).toEqual({
      'A类（低风险）': 'A',
      'B类（一般风险）': 'B',
      'C类（较高风险）': 'C',
      'D类（高风险）': 'D',
      A: 'A',
      低风险: 'A',
      一般风险: 'B',
      较高风险: 'C',
      高风险: 'D',
    });
    expect(risk.entries.every((e) => e.source === 'builtin')).toBe(true);
    const status = result.values.find((v) => v.field === 'regStatus')!;
    expect(new Set(status.entries.map((e) => e.value))).toEqual(new Set(['存续']));
    expect(status.entries.map((e) => e.raw)).toContain('存续（在营、开业、在册）');
    expect(ctx.db.prepare('SELECT count(*) FROM entities').pluck().get()).toBe(0);
  });
});

describe('value mapping', () => {
  const table = () => [
    ['统一社会信用代码', '名称', '信用风险分类', '登记状态'],
    [bureauCode(1), '甲', '一般关注', '存续'],
    [bureauCode(2), '乙', 'B类', '待核实'],
    [bureauCode(4), '丙', '一般关注', '吊销，未注销'],
  ];

  it('imports a row with an unknown optional value with the field empty and a 提示, never refusing it', async () => {
    const ctx = tempContext();
    const file = await bureauFiles(tempDir(), table(), '未知取值').xlsx();
    const result = await importAs(ctx, 'entities', file);
    expect(result.counts).toMatchObject({ new: 3, rejected: 0, hinted: 3 });
    const hints = Object.fromEntries(result.hints.map((h) => [h.row, h.reason]));
    expect(hints[2]).toBe('“信用风险分类”列：信用风险分类“一般关注”无法识别，已按未分类导入');
    expect(hints[3]).toContain('“登记状态”列：登记状态“待核实”无法识别');
    const byCode = new Map(queryEntities(ctx.db, { limit: 10 }).rows.map((e) => [e.code, e]));
    expect(byCode.get(bureauCode(1))?.riskClass).toBeNull();
    expect(byCode.get(bureauCode(4))).toMatchObject({ riskClass: null, regStatus: '吊销' });
    const risk = result.values.find((v) => v.field === 'riskClass')!;
    expect(risk.entries.find((e) => e.raw === '一般关注')).toMatchObject({ source: 'unknown', count: 2, firstRow: 2 });
  });

  it('takes the clerk’s choice over the built-in synonyms and remembers it for the next file', async () => {
    const ctx = tempContext();
    const file = await bureauFiles(tempDir(), table(), '指定取值').xlsx();
    const chosen = await importAs(ctx, 'entities', file, { valueMaps: { 信用风险分类: { 一般关注: 'B', B类: 'C' } } });
    expect(chosen.counts.hinted).toBe(1); // only 待核实 is left
    const risks = Object.fromEntries(queryEntities(ctx.db, { limit: 10 }).rows.map((e) => [e.name, e.riskClass]));
    expect(risks).toEqual({ 甲: 'B', 乙: 'C', 丙: 'B' });

    const again = await importAs(ctx, 'entities', file, { dryRun: true });
    const risk = again.values.find((v) => v.field === 'riskClass')!;
    expect(risk.entries.find((e) => e.raw === '一般关注')).toMatchObject({ value: 'B', source: 'remembered' });
    expect(risk.entries.find((e) => e.raw === 'B类')).toMatchObject({ value: 'C', source: 'remembered' });
  });

  it('refuses a choice the field cannot hold, in Chinese, naming the field and the value', async () => {
    const ctx = tempContext();
    const file = await bureauFiles(tempDir(), table(), '错误取值').xlsx();
    await expect(importAs(ctx, 'entities', file, { valueMaps: { riskClass: { 一般关注: 'E' } } })).rejects.toThrow(
      '取值对应中“信用风险分类”的“一般关注”对应为“E”，只能是：A、B、C、D、空。',
    );
    await expect(importAs(ctx, 'entities', file, { valueMaps: { 电话: { x: 'y' } } })).rejects.toThrow(/“电话”不是可核对取值的列/);
    await expect(importAs(ctx, 'entities', file, { valueMaps: { riskClass: { ['很'.repeat(201)]: 'B' } } })).rejects.toThrow(
      /取值对应中“信用风险分类”的写法“很+…”超过 200 个字符/,
    );
  });

  it('does not remember choices made in a preview', async () => {
    const ctx = tempContext();
    const file = await bureauFiles(tempDir(), table(), '预览取值').xlsx();
    await importAs(ctx, 'entities', file, { dryRun: true, valueMaps: { riskClass: { 一般关注: 'A' } } });
    const again = await importAs(ctx, 'entities', file, { dryRun: true });
    expect(again.values[0]!.entries.find((e) => e.raw === '一般关注')?.source).toBe('unknown');
  });
});

describe('an inspector list as the personnel office keeps it', () => {
  for (const format of ['xlsx', 'csv', 'xls'] as const) {
    it(`imports every row from ${format}: free 执法领域, 退休/借调/休假 kept, text dates, a missing 有效期 with a 提示`, async () => {
      const ctx = tempContext();
      const file = await bureauFiles(tempDir(), bureauInspectorTable(), '执法人员名单')[format]();
      const result = await importAs(ctx, 'inspectors', file);
      expect(result.counts).toMatchObject({ new: 10, rejected: 0, hinted: 2, skipped: 2 });
      expect(result.hints).toEqual([
        expect.objectContaining({ row: 11, reason: '“有效期至”列：执法证已于 2026-11-30 到期：换证并更新有效期之前不会被抽取' }),
        expect.objectContaining({ row: 12, reason: '“有效期至”列：未填写执法证有效期：填写之前不会被抽取' }),
      ]);
      const byCert = new Map(listInspectors(ctx.db, {}).map((i) => [i.certNo, i]));
      expect(byCert.get('14022119001')).toMatchObject({
        status: '在岗',
        tags: ['食品安全', '特种设备'],
        certExpiry: '2028-12-31',
        unit: '西坪市场监管所',
      });
      expect(byCert.get('14022119002')).toMatchObject({ tags: ['计量', '标准化'], certExpiry: '2028-06-30' });
      expect(byCert.get('14022119003')).toMatchObject({ status: '在岗', tags: ['特种设备', '计量'], certExpiry: '2028-03-01' });
      expect(byCert.get('14022119004')).toMatchObject({ tags: ['广告', '价格'], certExpiry: '2029-01-01' });
      expect(byCert.get('14022119005')?.status).toBe('退休');
      expect(byCert.get('14022119006')).toMatchObject({ status: '借调', tags: ['药品', '化妆品'] });
      expect(byCert.get('14022119007')?.status).toBe('休假');
      expect(byCert.get('14022119009')?.certExpiry).toBeNull();
      expect(byCert.get('14022119010')?.certExpiry).toBe('2029-12-31');
      const statuses = result.values.find((v) => v.field === 'status')!;
      expect(Object.fromEntries(statuses.entries.map((e) => [e.raw, e.value]))).toEqual({
        在职: '在岗',
        在岗: '在岗',
        正常: '在岗',
        退休: '退休',
        借调: '借调',
        休假: '休假',
      });
    });
  }

  it('says in a 提示 that an inspector without any 有效期 column will not be drawn', async () => {
    const ctx = tempContext();
    const table = [
      ['姓名', '执法证号', '执法领域'],
      ['王一', 'A001', '食品安全'],
      ['李二', 'A002', '计量'],
    ];
    const result = await importAs(ctx, 'inspectors', await bureauFiles(tempDir(), table, '无有效期').xlsx());
    expect(result.counts).toMatchObject({ new: 2, hinted: 2 });
    expect(result.hints[0]!.reason).toBe('未填写执法证有效期：填写之前不会被抽取');
  });

  it('imports an unknown 状态 as 停用 with a 提示, so nobody unknown is ever drawn', async () => {
    const ctx = tempContext();
    const table = [
      ['姓名', '执法证号', '状态', '有效期至'],
      ['王一', 'A001', '挂职锻炼', '2029-01-01'],
    ];
    const result = await importAs(ctx, 'inspectors', await bureauFiles(tempDir(), table, '未知状态').xlsx());
    expect(result.counts).toMatchObject({ new: 1, hinted: 1 });
    expect(result.hints[0]!.reason).toBe('“状态”列：状态“挂职锻炼”无法识别，已按“停用”导入（不参与抽取）');
    expect(listInspectors(ctx.db, {})[0]?.status).toBe('停用');
  });
});

describe('a draw over the bureau’s own inspector list', () => {
  it('never picks a retired, seconded, on-leave or expired inspector, nor one without 有效期', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    await importAs(ctx, 'entities', await bureauFiles(dir, bureauRosterTable(), '名录').xlsx(), { roster: '测试名录' });
    await importAs(ctx, 'inspectors', await bureauFiles(dir, bureauInspectorTable(), '人员').xls());
    const drawable = new Set(['14022119001', '14022119002', '14022119003', '14022119004', '14022119010']);
    const drawn = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const task = makeTask(ctx.db, { name: `2026年测试抽查${i}`, count: 20, periodEnd: '2026-12-31', repeatWindowMonths: 0 });
      const record = runDraw(ctx.db, task.id, PEOPLE, new Date('2026-12-06T08:00:00Z'), String(i).repeat(64).slice(0, 64));
      for (const entity of record.selected) for (const inspector of entity.inspectors) drawn.add(inspector.certNo);
    }
    expect([...drawn].filter((c) => !drawable.has(c))).toEqual([]);
    expect(drawn).toEqual(drawable);
  });
});

describe('a file that says less than the roster already knows', () => {
  it('keeps a 吊销 entity 吊销, and its 登记机关, 管辖单位 and class, when a roster of codes and names only is imported again', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    const full = [
      ['统一社会信用代码', '名称', '登记状态', '信用风险分类', '登记机关', '管辖单位'],
      [bureauCode(1), '甲', '吊销，未注销', 'C类', '大同县市场监督管理局', '西坪市场监管所'],
    ];
    await importAs(ctx, 'entities', await bureauFiles(dir, full, '全').xlsx());
    const slim = [
      ['统一社会信用代码', '名称', '登记状态'],
      [bureauCode(1), '甲（新名）', ''],
    ];
    const result = await importAs(ctx, 'entities', await bureauFiles(dir, slim, '简').xlsx(), { roster: '特种设备生产单位' });
    expect(result.counts).toMatchObject({ updated: 1 });
    expect(queryEntities(ctx.db, { limit: 5 }).rows[0]).toMatchObject({
      name: '甲（新名）',
      regStatus: '吊销',
      riskClass: 'C',
      regAuthority: '大同县市场监督管理局',
      jurisdiction: '西坪市场监管所',
    });
  });

  it('keeps a 退休 inspector 退休 and his 有效期 when a list without those columns, or with them blank, is imported again', async () => {
    const ctx = tempContext();
    const dir = tempDir();
    await importAs(ctx, 'inspectors', await bureauFiles(dir, bureauInspectorTable(), '全').xlsx());
    const phones = [
      ['姓名', '执法证号', '联系电话'],
      ['刘志强', '14022119005', '13900000005'],
    ];
    const first = await importAs(ctx, 'inspectors', await bureauFiles(dir, phones, '电话').xlsx());
    // 刘志强 has a stored 有效期: no 提示 that he lacks one.
    expect(first.counts).toMatchObject({ updated: 1, hinted: 0 });
    const blanks = [
      ['姓名', '执法证号', '状态', '有效期至'],
      ['刘志强', '14022119005', '', ''],
    ];
    expect((await importAs(ctx, 'inspectors', await bureauFiles(dir, blanks, '空白').xlsx())).counts).toMatchObject({
      unchanged: 1,
      hinted: 0,
    });
    const byCert = new Map(listInspectors(ctx.db, {}).map((i) => [i.certNo, i]));
    expect(byCert.get('14022119005')).toMatchObject({ status: '退休', certExpiry: '2029-01-01', phone: '13900000005', tags: ['食品安全'] });
  });
});

describe('built-in values that must not make anyone drawable', () => {
  it('never reads a negated wording as 在岗', async () => {
    const ctx = tempContext();
    const words = ['不在岗', '非在岗', '未在职', '不正常', '有效期已过', '离岗', '否'];
    const table = [['姓名', '执法证号', '状态', '有效期至'], ...words.map((w, i) => [`人员${i}`, `B00${i}`, w, '2029-01-01'])];
    const result = await importAs(ctx, 'inspectors', await bureauFiles(tempDir(), table, '否定').xlsx());
    expect(result.counts.new).toBe(words.length);
    expect(listInspectors(ctx.db, {}).filter((i) => i.status === '在岗')).toEqual([]);
    const status = result.values.find((v) => v.field === 'status')!;
    expect(status.entries.filter((e) => e.source === 'builtin').map((e) => [e.raw, e.value])).toEqual([
      ['离岗', '停用'],
      ['否', '停用'],
    ]);
  });

  it('reads 是 in a 是否在岗 column as 在岗, and 未分类 as no class without a 提示', async () => {
    const ctx = tempContext();
    const people = [
      ['姓名', '执法证号', '是否在岗', '有效期至'],
      ['王一', 'C001', '是', '2029-01-01'],
    ];
    expect((await importAs(ctx, 'inspectors', await bureauFiles(tempDir(), people, '是否').xlsx())).counts).toMatchObject({
      new: 1,
      hinted: 0,
    });
    expect(listInspectors(ctx.db, {})[0]?.status).toBe('在岗');
    const roster = [
      ['统一社会信用代码', '名称', '信用风险分类'],
      [bureauCode(1), '甲', '未分类'],
    ];
    const result = await importAs(ctx, 'entities', await bureauFiles(tempDir(), roster, '未分类').xlsx());
    expect(result.counts).toMatchObject({ new: 1, hinted: 0 });
  });

  it('takes the clerk’s choice for this import over a remembered one', async () => {
    const ctx = tempContext();
    const roster = [
      ['统一社会信用代码', '名称', '信用风险分类'],
      [bureauCode(1), '甲', '一般关注'],
    ];
    const file = await bureauFiles(tempDir(), roster, '两次').xlsx();
    await importAs(ctx, 'entities', file, { valueMaps: { riskClass: { 一般关注: 'B' } } });
    const again = await importAs(ctx, 'entities', file, { valueMaps: { riskClass: { 一般关注: 'C' } } });
    expect(again.values[0]!.entries[0]).toMatchObject({ value: 'C', source: 'chosen' });
    expect(queryEntities(ctx.db, { limit: 1 }).rows[0]?.riskClass).toBe('C');
  });
});
