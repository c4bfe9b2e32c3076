import { AppError } from '../../errors.ts';
import { fallbackChain, faceKeysByFamily, descriptorsFor, fontFamilies, readFontFiles, type FontFamily } from './font-families.ts';
import { chooseDocumentFonts, FONT_ROLES, type DocumentFonts } from './fonts.ts';
import { embedQuickly } from './font-embedding.ts';
import { applyGlyphFallback, type GlyphCoverage } from './glyph-fallback.ts';
import type { PdfDocDefinition } from './pdf-types.ts';
import {
  embedSharedFace,
  renderWithPdfmake,
  shareFace,
  type EngineInput,
  type KitDocument,
  type KitFont,
  type SharedFace,
} from './pdfmake-engine.ts';

/** How often the fonts were parsed and reused; lets a test prove a batch parses each font once. */
export interface RendererStats {
  documents: number;
  /** Distinct font faces decoded so far (each once per renderer). */
  facesParsed: number;
  /** Times a document got an already-decoded face instead of decoding its own. */
  facesReused: number;
}

/**
 * Renders many documents with the same fonts. Create one per batch (500 notices: one renderer):
 * font files are read once and each face is decoded once, then every document only subsets it.
 */
export interface PdfRenderer {
  readonly fonts: DocumentFonts;
  /**
   * Lays out and renders one document; characters its fonts lack are set in a fallback font.
   * pdfmake writes into `doc`: build a fresh one per call.
   */
  render(doc: PdfDocDefinition, onProgress?: (fraction: number) => void): Promise<Buffer>;
  /** The height pdfmake gives one line of a family (a role, or a fallback) at `fontSize` with lineHeight 1, in points. */
  naturalLineHeight(family: string, fontSize: number): number;
  /** The advance width of `text` in a family at `fontSize`, in points (to place text by its size). */
  textWidth(family: string, text: string, fontSize: number): number;
  stats(): RendererStats;
}

interface FontkitFace {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
}

interface FaceSharing {
  provideFont: EngineInput['provideFont'];
  metrics: Map<string, { ascender: number; descender: number }>;
  face(family: string, bold: boolean): FontkitFace;
  stats: RendererStats;
}

// The first request for a face lets pdfkit open and decode it, and keeps it; later documents get a
// pdfkit font over that decoded face. Families on the same face share one font per document, so
// the PDF embeds one subset of it.
function faceSharing(families: FontFamily[]): FaceSharing {
  const keys = faceKeysByFamily(families);
  const standIns = new Map(families.filter((f) => f.standsInFor).map((f) => [f.name, f.standsInFor!]));
  const faces = new Map<string, SharedFace>();
  const fontsOfDoc = new WeakMap<KitDocument, Map<string, KitFont>>();
  const metrics: FaceSharing['metrics'] = new Map();
  const stats: RendererStats = { documents: 0, facesParsed: 0, facesReused: 0 };
  const provideFont: FaceSharing['provideFont'] = (doc, family, type, open) => {
    const key = keys.get(`${family}/${type}`) ?? `${family}/${type}`;
    const role = standIns.get(family);
    // A stand-in gets a font of its own in the document, carrying the role's metrics.
    const docKey = role ? `${key}|${family}` : key;
    let perDoc = fontsOfDoc.get(doc);
    if (!perDoc) fontsOfDoc.set(doc, (perDoc = new Map()));
    let font = perDoc.get(docKey);
    if (font) return font;
    const shared = faces.get(key);
    if (shared) {
      font = embedSharedFace(doc, shared);
      stats.facesReused++;
    } else {
      font = open();
      faces.set(key, shareFace(font));
      stats.facesParsed++;
    }
    if (type === 'normal' && !metrics.has(family)) metrics.set(family, { ascender: font.ascender, descender: font.descender });
    const like = role ? metrics.get(role) : undefined;
    if (like) Object.assign(font, like);
    embedQuickly(font);
    perDoc.set(docKey, font);
    return font;
  };
  const face = (family: string, bold: boolean) => {
    const shared = faces.get(keys.get(`${family}/${bold ? 'bold' : 'normal'}`) ?? '');
    if (!shared) throw new Error(`font face not decoded: ${family}`);
    return shared.face as FontkitFace;
  };
  return { provideFont, metrics, face, stats };
}

/** Which families print which characters; answers are cached per face, a batch asks often. */
function coverageOf(fonts: DocumentFonts, sharing: FaceSharing): GlyphCoverage {
  const cache = new Map<FontkitFace, Map<number, boolean>>();
  const roles = new Set<string>(FONT_ROLES);
  const chains = new Map(FONT_ROLES.map((role) => [role as string, fallbackChain(fonts, role)]));
  return {
    hasGlyph(family, bold, codePoint) {
      const face = sharing.face(family, bold);
      let known = cache.get(face);
      if (!known) cache.set(face, (known = new Map()));
      let has = known.get(codePoint);
      if (has === undefined) known.set(codePoint, (has = face.hasGlyphForCodePoint(codePoint)));
      return has;
    },
    chain: (family) => (roles.has(family) ? (chains.get(family) ?? []) : []),
  };
}

/**
 * Reads the chosen fonts (default: `chooseDocumentFonts()`) and decodes every family's faces once,
 * so a broken font file is reported now, in Chinese, rather than halfway through a batch.
 */
export async function createPdfRenderer(fonts: DocumentFonts = chooseDocumentFonts()): Promise<PdfRenderer> {
  const families = fontFamilies(fonts);
  const files = await readFontFiles(families);
  const sharing = faceSharing(families);
  const { provideFont, metrics, stats } = sharing;
  const naturalLineHeight = (family: string, fontSize: number) => {
    const m = metrics.get(family);
    if (!m) throw new Error(`no metrics for font family ${family}`);
    return ((m.ascender - m.descender) / 1000) * fontSize;
  };
  const coverage = coverageOf(fonts, sharing);
  const draw = (doc: PdfDocDefinition, onProgress?: (fraction: number) => void) => {
    stats.documents++;
    // pdfmake's own default is Roboto, which we do not load.
    doc.defaultStyle = { font: 'fangsong', ...doc.defaultStyle };
    return renderWithPdfmake(doc, { descriptors: descriptorsFor(families), files, provideFont, onProgress });
  };
  await decodeEveryFace(families, draw);
  const widths = new Map<string, number>();
  return {
    fonts,
    render(doc, onProgress) {
      applyGlyphFallback(doc, coverage);
      return draw(doc, onProgress);
    },
    naturalLineHeight,
    textWidth(family, text, fontSize) {
      // Asked for the same bureau name and date in every notice of a batch.
      const key = `${family}\n${text}`;
      let em = widths.get(key);
      if (em === undefined) {
        const face = sharing.face(family, false);
        widths.set(key, (em = face.layout(text).advanceWidth / face.unitsPerEm));
      }
      return em * fontSize;
    },
    stats: () => ({ ...stats }),
  };
}

async function decodeEveryFace(families: FontFamily[], draw: (doc: PdfDocDefinition) => Promise<Buffer>): Promise<void> {
  for (const family of families) {
    try {
      await draw({
        content: [
          { text: '字', font: family.name },
          { text: '字', font: family.name, bold: true },
        ],
      });
    } catch (err) {
      throw new AppError(
        `字体“${family.fontName}”（${family.label}）无法使用，可能已损坏：${family.normal.file}。请删除或修复该字体文件后重试。`,
        { cause: String(err) },
      );
    }
  }
}
