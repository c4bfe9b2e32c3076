import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/connection.ts';
import { exportDrawRecord } from '../../../electron/core/documents/batches/document-export.ts';
import { abandonCeremony, startCeremony } from '../../../electron/core/draw/draw-ceremony.ts';
import { drawPackage, type DrawPackage } from '../../../electron/core/draw/draw-package.ts';
import { replaceInspector } from '../../../electron/core/draw/draw-replace.ts';
import { runDraw, voidDraw } from '../../../electron/core/draw/draw-service.ts';
import { declareConflict } from '../../../electron/core/inspectors/conflict-service.ts';
import { hasCommand, toolMissing } from '../needs-tool.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { jointDesk, makeJointTask } from '../joint/joint-fixtures.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from './draw-fixtures.ts';

/**
 * tools/verify_draw.py is written from ALGORITHM.md alone; running it over the packages of the
 * program's own draws keeps the specification, the program and the outside verifier in step. The
 * mutations check that it is not a rubber stamp: each changes one thing and must be named.
 */

const VERIFIER = path.join(import.meta.dirname, '..', '..', '..', 'tools', 'verify_draw.py');
const NOW = new Date('2026-11-24T09:00:00Z');
const LATER = new Date('2026-11-25T10:30:00Z');

interface Run {
  status: number | null;
  out: string;
  last: string;
}

/**
 * The interpreter behind `python3`, asked once: a version manager's `python3` is a shell script
 * that takes about a second to start, and the verifier runs a few dozen times here.
 */
let python: string | undefined;
function pythonPath(): string {
  python ??= spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() || 'python3';
  return python;
}

function run(args: string[]): Run {
  // -S skips site-packages, which the verifier (standard library only) never needs: it starts in
  // 70 ms instead of 300 ms, and the test runs it some sixty times.
  const result = spawnSync(pythonPath(), ['-S', VERIFIER, ...args], { encoding: 'utf8' });
  const out = `${result.stdout}${result.stderr}`;
  return { status: result.status, out, last: result.stdout.trimEnd().split('\n').at(-1) ?? '' };
}

function verify(pkg: DrawPackage | string, record?: string): Run {
  const dir = tempDir();
  const file = path.join(dir, 'package.json');
  fs.writeFileSync(file, typeof pkg === 'string' ? pkg : `${JSON.stringify(pkg, null, 2)}\n`);
  const args = [file];
  if (record !== undefined) {
    fs.writeFileSync(path.join(dir, 'record.txt'), record);
    args.push('--record', path.join(dir, 'record.txt'));
  }
  return run(args);
}

/**
 * An auditor reads every line: values are named one by one, never dumped as JSON objects or lists,
 * and Python's own (English) messages never show through.
 */
function expectReadable(result: Run): void {
  for (const line of result.out.split('\n')) {
    expect(line, result.out).not.toMatch(/[{}[\]]/);
    expect(line, result.out).not.toMatch(/Traceback|Error|Expecting|line \d+ column/);
  }
}

function expectConsistent(pkg: DrawPackage, record?: string): Run {
  const result = verify(pkg, record);
  expect(result.out, 'the verifier’s output').toMatch(/\n一致\n$/);
  expect(result.status, result.out).toBe(0);
  expectReadable(result);
  return result;
}

/** Changes one thing in a copy of `pkg`; the verifier must say 不一致 and name it. */
function expectDifference(pkg: DrawPackage, change: (copy: DrawPackage) => void, named: RegExp, record?: string): Run {
  const copy = structuredClone(pkg);
  change(copy);
  const result = verify(copy, record);
  expect(result.last, result.out).toBe('不一致');
  expect(result.status, result.out).toBe(1);
  expect(result.out).toMatch(named);
  expectReadable(result);
  return result;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes a new canonical text into the record with a matching hash, so only the content can differ. */
function rewriteCanonical(pkg: DrawPackage, canonical: string): void {
  pkg.record.canonical = canonical;
  pkg.record.hash = sha256(`${pkg.record.prevHash}\n${canonical}`);
}

function inspectorId(db: Db, cert: string): number {
  return db.prepare('SELECT id FROM inspectors WHERE cert_no = ?').pluck().get(cert) as number;
}

/** One hex digit changed, so a value stays well-formed and only its meaning changes. */
function flipHex(hex: string, at = 0): string {
  return hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);
}

