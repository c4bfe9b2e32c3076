import fs from 'node:fs/promises';
import { AppError } from '../errors.ts';
import { chooseDocumentFonts, FONT_ROLES, type DocumentFonts, type FontFace, type FontRole } from './fonts.ts';
import type { PdfDocDefinition } from './pdf-types.ts';
import {
  embedSharedFace,
  renderWithPdfmake,
  shareFace,
  type EngineInput,
  type FontDescriptors,
  type FontSource,
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
  /** Lays out and renders one document. pdfmake writes into `doc`: build a fresh one per call. */
  render(doc: PdfDocDefinition): Promise<Buffer>;
  /** The height pdfmake gives one line of `role` at `fontSize` with lineHeight 1, in points. */
  naturalLineHeight(role: FontRole, fontSize: number): number;
  stats(): RendererStats;
}

const faceKey = (face: FontFace) => (face.collectionName ? `${face.file}#${face.collectionName}` : face.file);
const faceSource = (face: FontFace): FontSource => (face.collectionName ? [face.file, face.collectionName] : face.file);

function descriptorsFor(fonts: DocumentFonts): FontDescriptors {
  const descriptors: FontDescriptors = {};
  for (const role of FONT_ROLES) {
    const { normal, bold } = fonts[role];
    descriptors[role] = {
      normal: faceSource(normal),
      bold: faceSource(bold),
      italics: faceSource(normal),
      bolditalics: faceSource(bold),
    };
  }
  return descriptors;
}

function faceKeysByFamily(fonts: DocumentFonts): Map<string, string> {
  const keys = new Map<string, string>();
  for (const role of FONT_ROLES) {
    const { normal, bold } = fonts[role];
    for (const type of ['normal', 'italics'] as const) keys.set(`${role}/${type}`, faceKey(normal));
    for (const type of ['bold', 'bolditalics'] as const) keys.set(`${role}/${type}`, faceKey(bold));
  }
  return keys;
}

async function readFontFiles(fonts: DocumentFonts): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const role of FONT_ROLES) {
    for (const { file } of [fonts[role].normal, fonts[role].bold]) {
      if (files.has(file)) continue;
      try {
        files.set(file, await fs.readFile(file));
      } catch (err) {
        throw new AppError(
          `无法读取字体文件“${file}”（${fonts[role].label}）。请确认该文件存在且没有被其他程序占用；若是程序自带的字体，请重新安装本程序。`,
          { cause: String(err) },
        );
      }
    }
  }
  return files;
}

interface FaceSharing {
  provideFont: EngineInput['provideFont'];
  metrics: Map<string, { ascender: number; descender: number }>;
  stats: RendererStats;
}

// The first request for a face lets pdfkit open and decode it, and keeps it; later documents get a
// pdfkit font over that decoded face. Families on the same face share one font per document, so
// the PDF embeds one subset of it.
function faceSharing(fonts: DocumentFonts): FaceSharing {
  const keys = faceKeysByFamily(fonts);
  const faces = new Map<string, SharedFace>();
  const fontsOfDoc = new WeakMap<KitDocument, Map<string, KitFont>>();
  const metrics: FaceSharing['metrics'] = new Map();
  const stats: RendererStats = { documents: 0, facesParsed: 0, facesReused: 0 };
  const provideFont: FaceSharing['provideFont'] = (doc, family, type, open) => {
    const key = keys.get(`${family}/${type}`) ?? `${family}/${type}`;
    let perDoc = fontsOfDoc.get(doc);
    if (!perDoc) fontsOfDoc.set(doc, (perDoc = new Map()));
    let font = perDoc.get(key);
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
    perDoc.set(key, font);
    if (type === 'normal' && !metrics.has(family)) metrics.set(family, { ascender: font.ascender, descender: font.descender });
    return font;
  };
  return { provideFont, metrics, stats };
}

/**
 * Reads the chosen fonts (default: `chooseDocumentFonts()`) and decodes every role's face once,
 * so a broken font file is reported now, in Chinese, rather than halfway through a batch.
 */
export async function createPdfRenderer(fonts: DocumentFonts = chooseDocumentFonts()): Promise<PdfRenderer> {
  const files = await readFontFiles(fonts);
  const { provideFont, metrics, stats } = faceSharing(fonts);
  const render = (doc: PdfDocDefinition) => {
    stats.documents++;
    // pdfmake's own default is Roboto, which we do not load.
    doc.defaultStyle = { font: 'fangsong', ...doc.defaultStyle };
    return renderWithPdfmake(doc, { descriptors: descriptorsFor(fonts), files, provideFont });
  };

  for (const role of FONT_ROLES) {
    try {
      await render({ content: [{ text: '字', font: role }, { text: '字', font: role, bold: true }] });
    } catch (err) {
      throw new AppError(
        `字体“${fonts[role].fontName}”（${fonts[role].label}）无法使用，可能已损坏：${fonts[role].normal.file}。请删除或修复该字体文件后重试。`,
        { cause: String(err) },
      );
    }
  }

  return {
    fonts,
    render,
    naturalLineHeight(role, fontSize) {
      const m = metrics.get(role);
      if (!m) throw new Error(`no metrics for font role ${role}`);
      return ((m.ascender - m.descender) / 1000) * fontSize;
    },
    stats: () => ({ ...stats }),
  };
}
