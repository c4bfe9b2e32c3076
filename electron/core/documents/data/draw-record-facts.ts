import type { GroupQuota } from '../../draw/draw-algorithm.ts';
import { GENESIS_HASH } from '../../draw/canonical.ts';
import type { DrawProof } from '../../draw/draw-proof.ts';
import type { DrawRecord } from '../../draw/draw-read.ts';
import type { TaskFilters } from '../../tasks/task-schema.ts';
import { chineseDate, chineseDateTime } from './doc-dates.ts';

/** 64 hex digits in groups of eight: readable aloud, and a table cell can wrap between groups. */
export function groupedHex(hex: string): string {
  return hex.match(/.{1,8}/g)?.join(' ') ?? hex;
}

/**
 * The same on two lines of four groups, so every hash on the record wraps at the same place and
 * two printed values line up group under group when a reader compares them. ALGORITHM.md's
 * verifier compares after removing white space, so the breaks change nothing it reads.
 */
export function hexLines(hex: string): string {
  const groups = groupedHex(hex).split(' ');
  return groups.length > 4 ? `${groups.slice(0, 4).join(' ')}\n${groups.slice(4).join(' ')}` : groups.join(' ');
}

/** The words both the record and the screen use for a draw without the witness step. */
export const PLAIN_SEED = '一键抽取（未经监督人见证随机数）';

/** The line a plain draw's record sets apart in a box, so nobody reads it as a witnessed draw. */
export const PLAIN_NOTE = '本次为一键抽取，种子由电脑随机产生，未经监督人输入随机数';

/** Under the 64 zeros of the first draw's previous hash, which otherwise look like a fault. */
export const FIRST_RECORD = '（本数据库的第一条抽取记录，之前没有记录）';

/**
 * Said right after the template's closing words: the seed alone re-derives nothing, since the
 * frozen pools it draws from are only in the package.
 */
export const PACKAGE_NOTE = '复核还需本次抽取的核验包（在程序中点“导出核验包”取得），内有冻结的候选名单和执法检查人员名单。';

/**
 * 定向条件 as a record prints them. A task may narrow the pool by 信用风险分类 or set ratios per
 * class; the classes are internal (never printed on a document), so only the fact is stated.
 */
export function describeFilters(filters: unknown, quotas: readonly GroupQuota[]): string {
  const f = (filters ?? {}) as Partial<TaskFilters>;
  const parts: string[] = [];
  if (f.area?.length) parts.push(`区域：${f.area.join('、')}`);
  if (f.industry?.length) parts.push(`行业：${f.industry.join('、')}`);
  if (f.entityType?.length) parts.push(`主体类型：${f.entityType.join('、')}`);
  if ((f.riskClass?.length ?? 0) > 0 || quotas.some((q) => q.group !== ''))
    parts.push('按信用风险分类确定抽查范围或比例（分类结果不公开）');
  return parts.length > 0 ? parts.join('；') : '不定向（抽取范围内全部检查对象）';
}

function period(start: string | null, end: string | null): string {
  if (!start && !end) return '未填写';
  return `${start ? chineseDate(start) : ''}至${end ? chineseDate(end) : ''}`;
}

/** The facts of a draw, label and value, in the order a reader checks them. */
export function drawFacts(draw: DrawRecord, filters: string, proof: DrawProof = proofOf(draw)): [string, string][] {
  const t = draw.params.task;
  const p = draw.params;
  return [
    ['抽查任务', `${t.code}　${t.name}`],
    ['抽查事项', t.items.map((name, i) => `${i + 1}. ${name}`).join('\n')],
    ['实施部门', t.department || '未填写'],
    ['检查时间', period(t.periodStart, t.periodEnd)],
    ['抽取范围', t.roster ? `名录“${t.roster}”` : '全部市场主体'],
    ['定向条件', filters],
    ['候选对象', `${draw.poolSize} 户（已排除注销、吊销、撤销、迁出的 ${p.excluded.closed} 户，近期已抽查的 ${p.excluded.repeat} 户）`],
    [
      '抽取要求',
      `${draw.selected.length} 户；每户执法检查人员 ${p.perEntity} 名${p.withLeader ? '，首位为检查组组长' : ''}${p.sameAreaRecusal ? '，执行同所回避' : ''}`,
    ],
    ['抽取时间', chineseDateTime(draw.drawnAt)],
    ['操作人', draw.operator],
    ['监督人', draw.witness],
    ['算法版本', draw.algorithm],
    [
      '种子来源',
      proof.seedParts.mode === 'witnessed' ? '见证抽取：由程序的秘密随机数、监督人随机数和公开随机值共同生成（见“核验信息”）' : PLAIN_SEED,
    ],
    ['随机种子', hexLines(draw.seed)],
    ['候选名单指纹', `${hexLines(draw.poolHash)}\n（SHA-256）`],
    ['记录编号', `#${draw.id}`],
  ];
}

/**
 * A draw's proof where none was read from the database (the template's sample): plain, no
 * ceremonies, and no audit entry to point at.
 */