describe.skipIf(toolMissing('python3', hasCommand('python3'), 'python3'))('tools/verify_draw.py, the reference verifier', () => {
  it('passes the test vectors of ALGORITHM.md §9', () => {
    const result = run(['--self-test']);
    expect(result.status, result.out).toBe(0);
    expect(result.last).toBe('一致');
    expect(result.out).toContain('entities 流的前 8 个值：一致');
    expect(result.out).toContain('20 取 5 的抽中顺序：一致');
  });

  it('finds the program’s plain draws consistent for 2, 3 and 4 inspectors per entity, chained one after another', () => {
    const { db } = tempContext();
    seedEntities(db, 60);
    seedInspectors(db, 11);
    const hashes: string[] = [];
    for (const k of [2, 3, 4]) {
      const task = makeTask(db, { count: 6 + k, inspectorsPerEntity: k, itemIds: [k], withLeader: k !== 3 });
      const pkg = drawPackage(db, runDraw(db, task.id, PEOPLE, NOW, `${k}`.repeat(64)).id);
      expect(pkg.seedParts).toEqual({ mode: 'plain' });
      expect(Object.values(pkg.teams).every((team) => team.length === k)).toBe(true);
      expect(expectConsistent(pkg).out).toContain(`检查组每户 ${k} 人`);
      hashes.push(pkg.record.hash);
      expect(pkg.record.prevHash).toBe(hashes.at(-2) ?? '0'.repeat(64));
    }
    // A draw with a seed from the operating system, as a clerk's 一键抽取 makes it.
    expectConsistent(drawPackage(db, runDraw(db, makeTask(db, { count: 9, itemIds: [5] }).id, PEOPLE, NOW).id));
  });

  it('finds a witnessed draw consistent after an abandoned start, and names every changed seed part', () => {
    const { db } = tempContext();
    seedEntities(db, 30);
    seedInspectors(db, 9);
    const task = makeTask(db, { count: 7, inspectorsPerEntity: 3 });
    startCeremony(db, task.id, PEOPLE, NOW, '5a'.repeat(32));
    abandonCeremony(db, task.id, '张操作', '监督人临时离开', NOW);
    const ceremony = startCeremony(db, task.id, PEOPLE, NOW, 'c3'.repeat(32));
    const draw = runDraw(db, task.id, PEOPLE, NOW, {
      mode: 'witnessed',
      ceremonyId: ceremony.id,
      witnessDigits: '３１ 4159 26',
      publicValue: '\u3000 03 11 19 24 27 30 + 05 ',
    });
    const pkg = drawPackage(db, draw.id);
    expect(pkg.seedParts).toMatchObject({ mode: 'witnessed', witnessDigits: '31415926', publicValue: '03 11 19 24 27 30 + 05' });
    expect(pkg.ceremonies.map((c) => c.outcome)).toEqual(['abandoned', 'drawn']);
    expect(pkg.ceremonies[0]).toMatchObject({ witness: PEOPLE.witness, endReason: '监督人临时离开' });
    expect(expectConsistent(pkg).out).toContain('种子：监督人见证');
    // Who witnessed a ceremony, when and why it ended are shown, not verified; a package from
    // before they were exported is read as well, and a value of the wrong kind is refused.
    const older = structuredClone(pkg);
    for (const c of older.ceremonies as unknown as Record<string, unknown>[])
      for (const key of ['witness', 'endedAt', 'endReason']) delete c[key];
    expectConsistent(older);
    const odd = structuredClone(pkg) as unknown as { ceremonies: Record<string, unknown>[] };
    odd.ceremonies[0]!.endedAt = 20261124;
    const refused = verify(JSON.stringify(odd));
    expect(refused.status, refused.out).toBe(2);
    expect(refused.out).toContain('核验包无法读取：ceremonies 第 1 个的 endedAt 类型不对');

    const parts = (p: DrawPackage) => p.seedParts as Extract<DrawPackage['seedParts'], { mode: 'witnessed' }>;
    // A changed seed part is named field by field, with both values, not as a dump of seedParts.
    const witnessChanged = expectDifference(
      pkg,
      (p) => void (parts(p).witnessDigits = '31415927'),
      /种子不一致：按秘密随机数、监督人随机数、公开随机值和候选名单指纹重算的种子为 [0-9a-f]{64}，核验包中为 [0-9a-f]{64}/,
    );
    expect(witnessChanged.out).toContain('监督人随机数：核验包中为 31415927，记录（record.canonical）中为 31415926\n');
    expect(witnessChanged.out).not.toMatch(/秘密随机数：|公开随机值：|承诺值：/);
    expectDifference(
      pkg,
      (p) => void (parts(p).publicValue = '03 11 19 24 27 30 + 06'),
      /公开随机值：核验包中为 03 11 19 24 27 30 \+ 06，记录（record\.canonical）中为 03 11 19 24 27 30 \+ 05\n/,
    );
    expectDifference(
      pkg,
      (p) => void (parts(p).publicValue = ''),
      /公开随机值：核验包中为 （无），记录（record\.canonical）中为 03 11 19 24 27 30 \+ 05\n/,
    );
    const secretChanged = expectDifference(
      pkg,
      (p) => void (parts(p).secret = flipHex(parts(p).secret, 63)),
      /承诺值不一致：核验包中为 [0-9a-f]{64}，而秘密随机数的 SHA-256 为 [0-9a-f]{64}（承诺值应为秘密随机数的 SHA-256）/,
    );
    expect(secretChanged.out).toMatch(/\n秘密随机数：核验包中为 (c3){31}c0，记录（record\.canonical）中为 (c3){32}\n/);
    expectDifference(
      pkg,
      (p) => void (parts(p).commitment = flipHex(parts(p).commitment)),
      /承诺值不一致[\s\S]*\n承诺值：核验包中为 [0-9a-f]{64}，记录（record\.canonical）中为 [0-9a-f]{64}\n/,
    );
    expectDifference(pkg, (p) => void (parts(p).witnessDigits = '31415'), /监督人随机数应为至少 6 位数字/);
    expectDifference(
      pkg,
      (p) => void (p.ceremonies[0]!.secret = '5b'.repeat(32)),
      /第 1 个开始抽取.*的承诺值 [0-9a-f]{64} 不是其秘密随机数的 SHA-256/,
    );
    expectDifference(pkg, (p) => void (p.seed = flipHex(p.seed, 10)), /种子不一致/);
  });

  it('finds a witnessed draw without a public value consistent, and one with a plain seed source named', () => {
    const { db } = tempContext();
    seedEntities(db, 12);
    seedInspectors(db, 5);
    const task = makeTask(db, { count: 3 });
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, '0f'.repeat(32));
    const pkg = drawPackage(db, runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: id, witnessDigits: '271828' }).id);
    expect(pkg.seedParts).toMatchObject({ publicValue: '' });
    // An empty public value reads （无）, not an empty pair of quotes.
    const consistent = expectConsistent(pkg).out;
    expect(consistent).toContain('公开随机值 （无）');
    expect(consistent).not.toContain('“”');
    // Calling a witnessed draw plain hides its seed parts: the record's canonical text still has them.
    expectDifference(
      pkg,
      (p) => void (p.seedParts = { mode: 'plain' }),
      /核验包中的种子方式为一键抽取，但记录（record\.canonical）中记有监督人见证的种子来源（承诺值 [0-9a-f]{64}）/,
    );
  });

  it('checks class ratios with exact arithmetic (7 % of 100 is 7, 8.8 % of 375 is 33, 1.1 % of 100 is 2)', () => {
    const { db } = tempContext();
    seedEntities(db, 410, (i) => ({ riskClass: i > 400 ? null : 'ABCD'[i % 4] }));
    seedInspectors(db, 8);
    const byClass = drawPackage(
      db,
      runDraw(db, makeTask(db, { count: null, ratio: 28, classRatios: { A: 7, B: 14, C: 2.5, D: 1.1 } }).id, PEOPLE, NOW, 'a1'.repeat(32))
        .id,
    );
    expect(byClass.quotas).toEqual([
      { group: 'A', ratio: '7', count: 7 },
      { group: 'B', ratio: '14', count: 14 },
      { group: 'C', ratio: '2.5', count: 3 },
      { group: 'D', ratio: '1.1', count: 2 },
      { group: '未分类', ratio: '28', count: 3 },
    ]);
    expectConsistent(byClass);
    // In floating point 100 × (7 ÷ 100) is 7.000000000000001, whose ceiling is 8.
    expectDifference(
      byClass,
      (p) => void (p.quotas[0]!.count = 8),
      /抽取配额第 1 个（分组“A”）的数量不一致：核验包中为 8，按 100 户 × 7% 精确计算应为 7/,
    );
    expectDifference(byClass, (p) => void (p.entityPool.lines[0]![1] = 'D'), /候选名单指纹不一致/);

    const { db: other } = tempContext();
    seedEntities(other, 375);
    seedInspectors(other, 8);
    const byRatio = drawPackage(other, runDraw(other, makeTask(other, { count: null, ratio: 8.8 }).id, PEOPLE, NOW, 'a2'.repeat(32)).id);
    // 375 × 8.8 ÷ 100 is 33 exactly; in floating point it is 33.00000000000001.
    expect(byRatio.quotas).toEqual([{ group: '', ratio: '8.8', count: 33 }]);
    expectConsistent(byRatio);
    expectDifference(byRatio, (p) => void (p.quotas[0]!.count = 34), /按 375 户 × 8\.8% 精确计算应为 33/);

    const byCount = drawPackage(other, runDraw(other, makeTask(other, { count: 500, itemIds: [2] }).id, PEOPLE, NOW, 'a3'.repeat(32)).id);
    expect(byCount.quotas).toEqual([{ group: '', ratio: null, count: 375 }]);
    expectConsistent(byCount);
  });

  it('checks same-area recusal and declared 回避, and names a changed unit or conflict', () => {
    const { db } = tempContext();
    const areas = ['城关街道办事处', '\u3000西坪镇 ', '新区片区', '聚乐乡'];
    const codes = seedEntities(db, 12, (i) => ({ area: areas[i % 4] }));
    const units = [
      '城关市场监管所',
      '西坪 市场监管所',
      '新区市场监管所',
      '聚乐市场监管所',
      '县局执法稽查科',
      '城关市场监管所',
      '西坪市场监管所',
      '新区市场监管所',
      '聚乐市场监管所',
      '县局综合执法队',
    ];
    const certs = seedInspectors(db, 10, (i) => ({ unit: units[i - 1] }));
    // 回避 for a drawn entity takes the inspector out of its team; certs[4] and certs[9] are of no area.
    for (const code of codes.slice(0, 6))
      declareConflict(db, { inspectorId: inspectorId(db, certs[4]!), entityCode: code, reason: '亲属' });
    declareConflict(db, { inspectorId: inspectorId(db, certs[9]!), entityCode: codes[7]!, reason: '曾任职' });
    const task = makeTask(db, { count: 12, inspectorsPerEntity: 3, sameAreaRecusal: true });
    const pkg = drawPackage(db, runDraw(db, task.id, PEOPLE, NOW, '3c'.repeat(32)).id);
    expect(pkg.team.sameAreaRecusal).toBe(true);
    const unitOf = new Map(pkg.inspectorPool.map((i) => [i.cert, i.unit]));
    for (const [code, team] of Object.entries(pkg.teams)) {
      const key = pkg.team.areas[code]!.replace(/\s/g, '').replace(/(街道办事处|片区|镇|乡)$/, '');
      expect(
        team.some((cert) => unitOf.get(cert)!.replace(/\s/g, '').includes(key)),
        `${code} ${key}`,
      ).toBe(false);
    }
    expect(pkg.inspectorPool.find((i) => i.cert === certs[4])!.conflicts).toEqual([...codes.slice(0, 6)].sort());
    expectConsistent(pkg);

    // Moving an inspector of no area into 城关 changes who may go to 城关街道办事处's entities.
    const free = certs[9]!;
    const cityEntity = pkg.selected.find((code) => pkg.team.areas[code] === '城关街道办事处' && pkg.teams[code]!.includes(free));
    expect(cityEntity, 'an entity of 城关 with the inspector of no area in its team').toBeDefined();
    expectDifference(
      pkg,
      (p) => void (p.inspectorPool.find((i) => i.cert === free)!.unit = '城关市场监管所'),
      new RegExp(
        `${cityEntity} 的检查组第 \\d 位(（组长）)?不一致[\\s\\S]*` +
          `执法人员名单第 \\d+ 个（执法证号 ${free}）的单位：核验包中为 城关市场监管所，记录（record\\.canonical）中为 县局综合执法队`,
      ),
    );
    // A 回避 added for an entity the inspector was drawn for.
    const [entity, team] = Object.entries(pkg.teams)[0]!;
    expectDifference(
      pkg,
      (p) => void p.inspectorPool.find((i) => i.cert === team[1])!.conflicts.push(entity),
      new RegExp(`${entity} 的检查组第 \\d 位(（组长）)?不一致`),
    );
    // Whether the key is 城关 or 城关街道 decides who is recused: an area with a different ending is named.
    expectDifference(
      pkg,
      (p) => void (p.team.areas[cityEntity!] = '城关街道办'),
      new RegExp(`所属区域（${cityEntity}）：核验包中为 城关街道办，记录（record\\.canonical）中为 城关街道办事处`),
    );
    expectDifference(pkg, (p) => void (p.team.sameAreaRecusal = false), /是否同区域回避：核验包中为 否，记录（record\.canonical）中为 是/);
  });

  it('replays every 递补 on its own stream and names changed candidates, new inspector, slot or old inspector', () => {
    const { db } = tempContext();
    const codes = seedEntities(db, 20);
    const certs = seedInspectors(db, 9);
    // A 回避 with every entity of the pool: the pool lists only those drawn, and he is never a candidate.
    for (const code of codes) declareConflict(db, { inspectorId: inspectorId(db, certs[8]!), entityCode: code, reason: '配偶任职' });
    const task = makeTask(db, { count: 5, inspectorsPerEntity: 3 });
    const draw = runDraw(db, task.id, PEOPLE, NOW, '7e'.repeat(32));
    const first = drawPackage(db, draw.id);
    expect(first.inspectorPool.find((i) => i.cert === certs[8])!.conflicts).toEqual([...first.selected].sort());
    const [a, b] = first.selected as [string, string];
    replaceInspector(db, { drawId: draw.id, entityCode: a, certNo: first.teams[a]![0]!, reason: '病休', operator: '张操作' }, LATER);
    replaceInspector(db, { drawId: draw.id, entityCode: b, certNo: first.teams[b]![2]!, reason: '出差', operator: '张操作' }, LATER);
    // The same slot twice: the second 递补 replaces the first one's new inspector, who is not a candidate again.
    const afterOne = drawPackage(db, draw.id).replacements[0]!;
    replaceInspector(db, { drawId: draw.id, entityCode: a, certNo: afterOne.new, reason: '回避', operator: '张操作' }, LATER);
    const pkg = drawPackage(db, draw.id);
    expect(pkg.replacements.map((r) => [r.n, r.entity, r.slot])).toEqual([
      [1, a, 0],
      [2, b, 2],
      [3, a, 0],
    ]);
    expect(pkg.teams).toEqual(first.teams);
    expect(pkg.replacements[2]!.candidates).not.toContain(pkg.replacements[0]!.old);
    expect(pkg.replacements.flatMap((r) => r.candidates)).not.toContain(certs[8]);
    expect(expectConsistent(pkg).out).toContain('递补 3 次');

    const third = (p: DrawPackage) => p.replacements[2]!;
    const others = pkg.replacements[2]!.candidates.filter((c) => c !== pkg.replacements[2]!.new);
    expect(others.length).toBeGreaterThan(0);
    expectDifference(pkg, (p) => void (third(p).new = others[0]!), /第 3 次递补.*的递补人员不一致：核验包中为 \S+，重算为 \S+/);
    expectDifference(
      pkg,
      (p) => void (third(p).candidates = third(p).candidates.filter((c) => c !== third(p).new)),
      /第 3 次递补.*的递补人员 \S+ 不在候选人中/,
    );
    expectDifference(pkg, (p) => void third(p).candidates.reverse(), /第 3 次递补.*的候选人不是规范顺序/);
    expectDifference(pkg, (p) => void third(p).candidates.push(pkg.replacements[0]!.old), /第 3 次递补.*的候选人 \S+ 此前已从该检查组退出/);
    expectDifference(pkg, (p) => void (third(p).slot = 1), /第 3 次递补.*原执法人员 \S+ 当时不在第 2 位，该位置是 \S+/);
    expectDifference(pkg, (p) => void (p.replacements[1]!.old = p.teams[b]![0]!), /第 2 次递补.*原执法人员 \S+ 当时不在第 3 位/);
    expectDifference(pkg, (p) => void (p.replacements[1]!.n = 5), /第 2 次递补.*的序号为 5，按记录顺序应为 2/);
    // Swapping the first two replacements changes each one's stream and the loads it sees.
    expectDifference(
      pkg,
      (p) => void (p.teams[a] = [p.teams[a]![1]!, p.teams[a]![0]!, p.teams[a]![2]!]),
      new RegExp(`${a} 的检查组第 1 位（组长）不一致`),
    );
  });

  it('names a changed selection, pool code, team or record, and reads a voided draw as it was drawn', () => {
    const { db } = tempContext();
    seedEntities(db, 25);
    seedInspectors(db, 6);
    const task = makeTask(db, { count: 5 });
    const voided = runDraw(db, task.id, PEOPLE, NOW, '11'.repeat(32));
    voidDraw(db, voided.id, '任务名称填写错误', '张操作');
    const again = drawPackage(db, runDraw(db, task.id, PEOPLE, LATER, '22'.repeat(32)).id);
    const old = drawPackage(db, voided.id);
    expect(old.draw.voided).toMatchObject({ reason: '任务名称填写错误' });
    expect(expectConsistent(old).out).toContain('提示：这次抽取已于');
    expect(again.record.prevHash).toBe(old.record.hash);
    expectConsistent(again);
    const pkg = again;

    expectDifference(
      pkg,
      (p) => void ([p.selected[0], p.selected[1]] = [p.selected[1]!, p.selected[0]!]),
      /第 1 个抽中对象不一致：核验包中为 \S+，重算为 \S+/,
    );
    // One byte of one pool code: the fingerprint, and the record that froze it, no longer match.
    expectDifference(
      pkg,
      (p) =>
        void (p.entityPool.lines[3]![0] = p.entityPool.lines[3]![0].slice(0, 17) + (p.entityPool.lines[3]![0].endsWith('X') ? 'Y' : 'X')),
      /候选名单指纹不一致：核验包中为 [0-9a-f]{64}，按名单重算为 [0-9a-f]{64}/,
    );
    expectDifference(pkg, (p) => void (p.entityPool.size += 1), /候选名单户数不一致/);
    expectDifference(pkg, (p) => void p.entityPool.lines.reverse(), /候选名单（entityPool\.lines）不是规范顺序/);
    expectDifference(pkg, (p) => void p.inspectorPool.reverse(), /执法人员名单（inspectorPool）不是规范顺序/);
    expectDifference(
      pkg,
      (p) => void (p.record.canonical = p.record.canonical.replace(/"witness":"[^"]*"/, '"witness":"王监督"')),
      /记录哈希不一致/,
    );
    expectDifference(
      pkg,
      (p) => void (p.record.prevHash = flipHex(p.record.prevHash)),
      /记录哈希不一致：核验包中为 [0-9a-f]{64}，而“上一条记录哈希 \+ 换行 \+ 记录正文（record\.canonical）”的 SHA-256 为 [0-9a-f]{64}/,
    );
    // A record whose hash matches but whose text is not canonical, or holds another seed.
    expectDifference(
      pkg,
      (p) => rewriteCanonical(p, JSON.stringify(JSON.parse(p.record.canonical), null, 1)),
      /记录正文（record\.canonical）不是规范 JSON（RFC 8785）的写法：从第 2 个字符起不同（这里是换行，规范写法应是双引号）/,
    );
    expectDifference(
      pkg,
      (p) => rewriteCanonical(p, p.record.canonical.replace(p.seed, '33'.repeat(32))),
      /^种子：核验包中为 [0-9a-f]{64}，记录（record\.canonical）中为 3{64}\n/,
    );
    expectDifference(
      pkg,
      (p) =>
        rewriteCanonical(
          p,
          p.record.canonical.replace(/"selected":\[[^\]]*\]/, (list) => list.replace(p.selected[4]!, p.selected[3]!)),
        ),
      /^第 5 个抽中对象：核验包中为 \S+，记录（record\.canonical）中为 \S+\n/,
    );
  });

  it('verifies a 部门联合抽查 (§5a): each department’s share on its own stream, 递补 within the department', () => {
    const { db } = tempContext();
    const desk = jointDesk(db);
    const task = makeJointTask(db, desk, { count: 6, sameAreaRecusal: true });
    const draw = runDraw(db, task.id, PEOPLE, NOW, '5e'.repeat(32));
    const first = drawPackage(db, draw.id);
    const code = first.selected[0]!;
    replaceInspector(db, { drawId: draw.id, entityCode: code, certNo: first.teams[code]![2]!, reason: '病休', operator: '张操作' }, LATER);
    const pkg = drawPackage(db, draw.id);
    expect(pkg.team.departments!.map((d) => [d.name, d.role, d.perEntity])).toEqual([
      ['大同县市场和质量监督管理局', '牵头', 2],
      ['县应急管理局', '参与', 1],
      ['县卫生健康局', '参与', 1],
    ]);
    expect(pkg.replacements[0]!.candidates.every((c) => c.startsWith('YJ'))).toBe(true);
    expect(expectConsistent(pkg).out).toContain('联合抽查：大同县市场和质量监督管理局（牵头）每户 2 名、县应急管理局（参与）每户 1 名');

    const [x, y] = pkg.selected as [string, string];
    // Two entities' 应急 members swapped: each team still has one of 应急, but not the drawn one.
    expectDifference(
      pkg,
      (p) => void ([p.teams[x]![3], p.teams[y]![3]] = [p.teams[y]![3]!, p.teams[x]![3]!]),
      /的检查组第 4 位（县卫生健康局）不一致/,
    );
    const wj = (p: DrawPackage) => p.inspectorPool.find((i) => i.cert === 'WJ0001')!;
    expectDifference(
      pkg,
      (p) => void (wj(p).department = '县应急管理局'),
      /所属部门：核验包中为 县应急管理局，记录（record.canonical）中为 县卫生健康局/,
    );
    expectDifference(
      pkg,
      (p) => void (wj(p).department = '县消防救援大队'),
      /执法人员 WJ0001 的所属部门“县消防救援大队”不是参加联合抽查的部门/,
    );
    expectDifference(pkg, (p) => void (p.team.departments![2]!.perEntity = 2), /各部门每户人数之和为 5，而每户执法人员数为 4/);
    expectDifference(pkg, (p) => void (p.team.departments![0]!.role = '参与'), /应为“牵头”（牵头部门列在第一位）/);
    expectDifference(pkg, (p) => void delete p.team.departments, /（没有 team.departments），但执法人员 .* 记有所属部门/);
    expectDifference(
      pkg,
      (p) => void (p.replacements[0]!.candidates = [...p.replacements[0]!.candidates, 'WJ0001'].sort()),
      /第 1 次递补.*第 3 位（县应急管理局）属于县应急管理局，而人员 WJ0001 属于县卫生健康局/,
    );
    // The record's own departments, rewritten with a matching hash: the package no longer matches it.
    expectDifference(
      pkg,
      (p) => rewriteCanonical(p, p.record.canonical.replace('"name":"县卫生健康局","perEntity":1', '"name":"县卫生健康局","perEntity":2')),
      /联合抽查第 3 个部门的每户人数：核验包中为 1，记录（record.canonical）中为 2/,
    );
  });

  it('verifies an SSJ-DRAW-1 draw by its own rules: counts only, plain seed', () => {
    const { db } = tempContext();
    seedEntities(db, 16);
    seedInspectors(db, 5);
    const pkg = drawPackage(db, runDraw(db, makeTask(db, { count: 4 }).id, PEOPLE, NOW, '5e'.repeat(32)).id);
    // Program 0.2 on draws only SSJ-DRAW-2; with ASCII codes and a count, the old rules give the same draw.
    const old = structuredClone(pkg);
    old.algorithm = 'SSJ-DRAW-1';
    rewriteCanonical(old, old.record.canonical.replace('"algorithm":"SSJ-DRAW-2"', '"algorithm":"SSJ-DRAW-1"'));
    expect(expectConsistent(old).out).toContain('已核对（SSJ-DRAW-1');
    expectDifference(old, (p) => void (p.quotas[0]!.ratio = '25'), /的比例应为空值 null（SSJ-DRAW-1 的记录只有数量），核验包中为 25/);
    expectDifference(old, (p) => void (p.quotas[0]!.count = 17), /的数量 17 超过该组的 16 户/);
    const witnessed = {
      mode: 'witnessed',
      commitment: sha256('x'),
      secret: 'ab'.repeat(32),
      witnessDigits: '123456',
      publicValue: '',
      poolHash: pkg.entityPool.fingerprint,
      startedAt: pkg.draw.drawnAt,
    };
    expectDifference(
      old,
      (p) => void (p.seedParts = witnessed as DrawPackage['seedParts']),
      /SSJ-DRAW-1 的抽取都是一键抽取，但核验包的种子方式（seedParts\.mode）为监督人见证（witnessed）/,
    );
  });

  it('refuses what is not a 核验包 with exit status 2, saying in Chinese what is wrong and where', () => {
    for (const text of ['{', '[]', '{"format":"SSJ-VERIFY-9"}', '{"format":"SSJ-VERIFY-1","algorithm":"SSJ-DRAW-2"}', '', '%PDF-1.7']) {
      const result = verify(text);
      expect(result.status, result.out).toBe(2);
      expect(result.out).toMatch(/^核验包无法读取：/);
      expectReadable(result);
    }
    expect(verify('随机抽取记录').out).toMatch(/^核验包无法读取：核验包不是有效的 JSON，第 1 行第 1 列：这里不是 JSON 能读的内容/);
    expect(verify('').out).toMatch(/^核验包无法读取：核验包不是有效的 JSON，内容是空的/);
    expect(verify('{\n  "format": "SSJ-VERIFY-1",\n  "algorithm" "SSJ-DRAW-2"\n}').out).toMatch(
      /^核验包无法读取：核验包不是有效的 JSON，第 3 行第 15 列：这里缺少冒号/,
    );
    const missing = run([path.join(tempDir(), '核验包 2026-001.json')]);
    expect(missing.status).toBe(2);
    expect(missing.out).toMatch(/^核验包无法读取：文件“.*核验包 2026-001\.json”不存在/);
    expectReadable(missing);
  });

  it('explains itself wholly in Chinese: --help and a wrong argument', () => {
    const help = run(['--help']);
    expect(help.status, help.out).toBe(0);
    expect(help.out).toContain('用法：');
    for (const english of ['usage', 'positional', 'optional', 'options', 'arguments', 'show this help', 'exit'])
      expect(help.out.toLowerCase()).not.toContain(english);
    // Left once the option names, file names and commands are taken out: no ASCII letter at all.
    const rest = help.out.replace(
      /--record|--self-test|--help|-h\b|verify_draw\.py|ALGORITHM\.md|\.json|\.txt|\.pdf|\bpython\b|\bpdftotext\b/g,
      '',
    );
    expect(rest, help.out).not.toMatch(/[A-Za-z]/);
    expect(run(['-h']).out).toBe(help.out);

    const wrong = run(['--records', 'x.txt']);
    expect(wrong.status, wrong.out).toBe(2);
    expect(wrong.out).toContain('不认识的参数：--records（用 -h 查看说明）');
    expect(wrong.out).not.toMatch(/usage|error|unrecognized/);
    const none = run([]);
    expect(none.status, none.out).toBe(2);
    expect(none.out).toContain('请给出核验包文件');
  });
});

