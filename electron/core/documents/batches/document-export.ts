import path from 'node:path';
import type { Db } from '../../db/connection.ts';
import { drawProof } from '../../draw/draw-proof.ts';
import { getDraw } from '../../draw/draw-read.ts';
import { AppError } from '../../errors.ts';
import { getSettings } from '../../settings/settings-service.ts';
import { writeFileAtomically } from '../../files/atomic-write.ts';
import { requireContact } from '../data/contact-check.ts';
import { manyEntitiesFailure } from './document-failure.ts';
import { todayIso } from '../data/doc-dates.ts';
import { renderDrawRecordPdf } from '../definitions/draw-record-pdf.ts';
import { drawRecordJoint } from '../data/draw-record-joint.ts';
import { gatherNoticeDrafts, issueNoticeNumbers } from '../data/notice-data.ts';
import { noticeDocument } from '../definitions/notice-pdf.ts';
import { gatherPublication, publicationToPrint } from '../data/publication-data.ts';
import { renderPublicationPdf } from '../definitions/publication-pdf.ts';
import { writePublicationXlsx } from '../definitions/publication-xlsx.ts';
import { gatherSheets } from '../data/record-sheet-data.ts';
import { sheetDocument } from '../definitions/record-sheet-pdf.ts';
import { sharedRenderer } from '../pdf/renderer-cache.ts';
import { loadTemplate } from '../templates/template-store.ts';

/** Where a document went and how many documents (or 公示 lines) it holds. */
export interface DocumentFile {
  path: string;
  count: number;
  /** The notice's 文号. */
  docNumber?: string;
  /** The stored publication a 公示 document printed. */
  publicationId?: number;
}

/** `produce`, with a character no font has reported by the entity whose name or address holds it. */
function naming(entities: readonly { name: string }[], produce: () => Promise<Buffer>): () => Promise<Buffer> {
  return async () => {
    try {
      return await produce();
    } catch (err) {
      throw manyEntitiesFailure(entities, err);
    }
  };
}

/**
 * One entity's 检查通知书 to `outPath`. The 文号 is issued now (dated `date`, default today) unless
 * the entity had one for this task, which is kept with its date.
 */
export async function exportNotice(
  db: Db,
  resourcesDir: string,
  input: { taskId: number; entityId: number; path: string; date?: string | undefined },
): Promise<DocumentFile> {
  const template = loadTemplate(db, resourcesDir, 'notice');
  requireContact('notice', template, getSettings(db));
  const [notice] = issueNoticeNumbers(db, gatherNoticeDrafts(db, resourcesDir, input.taskId, [input.entityId]), input.date ?? todayIso());
  const renderer = await sharedRenderer();
  await writeFileAtomically(
    input.path,
    naming([notice!.entity], () => renderer.render(noticeDocument(renderer, template, [notice!]))),
  );
  return { path: input.path, count: 1, docNumber: notice!.docNumber };
}

/** One entity's 随机抽查情况记录表 to `outPath`. */
export async function exportSheet(
  db: Db,
  resourcesDir: string,
  input: { taskId: number; entityId: number; path: string },
): Promise<DocumentFile> {
  const template = loadTemplate(db, resourcesDir, 'recordSheet');
  const sheets = gatherSheets(db, input.taskId, [input.entityId]);
  const renderer = await sharedRenderer();
  await writeFileAtomically(
    input.path,
    naming(
      sheets.map((s) => s.entity),
      () => renderer.render(sheetDocument(renderer, template, sheets)),
    ),
  );
  return { path: input.path, count: 1 };
}

/** A draw's 随机抽取记录 (a voided draw's too, marked 作废) to `outPath`. */
export async function exportDrawRecord(db: Db, resourcesDir: string, input: { drawId: number; path: string }): Promise<DocumentFile> {
  const template = loadTemplate(db, resourcesDir, 'drawRecord');
  const draw = getDraw(db, input.drawId);
  const joint = drawRecordJoint(db, draw);
  const data = { bureauName: getSettings(db).bureauName, draw, proof: drawProof(db, input.drawId), ...(joint && { joint }) };
  const renderer = await sharedRenderer();
  await writeFileAtomically(
    input.path,
    naming(data.draw.selected, () => renderDrawRecordPdf(renderer, template, data)),
  );
  return { path: input.path, count: 1 };
}

/**
 * A stored publication of a task (the one named, else its latest) as PDF or .xlsx, chosen by the
 * file's extension: what was published, frozen, never the results as they stand today.
 */
export async function exportPublication(
  db: Db,
  resourcesDir: string,
  input: { taskId: number; publicationId?: number | undefined; path: string },
): Promise<DocumentFile> {
  const extension = path.extname(input.path).toLowerCase();
  if (extension !== '.pdf' && extension !== '.xlsx') {
    throw new AppError(`公示文件“${path.basename(input.path)}”的类型无法识别：请保存为 .pdf 或 .xlsx 文件。`);
  }
  const template = loadTemplate(db, resourcesDir, 'publication');
  const settings = getSettings(db);
  requireContact('publication', template, settings);
  const publicationId = publicationToPrint(db, input.taskId, input.publicationId);
  const data = gatherPublication(db, publicationId);
  if (extension === '.xlsx') {
    await writePublicationXlsx(template, data, input.path);
  } else {
    const renderer = await sharedRenderer();
    await writeFileAtomically(
      input.path,
      naming(data.lines, () => renderPublicationPdf(renderer, template, data)),
    );
  }
  return { path: input.path, count: data.lines.length, publicationId };
}
