import type { DrawProof } from '../../draw/draw-proof.ts';
import type { DrawRecord, DrawnEntity, DrawnInspector } from '../../draw/draw-read.ts';
import { jointFacts, membersByDepartment, type DrawRecordJoint } from '../data/draw-record-joint.ts';
import { codeColumnLabel } from '../../entities/uscc.ts';
import { chineseDateTime } from '../data/doc-dates.ts';
import { bodyParagraphs, factsTable, ruledWidths, signatureLines, titleBlock } from './document-blocks.ts';
import { documentDefinition } from './document-shell.ts';
import { isFirstRowCell } from '../pdf/keep-rows-together.ts';
import { keepHeadingWithNext } from '../pdf/keep-with-next.ts';
import { renderWithLongTable, type LongTable } from '../pdf/long-table.ts';
import { BODY_LINE_PITCH, PORTRAIT } from '../pdf/page-layout.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { PdfContent, PdfNode } from '../pdf/pdf-types.ts';
import { RULED_TABLE_LAYOUT } from '../pdf/document-styles.ts';
import { fillTemplate, type ParsedTemplate, type PlaceholderValue } from '../templates/template-format.ts';
import { describeFilters, drawFacts, drawQrText, PACKAGE_NOTE, PLAIN_NOTE, proofFacts, proofOf } from '../data/draw-record-facts.ts';

/** What a 随机抽取记录 prints: the draw as recorded, current teams included, and the bureau. */
export interface DrawRecordData {
  bureauName: string;
  draw: DrawRecord;
  /**
   * How the seed was made and the hashes that anchor the record (`drawProof`). Only the
   * template's sample goes without: it then prints as a plain draw with no audit entry.
   */
  proof?: DrawProof;
  /** A joint draw's departments (`drawRecordJoint`): teams and facts are then listed by department. */
  joint?: DrawRecordJoint;
}

/** What each placeholder of the draw record template stands for. */
export function drawRecordValues({ bureauName, draw }: DrawRecordData): Record<string, PlaceholderValue> {
  const t = draw.params.task;
  return {
    'bureau.name': bureauName,
    'task.code': t.code,
    'task.name': t.name,
    'task.period': t.periodStart && t.periodEnd ? `${t.periodStart}至${t.periodEnd}` : '',
    'task.department': t.department,
    'draw.id': String(draw.id),
    'draw.time': chineseDateTime(draw.drawnAt),
    'draw.operator': draw.operator,
    'draw.witness': draw.witness,
    'draw.poolSize': String(draw.poolSize),
    'draw.count': String(draw.selected.length),
  };
}

/**
 * The marks go before the name: written after the 执法证号 they were the first thing to wrap, and a
 * 组长 stood alone on a line under its name (trial). Before it, a line too narrow breaks ahead of the
 * bracket, so 组长 always stays on its name's line.
 */
function teamText(e: DrawnEntity): string {
  return e.inspectors.map(memberLine).join('\n');
}

const memberLine = (i: DrawnInspector) => `${teamMarks(i)}${i.name}（${i.certNo}）`;

/** A joint team: each department's name in 黑体 on a line of its own, its members under it, the lead's first. */
function jointTeamCell(e: DrawnEntity, joint: DrawRecordJoint): PdfNode {
  const lines = membersByDepartment(joint, e.inspectors).flatMap((g, i) => [
    { text: `${i > 0 ? '\n' : ''}${g.name}\n`, font: 'heiti' },
    { text: g.members.map(memberLine).join('\n') },
  ]);
  return cell('', { text: lines });
}

function teamMarks(i: { leader: boolean; replaced: unknown }): string {
  // replaced: what the 递补 replaced (null when the inspector was drawn first), or a flag
  const marks = [...(i.leader ? ['组长'] : []), ...(i.replaced ? ['递补'] : [])];
  return marks.length > 0 ? `${marks.join('、')} ` : '';
}

