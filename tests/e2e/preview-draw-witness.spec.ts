import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DrawWitnessPage } from './pages/draw-witness-page.ts';
import { expect, seedRoster, taskTerms, test } from './task-fixture.ts';

const HEX64 = /^[0-9a-f]{64}$/;
const sha256 = (hex: string) => createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');

test('the witnessed draw: 开始抽取 shows the commitment, the 监督人 types digits and a public value, confirms; the record says 见证抽取', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const task = await host('tasks:save', { task: taskTerms({ count: 3 }) });
  const draw = new DrawWitnessPage(page);
  await draw.open(preview.url, task.id);
  await expect(draw.detail.ceremony).toContainText('至少 6 位数字，可用骰子掷出），两者共同决定抽取结果');

  // 开始抽取 asks first, naming what cannot be undone; 取消 leaves nothing on record.
  const asked = await draw.askToStart('张操作', '李监督');
  await expect(asked).toContainText('开始后不能撤回');
  await expect(asked).toContainText('锁定秘密随机数');
  await expect(asked).toContainText('这次开始永久记入抽取记录，放弃也会连同理由和时间保留');
  await expect(asked).toContainText('只有监督人李监督本人可以输入随机数');
  await asked.getByRole('button', { name: '取消' }).click();
  await expect(asked).toBeHidden();
  expect(await host('draws:ceremonies', { taskId: task.id })).toEqual([]);

  const commitment = await draw.start('张操作', '李监督');
  expect(commitment).toMatch(HEX64);
  const [started] = await host('draws:ceremonies', { taskId: task.id });
  expect(started).toMatchObject({ outcome: 'open', commitment, secret: null, operator: '张操作' });
  await expect(draw.detail.ceremony.getByTestId('commitment-explained')).toContainText('请监督人先记下或拍下这串承诺值');
  await expect(draw.detail.ceremony.getByRole('textbox', { name: '监督人', exact: true })).toBeDisabled();

  // Only the 监督人 who saw the commitment types the digits; the screen says who.
  await expect(draw.digits).toHaveAccessibleDescription(/由监督人李监督本人想好/);
  // A letter is flagged as it is typed, before 完成抽取.
  await draw.digits.fill('1234a');
  await expect(draw.digits).toHaveAccessibleDescription('监督人随机数只能由数字组成（可用骰子掷出或任意写下）');
  await draw.digits.fill('1234');
  await expect(draw.digits).toHaveAccessibleDescription(/至少 6 位，已输入 4 位/);

  // Too few digits: said next to the field, before any confirmation.
  await draw.witness('12 34');
  await expect(draw.digits).toHaveAccessibleDescription('监督人随机数至少 6 位数字，现在是 4 位');
  await expect(page.getByRole('dialog', { name: '确认抽取' })).toHaveCount(0);

  const confirm = await draw.witness('３１4159 26', '福彩3D 第2026318期 5 8 2');
  await expect(confirm).toContainText('31415926');
  await expect(confirm).toContainText('抽取立即记录，不可重抽');
  await expect(confirm).toContainText('只能将本次抽取作废并写明理由');
  await confirm.getByRole('button', { name: '完成抽取' }).click();

  await expect(draw.detail.notice()).toContainText('抽取完成并已记录（抽取记录 #1），共抽中 3 户');
  await expect(draw.detail.drawnRows).toHaveCount(3);
  await expect(draw.fact('seed-mode')).toContainText('见证抽取');
  await expect(draw.fact('proof-commitment')).toHaveText(commitment);
  await expect(draw.fact('proof-witness-digits')).toHaveText('31415926');
  await expect(draw.fact('proof-public-value')).toHaveText('福彩3D 第2026318期 5 8 2');
  const secret = (await draw.fact('proof-secret').textContent())!;
  expect(sha256(secret)).toBe(commitment);
  await expect(draw.fact('ceremony-count')).toHaveText('本任务曾开始抽取 1 次，第 1 次完成本次抽取');
  const [record] = await host('draws:list', { taskId: task.id });
  await expect(draw.detail.seed).toHaveText(record!.seed);
  await expect(draw.fact('proof-hash')).toHaveText(record!.hash);

  const verify = await draw.detail.verify();
  await expect(verify.getByTestId('verify-summary')).toContainText('复核通过');
});

