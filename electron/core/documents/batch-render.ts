import fs from 'node:fs/promises';
import { AppError } from '../errors.ts';
import type { DocumentFonts } from './fonts.ts';
import type { NoticeData } from './notice-data.ts';
import { noticeDocument } from './notice-pdf.ts';
import { createPdfRenderer, type PdfRenderer, type RendererStats } from './pdf-renderer.ts';
import type { PdfDocDefinition } from './pdf-types.ts';
import type { SheetData } from './record-sheet-data.ts';
import { sheetDocument } from './record-sheet-pdf.ts';
import type { ParsedTemplate } from './template-format.ts';

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
  if (job.kind === 'notices') return noticeDocument(renderer, job.template, indexes.map((i) => job.documents[i]!));
  return sheetDocument(renderer, job.template, indexes.map((i) => job.documents[i]!));
}

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
  if (job.files) {
    // One document is finished (fonts compressed on the thread pool, file written) while the next
    // is laid out, so two cores both work.
    let previous: Promise<void> = Promise.resolve();
    try {
      for (const i of indexes) {
        if (cancelled()) break;
        const rendering = renderer.render(definitionOf(job, renderer, [i]));
        rendering.catch(() => {}); // met through `previous`; kept from counting as unhandled meanwhile
        await previous;
        previous = rendering.then((pdf) => fs.writeFile(job.files![i]!, pdf)).then(() => report(i + 1));
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
    const pdf = await renderer.render(definitionOf(job, renderer, indexes), (fraction) => {
      if (cancelled()) throw new BatchCancelled();
      report(base + Math.floor(fraction * count));
    });
    await fs.writeFile(job.combined, pdf);
    report(base + count);
  }
  return renderer.stats();
}
