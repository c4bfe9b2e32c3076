import fs from 'node:fs/promises';
import { AppError } from '../../errors.ts';
import { documentFailure, manyEntitiesFailure } from './document-failure.ts';
import type { DocumentFonts } from '../pdf/fonts.ts';
import type { NoticeData } from '../data/notice-data.ts';
import { noticeDocument } from '../definitions/notice-pdf.ts';
import { createPdfRenderer, type PdfRenderer, type RendererStats } from '../pdf/pdf-renderer.ts';
import type { PdfDocDefinition } from '../pdf/pdf-types.ts';
import type { SheetData } from '../data/record-sheet-data.ts';
import { sheetDocument } from '../definitions/record-sheet-pdf.ts';
import type { ParsedTemplate } from '../templates/template-format.ts';

/** The documents of a batch and where they go; plain data, so it can be handed to a worker. */
export type RenderJob = ({ kind: 'notices'; documents: NoticeData[] } | { kind: 'sheets'; documents: SheetData[] }) & {
  template: ParsedTemplate;
  fonts: DocumentFonts;
  /** One path per document (in the staging folder), or null for no separate files. */
  files: string[] | null;
  /** Where the combined PDF goes (a temporary name beside the target), or null. */
  combined: string | null;
};

/** Thrown by `renderBatch` when asked to stop; nothing it wrote is kept by the caller. */
export class BatchCancelled extends AppError {
  constructor() {
    super('已取消，未保存任何文件。');
  }
}

function definitionOf(job: RenderJob, renderer: PdfRenderer, indexes: number[]): PdfDocDefinition {
  if (job.kind === 'notices')
    return noticeDocument(
      renderer,
      job.template,
      indexes.map((i) => job.documents[i]!),
    );
  return sheetDocument(
    renderer,
    job.template,
    indexes.map((i) => job.documents[i]!),
  );
}

const DOCUMENT_NAMES = { notices: '检查通知书', sheets: '随机抽查情况记录表' } as const;

/**
 * Renders a batch with one renderer (fonts parsed once): each document to its own file, and/or all
 * of them as one PDF for printing. `onProgress` gets the documents' worth done so far (0…count);
 * `cancelled` is asked between documents and while the combined PDF is drawn. Returns how often
 * the fonts were decoded and reused.
 */
export async function renderBatch(job: RenderJob, onProgress: (done: number) => void, cancelled: () => boolean): Promise<RendererStats> {
  const renderer = await createPdfRenderer(job.fonts);
  const count = job.documents.length;
  const outputs = (job.files ? 1 : 0) + (job.combined ? 1 : 0);
  const report = (done: number) => onProgress(Math.floor(done / outputs));
  const indexes = job.documents.map((_, i) => i);
  const failure = (i: number, err: unknown) => documentFailure(DOCUMENT_NAMES[job.kind], job.documents[i]!.entity, i + 1, err);
  // Laid out up to its first wait when called, so the next document's layout still overlaps the
  // previous one's compression and writing.
  const renderOne = async (i: number): Promise<Buffer> => {
    try {
      return await renderer.render(definitionOf(job, renderer, [i]));
    } catch (err) {
      throw failure(i, err);
    }
  };
  const writeOne = (i: number, pdf: Buffer) => fs.writeFile(job.files![i]!, pdf).catch((err: unknown) => Promise.reject(failure(i, err)));
  if (job.files) {
    // One document is finished (fonts compressed on the thread pool, file written) while the next
    // is laid out, so two cores both work.
    let previous: Promise<void> = Promise.resolve();
    try {
      for (const i of indexes) {
        if (cancelled()) break;
        const rendering = renderOne(i);
        rendering.catch(() => {}); // met through `previous`; kept from counting as unhandled meanwhile
        await previous;
        previous = rendering.then((pdf) => writeOne(i, pdf)).then(() => report(i + 1));
        previous.catch(() => {}); // awaited next turn; kept from counting as unhandled meanwhile
      }
      await previous;
    } catch (err) {
      // The file still being written is finished first, so that nothing writes into the staging
      // folder once the caller has been told of the failure and removes it.
      await previous.catch(() => {});
      throw err;
    }
    if (cancelled()) throw new BatchCancelled();
  }
  if (job.combined) {
    if (cancelled()) throw new BatchCancelled();
    const base = job.files ? count : 0;
    let pdf: Buffer;
    try {
      pdf = await renderer.render(definitionOf(job, renderer, indexes), (fraction) => {
        if (cancelled()) throw new BatchCancelled();
        report(base + Math.floor(fraction * count));
      });
    } catch (err) {
      throw manyEntitiesFailure(
        job.documents.map((d) => d.entity),
        err,
      );
    }
    await fs.writeFile(job.combined, pdf);
    report(base + count);
  }
  return renderer.stats();
}