const SELECTED_HEADING_ID = 'heading:selected';
const REPLACEMENTS_HEADING_ID = 'heading:replacements';
const FIRST_REPLACEMENT_ID = 'replacement:0';
const PROOF_HEADING_ID = 'heading:proof';
const FIRST_PROOF_ID = 'proof:0';

/**
 * pdfmake draws a module as a whole number of points (⌊fit ÷ modules⌋): 154 gives 2 pt (0.7 mm,
 * which a phone reads off paper) to every code up to version 15 (77 modules); our text of about
 * 300 characters needs version 13 at error correction M.
 */
const QR_FIT = 154;

const cell = (text: string, extra: PdfNode = {}): PdfNode => ({ text, style: 'tableCell', ...extra });
const head = (labels: string[]) => labels.map((text) => ({ text, style: 'tableHeader' }));

function selectedTable(draw: DrawRecord, joint: DrawRecordJoint | undefined): LongTable {
  return {
    // 统一社会信用代码（注册号） is too wide for its column: it breaks before the bracket, not inside it.
    header: () =>
      head(['序号', '检查对象名称', codeColumnLabel(draw.selected.map((e) => e.code)).replace('（', '\n（'), '执法检查人员（执法证号）']),
    rows: () =>
      draw.selected.map((e) => [
        cell(String(e.position), { alignment: 'center' }),
        cell(e.name),
        cell(e.code),
        joint ? jointTeamCell(e, joint) : cell(teamText(e)),
      ]),
    // The code column holds an 18-character code on one line (about 41 mm in 五号 宋体, plus padding);
    // the team column holds 组长, a four-character name and a 13-digit 执法证号 on one line (about 57 mm).
    widths: ruledWidths([11, 34, 50, 61].map((widthMm) => ({ widthMm }))),
  };
}

function replacementsTable(draw: DrawRecord): PdfContent[] {
  if (draw.replacements.length === 0) return [];
  const rows = draw.replacements.map((r, i) => [
    cell(r.entityName, i === 0 ? { id: FIRST_REPLACEMENT_ID } : {}),
    cell(`${r.oldName}\n${r.oldCert}`),
    cell(`${r.newName}\n${r.newCert}`),
    cell(r.reason),
    cell(`${chineseDateTime(r.at)}\n操作人：${r.operator}`),
  ]);
  return [
    { text: '递补记录', id: REPLACEMENTS_HEADING_ID, style: 'heading1', leadingIndent: 0, margin: [0, BODY_LINE_PITCH / 2, 0, 0] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ruledWidths([36, 24, 24, 38, 34].map((widthMm) => ({ widthMm }))),
        body: [head(['检查对象', '原执法人员', '递补执法人员', '递补理由', '递补时间']), ...rows],
      },
      layout: RULED_TABLE_LAYOUT,
    },
  ];
}

/**
 * 核验信息: how the seed was made, the earlier starts, the record's hashes, and the same in a QR
 * code, right above the signatures, so the 监督人 signs under the digits he typed.
 */
function proofSection(draw: DrawRecord, proof: DrawProof): PdfContent[] {
  const qr: PdfNode = {
    columns: [
      { qr: drawQrText(draw, proof), fit: QR_FIT, eccLevel: 'M', padding: 2, width: 'auto' },
      {
        width: '*',
        margin: [8, 0, 0, 0],
        text: '扫描二维码可读出算法版本、记录编号、记录哈希、上一条记录哈希、审计链头和随机种子，用于与程序中的记录和核验包核对。',
      },
    ],
  };
  // The second line of a labelled hash is indented by ideographic spaces, which pdfmake would cut.
  const rows = proofFacts(draw, proof).map(([label, value]): [string, PdfContent] => [label, { text: value, preserveLeadingSpaces: true }]);
  const table = factsTable([...rows, ['核验二维码', qr]], [40, 116]);
  table.table!.body[0]![0]!.id = FIRST_PROOF_ID;
  return [{ text: '核验信息', id: PROOF_HEADING_ID, style: 'heading1', leadingIndent: 0, margin: [0, BODY_LINE_PITCH / 2, 0, 0] }, table];
}

