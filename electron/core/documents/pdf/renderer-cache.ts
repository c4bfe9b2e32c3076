import { chooseDocumentFonts, type DocumentFonts } from './fonts.ts';
import { createPdfRenderer, type PdfRenderer } from './pdf-renderer.ts';

/**
 * One renderer kept for single documents and the settings screen's live preview, which asks for a
 * new PDF at every pause in typing: decoding the fonts again each time would cost half a second.
 * It is let go after a while unused (the decoded fonts take memory), and replaced when the fonts
 * chosen change (a font installed or removed).
 */
const IDLE_MS = 120_000;
let cached: { key: string; renderer: Promise<PdfRenderer>; timer: NodeJS.Timeout } | null = null;

/** The shared renderer for `fonts` (default: the fonts this PC would use now). */
export function sharedRenderer(fonts: DocumentFonts = chooseDocumentFonts()): Promise<PdfRenderer> {
  const key = JSON.stringify(fonts);
  if (cached && cached.key === key) {
    cached.timer.refresh();
    return cached.renderer;
  }
  if (cached) clearTimeout(cached.timer);
  const renderer = createPdfRenderer(fonts);
  const entry = { key, renderer, timer: setTimeout(() => cached === entry && (cached = null), IDLE_MS).unref() };
  cached = entry;
  // A broken font is reported now and not kept, so the next try reads the fonts again.
  renderer.catch(() => cached === entry && (cached = null));
  return renderer;
}