test('放弃 keeps the start on record; a start left open is offered to continue; the record lists both; 导出核验包 carries them', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 20, 6);
  const task = await host('tasks:save', { task: taskTerms({ count: 2 }) });
  const draw = new DrawWitnessPage(page);
  await draw.open(preview.url, task.id);
  const first = await draw.start('张操作', '李监督');

  await draw.witnessForm.getByRole('button', { name: '放弃…' }).click();
  const abandon = page.getByRole('dialog', { name: '放弃这次开始抽取' });
  await expect(abandon).toContainText('仍留在记录中');
  await abandon.getByRole('textbox', { name: '放弃理由（可不填）' }).fill('监督人临时离开');
  await abandon.getByRole('button', { name: '放弃' }).click();
  await expect(draw.detail.notice()).toContainText('已放弃这次开始抽取，记录已保留');
  await expect(draw.detail.button('开始抽取')).toBeVisible();
  const [abandoned] = await host('draws:ceremonies', { taskId: task.id });
  expect(abandoned).toMatchObject({ outcome: 'abandoned', commitment: first });
  expect(sha256(abandoned!.secret!)).toBe(first);

  // A second start, then the window is closed before the 监督人 typed anything.
  await expect(draw.activeStep()).toHaveText('核对候选范围');
  const second = await draw.start('张操作', '李监督');
  await expect(draw.activeStep()).toHaveText('监督人输入随机数');
  await draw.open(preview.url, task.id);
  await expect(draw.openNotice).toContainText('本任务有一次开始抽取尚未完成');
  await expect(draw.openNotice).toContainText('由操作人 张操作 开始，监督人 李监督 在场');
  expect((await draw.openNotice.getByTestId('commitment').locator('code').allTextContents()).join('')).toBe(second);
  // Reopened, the draw is still at the 监督人's step, and the names come from the start: nobody retypes them.
  await expect(draw.activeStep()).toHaveText('监督人输入随机数');
  await expect(draw.person('操作人')).toHaveValue('张操作');
  await expect(draw.person('监督人')).toHaveValue('李监督');

  // Another 监督人 did not see this commitment: refused on the screen, and by the core in the same words.
  await draw.person('监督人').fill('王监督');
  await draw.openNotice.getByRole('button', { name: '继续这次抽取' }).click();
  await expect(draw.person('监督人')).toHaveAccessibleDescription(/开始抽取时看到承诺值的监督人是李监督，须由他本人输入随机数/);
  await expect(draw.witnessForm).toHaveCount(0);
  const [open] = (await host('draws:ceremonies', { taskId: task.id })).filter((c) => c.outcome === 'open');
  expect(open).toMatchObject({ operator: '张操作', witness: '李监督' });
  await expect(
    host('draws:run', { taskId: task.id, operator: '张操作', witness: '王监督', ceremony: { id: open!.id, witnessDigits: '271828' } }),
  ).rejects.toThrow('开始抽取时看到承诺值的监督人是李监督');

  await draw.person('监督人').fill('李监督');
  await draw.openNotice.getByRole('button', { name: '继续这次抽取' }).click();
  expect(await draw.shownCommitment()).toBe(second);
  await expect(draw.person('监督人')).toBeDisabled();
  await expect(draw.person('监督人')).toHaveAccessibleDescription('开始抽取时看到承诺值的监督人，只有他本人可以输入随机数');
  const confirm = await draw.witness('271828');
  await expect(confirm).toContainText('无');
  await confirm.getByRole('button', { name: '完成抽取' }).click();
  await expect(draw.detail.drawnRows).toHaveCount(2);

  await expect(draw.fact('ceremony-count')).toHaveText('本任务曾开始抽取 2 次，第 2 次完成本次抽取');
  const starts = draw.detail.ceremony.getByRole('list', { name: '开始抽取记录' }).getByRole('listitem');
  await expect(starts).toHaveCount(2);
  await expect(starts.first()).toContainText('已放弃');
  // Who was there, when it was given up and why.
  await expect(starts.first()).toContainText('操作人 张操作　监督人 李监督');
  await expect(starts.first().getByTestId('ceremony-abandoned')).toHaveText(
    /^放弃时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}　放弃理由 监督人临时离开$/,
  );
  await expect(starts.first()).toContainText(`承诺值 ${first}`);
  await expect(starts.first()).toContainText(`秘密随机数 ${abandoned!.secret}`);
  await expect(starts.nth(1)).toContainText('本次抽取');
  await expect(draw.fact('proof-public-value')).toHaveText('无');

  const downloading = page.waitForEvent('download');
  await draw.detail.button('导出核验包').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^核验包 \d{4}-001 抽取记录#1\.json$/);
  const file = path.join(dataDir, 'package.json');
  await download.saveAs(file);
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    format: string;
    seed: string;
    seedParts: Record<string, string>;
    ceremonies: { commitment: string; outcome: string; secret?: string }[];
  };
  const [record] = await host('draws:list', { taskId: task.id });
  expect(pkg.format).toBe('SSJ-VERIFY-1');
  expect(pkg.seed).toBe(record!.seed);
  expect(pkg.seedParts).toMatchObject({
    mode: 'witnessed',
    commitment: second,
    witnessDigits: '271828',
    publicValue: '',
    poolHash: record!.poolHash,
  });
  expect(sha256(pkg.seedParts.secret!)).toBe(second);
  expect(pkg.ceremonies).toEqual([
    expect.objectContaining({ commitment: first, outcome: 'abandoned', secret: abandoned!.secret }),
    expect.objectContaining({ commitment: second, outcome: 'drawn' }),
  ]);
  await expect(draw.detail.notice()).toContainText(`已导出核验包（记录哈希 ${record!.hash.slice(0, 8)}…）`);
});