/**
 * A plain draw says so in a box under the facts, where a reader looks first: the 种子来源 row
 * alone reads like any other fact, and a plain draw lacks what a witnessed one proves.
 */
function plainNote(proof: DrawProof): PdfContent[] {
  if (proof.seedParts.mode !== 'plain') return [];
  return [
    {
      table: { widths: ['*'], body: [[{ text: PLAIN_NOTE, style: 'tableLabel', fontSize: 12, margin: [0, 2, 0, 2] }]] },
      layout: { ...RULED_TABLE_LAYOUT, hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
      margin: [0, BODY_LINE_PITCH / 2, 0, 0],
    },
  ];
}

/** A voided draw says so at the top, with when and why; a watermark marks every page. */
function voidNotice(draw: DrawRecord): PdfContent[] {
  if (!draw.voided) return [];
  return [
    { text: '本记录已作废', style: 'heading1', alignment: 'center', leadingIndent: 0 },
    {
      text: `作废时间：${chineseDateTime(draw.voidedAt!)}；作废理由：${draw.voidReason ?? ''}`,
      style: 'flush',
      margin: [0, 0, 0, BODY_LINE_PITCH / 2],
    },
  ];
}

/**
 * The 随机抽取记录 of one draw: the task and its filters, the pool and its fingerprint, seed and
 * algorithm, the drawn entities with their current teams, every 递补 with its reason, how the seed
 * was made with the hashes that anchor the record (text and QR code), operator, witness, time,
 * and lines for both to sign. A voided draw is marked 作废 with its reason.
 */
export async function renderDrawRecordPdf(renderer: PdfRenderer, template: ParsedTemplate, data: DrawRecordData): Promise<Buffer> {
  const values = drawRecordValues(data);
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillTemplate(text, values));
  const { draw } = data;
  const proof = data.proof ?? proofOf(draw);
  const t = draw.params.task;
  const info = { title: `${t.code} ${t.name} 随机抽取记录（#${draw.id}）`, author: data.bureauName };
  const plainFacts = drawFacts(draw, describeFilters(t.filters, draw.params.quotas), proof);
  const facts = data.joint ? jointFacts(plainFacts, data.joint) : plainFacts;
  const watermark = draw.voided ? { watermark: { text: '作废', font: 'heiti', opacity: 0.12, bold: true } } : {};
  return renderWithLongTable(renderer, PORTRAIT, selectedTable(draw, data.joint), (table, complete, pageBreakBefore) => {
    const content: PdfContent[] = [
      titleBlock(fill(template.title)),
      ...voidNotice(draw),
      ...bodyParagraphs(fill(template.intro)),
      factsTable(facts, [40, 116]),
      ...plainNote(proof),
      {
        text: `抽取结果（${draw.selected.length} 户）`,
        id: SELECTED_HEADING_ID,
        style: 'heading1',
        leadingIndent: 0,
        margin: [0, BODY_LINE_PITCH / 2, 0, 0],
      },
      ...table,
    ];
    // The closing words (and what a re-derivation needs besides the seed) go with the lines to sign,
    // so neither stands alone on a page.
    const signing = {
      stack: [
        ...bodyParagraphs(fill(template.closing)),
        ...bodyParagraphs(PACKAGE_NOTE),
        signatureLines(['操作人（签字）：', '监督人（签字）：']),
      ],
      unbreakable: true,
    };
    if (complete) content.push(...replacementsTable(draw), ...proofSection(draw, proof), signing);
    const keepHeadings = keepHeadingWithNext(
      SELECTED_HEADING_ID,
      isFirstRowCell,
      keepHeadingWithNext(
        REPLACEMENTS_HEADING_ID,
        FIRST_REPLACEMENT_ID,
        keepHeadingWithNext(PROOF_HEADING_ID, FIRST_PROOF_ID, pageBreakBefore),
      ),
    );
    return documentDefinition(renderer, PORTRAIT, info, [content], { pageBreakBefore: keepHeadings, ...watermark });
  });
}