export function proofOf(draw: DrawRecord): DrawProof {
  return { seedParts: { mode: 'plain' }, ceremonies: [], hash: draw.hash, prevHash: draw.prevHash, auditEntryHash: null };
}

const OUTCOME_WORDS: Record<string, string> = { abandoned: '已放弃', drawn: '已完成抽取', open: '尚未完成' };

/**
 * One earlier 开始抽取 as the record lists it: when, who ran it and who witnessed it, what became
 * of it (for one given up, when and why), C and (if revealed) r.
 */
function ceremonyText(c: DrawProof['ceremonies'][number], thisDraw: boolean): string {
  const outcome = thisDraw
    ? '完成本次抽取'
    : c.outcome === 'drawn'
      ? '已完成抽取（另一抽取记录，已作废）'
      : (OUTCOME_WORDS[c.outcome] ?? c.outcome);
  const lines = [`${chineseDateTime(c.startedAt)}开始　${outcome}`, `操作人：${c.operator}　监督人：${c.witness}`];
  if (c.outcome === 'abandoned') {
    lines.push(`放弃时间：${c.endedAt ? chineseDateTime(c.endedAt) : '未记录'}`, `放弃理由：${c.endReason || '未填写'}`);
  }
  lines.push(labelledHex('承诺值：', c.commitment));
  if (c.secret) lines.push(labelledHex('秘密随机数：', c.secret));
  return lines.join('\n');
}

/**
 * `承诺值：` and the hex on two lines of four groups, the second indented under the first by
 * ideographic spaces (the page keeps them: preserveLeadingSpaces), so the groups line up.
 */
function labelledHex(label: string, hex: string): string {
  const [first, second] = hexLines(hex).split('\n');
  return second === undefined ? `${label}${first}` : `${label}${first}\n${'\u3000'.repeat([...label].length)}${second}`;
}

/**
 * 核验信息, label and value: how the seed was made (ALGORITHM.md §2: C, r, w, v and F of a
 * witnessed draw, or the words for a plain one), every 开始抽取 of the task up to this draw with
 * its commitment and revealed secret, and the hashes that anchor the record (§7).
 */
export function proofFacts(draw: DrawRecord, proof: DrawProof): [string, string][] {
  const parts = proof.seedParts;
  const rows: [string, string][] = [];
  if (parts.mode === 'witnessed') {
    rows.push(
      [
        '种子来源',
        '见证抽取：开始抽取时程序生成秘密随机数 r，当场公布其承诺值 C = SHA-256(r)；监督人随后输入监督人随机数 w；随机种子由 r、w、公开随机值 v 和候选名单指纹 F 按公开的算法算出。抽取后公布 r，任何人都可核对 C 与 r 相符并重算种子。',
      ],
      ['承诺值 C', `${hexLines(parts.commitment)}\n（${chineseDateTime(parts.startedAt)} 开始抽取时公布）`],
      ['秘密随机数 r', hexLines(parts.secret)],
      ['监督人随机数 w', parts.witnessDigits],
      ['公开随机值 v', parts.publicValue === '' ? '无' : parts.publicValue],
      ['开始时候选名单指纹 F', hexLines(parts.poolHash)],
    );
  } else {
    rows.push(['种子来源', `${PLAIN_SEED}：随机种子由程序从操作系统的随机数源取得`]);
  }
  const n = proof.ceremonies.length;
  if (n > 0) {
    const others = proof.ceremonies.filter((c) => !(parts.mode === 'witnessed' && c.commitment === parts.commitment));
    const summary =
      parts.mode === 'witnessed'
        ? `，第 ${proof.ceremonies.findIndex((c) => c.commitment === parts.commitment) + 1} 次完成本次抽取`
        : '，本次为一键抽取';
    rows.push([
      '开始抽取经过',
      `本任务曾开始抽取 ${n} 次${summary}${others.length > 0 ? `；其余 ${others.length} 次如下，其秘密随机数已公布` : ''}`,
    ]);
    proof.ceremonies.forEach((c, i) => {
      if (others.includes(c)) rows.push([`第 ${i + 1} 次开始抽取`, ceremonyText(c, false)]);
    });
  }
  rows.push(
    ['记录哈希', hexLines(proof.hash)],
    ['上一条记录哈希', proof.prevHash === GENESIS_HASH ? `${hexLines(proof.prevHash)}\n${FIRST_RECORD}` : hexLines(proof.prevHash)],
    ['审计链头（抽取时）', proof.auditEntryHash ? hexLines(proof.auditEntryHash) : '无（本记录早于审计日志）'],
  );
  return rows;
}

/**
 * The QR code's text (ALGORITHM.md §7, "as text and as a QR code"): the record, the hashes that
 * anchor it and the seed, short enough for a code a phone reads off paper.
 */
export function drawQrText(draw: DrawRecord, proof: DrawProof): string {
  return `${draw.algorithm};draw=${draw.id};hash=${proof.hash};prev=${proof.prevHash};audit=${proof.auditEntryHash ?? ''};seed=${draw.seed}`;
}