describe.skipIf(
  toolMissing('python3', hasCommand('python3'), 'python3') || toolMissing('pdftotext', hasCommand('pdftotext'), 'poppler-utils'),
)('the printed 随机抽取记录 against its package', () => {
  async function printed(db: Db, drawId: number): Promise<{ plain: string; layout: string }> {
    const file = path.join(tempDir(), 'record.pdf');
    await exportDrawRecord(db, RESOURCES_DIR, { drawId, path: file });
    const text = (layout: boolean) => spawnSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }).stdout;
    return { plain: text(false), layout: text(true) };
  }

  it('finds the seed, hashes, seed parts, drawn codes and 执法证号 of a witnessed draw with a 递补 on paper', async () => {
    const { db } = tempContext();
    seedEntities(db, 15);
    seedInspectors(db, 7);
    const task = makeTask(db, { count: 4, inspectorsPerEntity: 3 });
    startCeremony(db, task.id, PEOPLE, NOW, '99'.repeat(32));
    abandonCeremony(db, task.id, '张操作', '重新开始', NOW);
    const { id } = startCeremony(db, task.id, PEOPLE, NOW, '5c'.repeat(32));
    const draw = runDraw(db, task.id, PEOPLE, NOW, {
      mode: 'witnessed',
      ceremonyId: id,
      witnessDigits: '662607',
      publicValue: '福彩3D 2026327期 5 8 1',
    });
    const drawn = drawPackage(db, draw.id);
    const entity = drawn.selected[1]!;
    replaceInspector(
      db,
      { drawId: draw.id, entityCode: entity, certNo: drawn.teams[entity]![1]!, reason: '病休', operator: '张操作' },
      LATER,
    );
    const pkg = drawPackage(db, draw.id);
    const { plain, layout } = await printed(db, draw.id);
    expectConsistent(pkg, plain);
    expectConsistent(pkg, layout);

    const other = '77'.repeat(32);
    expectDifference(
      pkg,
      () => {},
      /纸质记录上没有核验包中的种子 [0-9a-f]{64}[\s\S]*纸质记录上有核验包中没有的十六进制值 7{64}/,
      squeezeAway(plain, pkg.seed, other),
    );
    expectDifference(
      pkg,
      () => {},
      /纸质记录上没有核验包中的秘密随机数 [0-9a-f]{64}/,
      squeezeAway(plain, (pkg.seedParts as { secret: string }).secret, other),
    );
    expectDifference(pkg, () => {}, /纸质记录上没有核验包中的监督人随机数 662607/, plain.replaceAll('662607', '662608'));
    const newCert = pkg.replacements[0]!.new;
    expectDifference(
      pkg,
      () => {},
      new RegExp(`记录上没有 ${entity} 检查组的执法证号 ${newCert}`),
      plain.replaceAll(newCert, 'X'.repeat(newCert.length)),
    );
    expectDifference(pkg, () => {}, new RegExp(`记录上没有抽中对象 ${pkg.selected[0]}`), plain.replaceAll(pkg.selected[0]!, ''));
    // A package whose draw is not the one on paper.
    expectDifference(pkg, (p) => void (p.record.hash = flipHex(p.record.hash)), /纸质记录上没有核验包中的记录哈希/, plain);
    // An empty text lacks everything and says so, field by field, rather than crash.
    const empty = expectDifference(pkg, () => {}, /纸质记录上没有核验包中的种子/, '');
    expect(empty.out).toContain('纸质记录上没有“本任务曾开始抽取 N 次”');
  });

  it('counts every start of the task on a record drawn again after a void', async () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedInspectors(db, 4);
    const task = makeTask(db, { count: 2 });
    const first = startCeremony(db, task.id, PEOPLE, NOW, '12'.repeat(32));
    const voided = runDraw(db, task.id, PEOPLE, NOW, { mode: 'witnessed', ceremonyId: first.id, witnessDigits: '123456' });
    voidDraw(db, voided.id, '监督人未到场', '张操作');
    startCeremony(db, task.id, PEOPLE, LATER, '34'.repeat(32));
    abandonCeremony(db, task.id, '张操作', '停电', LATER);
    const { id } = startCeremony(db, task.id, PEOPLE, LATER, '56'.repeat(32));
    const draw = runDraw(db, task.id, PEOPLE, LATER, { mode: 'witnessed', ceremonyId: id, witnessDigits: '654321' });
    const pkg = drawPackage(db, draw.id);
    expect(pkg.ceremonies.map((c) => c.outcome)).toEqual(['drawn', 'abandoned', 'drawn']);
    expectConsistent(pkg, (await printed(db, draw.id)).plain);
    expectConsistent(drawPackage(db, voided.id), (await printed(db, voided.id)).plain);
  });

  it('finds a plain draw’s record, which says 一键抽取', async () => {
    const { db } = tempContext();
    seedEntities(db, 10);
    seedInspectors(db, 4);
    const draw = runDraw(db, makeTask(db, { count: 3 }).id, PEOPLE, NOW, '44'.repeat(32));
    const { plain, layout } = await printed(db, draw.id);
    const pkg = drawPackage(db, draw.id);
    expectConsistent(pkg, plain);
    expectConsistent(pkg, layout);
    expectDifference(pkg, () => {}, /记录上没有“一键抽取（未经监督人见证随机数）”/, plain.replace(/一键抽取/g, '抽取'));
  });
});

/** The text with `value` replaced by `other` wherever it is printed, also when spaced in groups or broken across lines. */
function squeezeAway(text: string, value: string, other: string): string {
  const pattern = new RegExp(value.split('').join('\\s*'), 'gi');
  expect(text).toMatch(pattern);
  return text.replace(pattern, other);
}
