import { chineseDate } from '../data/doc-dates.ts';
import { addresseeBlock, bodyParagraphs, docNumberLine, signatureBlock, titleBlock } from './document-blocks.ts';
import { jointBody, jointNoticeValues, jointTitleValues } from './joint-notice.ts';
import { jointSignatureBlock } from './joint-signature.ts';
import { documentDefinition } from './document-shell.ts';
import { labelEntityCode } from '../data/entity-code-label.ts';
import type { NoticeData } from '../data/notice-data.ts';
import { PORTRAIT } from '../pdf/page-layout.ts';
import type { PdfRenderer } from '../pdf/pdf-renderer.ts';
import type { PdfContent, PdfDocDefinition } from '../pdf/pdf-types.ts';
import { fillTemplate, type ParsedTemplate, type PlaceholderValue } from '../templates/template-format.ts';
import { taskPlaceholders } from '../data/document-task.ts';

/** What each placeholder of the notice template stands for. */
export function noticeValues(d: NoticeData): Record<string, PlaceholderValue> {
  const values: Record<string, PlaceholderValue> = {
    ...taskPlaceholders(d.bureauName, d.task),
    docNumber: d.docNumber,
    date: chineseDate(d.issuedOn),
    'entity.name': d.entity.name,
    'entity.code': d.entity.code,
    'entity.address': d.entity.address,
    'entity.legalRep': d.entity.legalRep,
    items: d.items,
    methods: d.methods.length > 0 ? d.methods.join('、') : '依照抽查事项清单规定的检查方式',
    materials: d.materials,
    inspectors: d.inspectors.map((i) => `${i.name}（执法证号：${i.certNo}）`).join('、'),
    'contact.name': d.contactName,
    'contact.phone': d.contactPhone,
    issuer: '本局',
    'issuer.self': '本局',
  };
  return d.joint ? { ...values, ...jointNoticeValues(d, d.joint) } : values;
}

/**
 * One 检查通知书: title, 文号, addressee, body (from the template), and the 落款 with the seal
 * area and date; the last paragraph stays on the page of the signature.
 */
export function noticeContent(renderer: PdfRenderer, template: ParsedTemplate, d: NoticeData): PdfContent[] {
  const values = noticeValues(d);
  const fillWith = (text: string, overrides: Record<string, PlaceholderValue> = {}) =>
    fillTemplate(labelEntityCode(text, d.entity.code), { ...values, ...overrides });
  const fill = (text: string | undefined) => (text === undefined ? undefined : fillWith(text));
  const joint = d.joint;
  const title = joint ? fillWith(template.title ?? '', jointTitleValues(joint)) : fill(template.title);
  const body = bodyParagraphs(joint ? jointBody(template.body ?? '', joint, fillWith) : fill(template.body));
  const last = body.splice(-1, 1);
  return [
    titleBlock(title),
    docNumberLine(d.docNumber),
    ...addresseeBlock(fill(template.addressee)),
    ...body,
    joint
      ? jointSignatureBlock(
          renderer,
          PORTRAIT,
          joint.departments.map((x) => x.shortName),
          d.issuedOn,
          last,
        )
      : signatureBlock(renderer, PORTRAIT, d.bureauName, d.issuedOn, last),
  ];
}

/** The notices as one PDF: one notice, or a task's whole batch for printing. */
export function noticeDocument(renderer: PdfRenderer, template: ParsedTemplate, notices: readonly NoticeData[]): PdfDocDefinition {
  const first = notices[0]!;
  const title =
    notices.length === 1 ? `${first.docNumber} ${first.entity.name} 检查通知书` : `${first.task.code} ${first.task.name} 检查通知书`;
  return documentDefinition(
    renderer,
    PORTRAIT,
    { title, author: first.bureauName },
    notices.map((d) => noticeContent(renderer, template, d)),
  );
}