test('一键抽取 stays available, and the record says it was not witnessed', async ({ page, preview, host, dataDir }) => {
  await seedRoster(host, dataDir, 12, 4);
  const task = await host('tasks:save', { task: taskTerms({ count: 2 }) });
  const draw = new DrawWitnessPage(page);
  await draw.open(preview.url, task.id);
  await draw.fillPeople('张操作', '李监督');
  await draw.detail.ceremony.getByRole('checkbox', { name: '不使用监督人随机数（一键抽取）' }).check();
  await expect(draw.detail.ceremony).toContainText('记录上注明“一键抽取（未经监督人见证随机数）”');
  await draw.detail.button('一键抽取').click();
  const confirm = page.getByRole('dialog', { name: '确认抽取' });
  await expect(confirm).toContainText('不可重抽');
  await confirm.getByRole('button', { name: '一键抽取' }).click();
  await expect(draw.detail.drawnRows).toHaveCount(2);
  await expect(draw.fact('seed-mode')).toContainText('一键抽取（未经监督人见证随机数）');
  await expect(draw.fact('proof-commitment')).toHaveCount(0);
  expect(await host('draws:ceremonies', { taskId: task.id })).toEqual([]);
});

/** As a clerk types a value from the 台账: groups of eight with spaces, the first group in full-width characters. */
function copiedByHand(hash: string): string {
  const groups = hash.match(/.{8}/g)!;
  const wide = groups[0]!.replace(/[0-9a-f]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return [wide, ...groups.slice(1)].join(' ');
}

test('设置 shows the audit head for the 台账, and a value typed back from the 台账 is found, or a miscopied one is not', async ({
  page,
  preview,
  host,
  dataDir,
}) => {
  await seedRoster(host, dataDir, 8, 4);
  const task = await host('tasks:save', { task: taskTerms({ count: 2 }) });
  await host('draws:run', { taskId: task.id, operator: '张操作', witness: '李监督' });
  const head = (await host('audit:head', {}))!;
  await page.goto(`${preview.url}#/settings`);
  const section = page.getByRole('region', { name: '审计链头' });
  await expect(section).toContainText('把它抄在台账上：每次抽取之后抄一次，每月月底等固定时间再抄一次。');
  await expect(section).toContainText('只有保存在数据库之外的值才能发现改写');
  await expect(section).not.toContainText('--anchor');
  await expect(section.getByTestId('audit-head-hash')).toHaveText(head.hash);
  await expect(section.getByTestId('audit-head-entry')).toHaveText(
    new RegExp(`^审计日志第 ${head.id} 条（抽取），\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}$`),
  );

  const typed = section.getByRole('textbox', { name: '台账上抄的值' });
  const result = section.getByTestId('audit-head-result');
  await section.getByRole('button', { name: '校验' }).click();
  await expect(typed).toHaveAccessibleDescription('请输入或粘贴台账上抄的值');

  await typed.fill(copiedByHand(head.hash));
  await section.getByRole('button', { name: '校验' }).click();
  await expect(result).toHaveText(
    new RegExp(
      `^一致：台账上的这个值是审计日志第 ${head.id} 条（抽取，\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}）：此前的历史未被改写或截去。审计日志和全部抽取记录的哈希链也完整。$`,
    ),
  );

  // One character miscopied: not found, and the core says to check the copying first.
  const last = head.hash.at(-1) === '0' ? '1' : '0';
  await typed.fill(copiedByHand(`${head.hash.slice(0, -1)}${last}`));
  await section.getByRole('button', { name: '校验' }).click();
  await expect(result).toContainText('未找到：今天的审计日志和抽取记录中都没有这个哈希值。请先逐组核对是否抄错');
});
