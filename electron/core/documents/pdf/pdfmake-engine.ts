import { createRequire } from 'node:module';
import type { PdfDocDefinition } from './pdf-types.ts';
import { prepareFonts, speedUpFace } from './font-embedding.ts';

/**
 * Where the engine reaches into pdfmake 0.3's Printer and pdfkit 0.19's documents; README.md lists
 * every internal this folder relies on (font-embedding.ts and truetype-subset.ts reach into fontkit
 * and pdfkit fonts). pdfmake's public `createPdf` gives every document a new pdfkit document,
 * which opens each font again from its bytes (fontkit.create) and decodes loca/cmap/GSUB/hmtx afresh: 15–40 ms per font per document.
 * We drive pdfmake's own Printer (the class `createPdf` uses) and let the caller answer pdfmake's
 * font requests, so a face decoded once can be wrapped for each new document (`embedSharedFace`).
 */

/** pdfkit's per-document font (its EmbeddedFont): the fields the face sharing reads or sets. */
export interface KitFont {
  /** The fontkit face: parsed tables, glyph cache. */
  font: object;
  /** Text → glyph run cache (present when pdfkit's fontLayoutCache is on, the default). */
  layoutCache?: Record<string, unknown>;
  ascender: number;
  descender: number;
}

type KitFontClass = new (doc: KitDocument, face: object, id: string) => KitFont;

/** A decoded face that new documents can embed without decoding it again. */
export interface SharedFace {
  face: object;
  fontClass: KitFontClass;
  layoutCache: Record<string, unknown> | undefined;
}

/** The pdfkit document being built; opaque to callers except as a key. */
export interface KitDocument {
  provideFont(family: string, bold: boolean, italics: boolean): KitFont;
  _fontFamilies: Record<string, KitFont>;
  _fontCount: number;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (err: Error) => void): void;
  end(): void;
}

/** Keeps the decoded face of a font pdfkit opened itself, for later documents. */
export function shareFace(font: KitFont): SharedFace {
  speedUpFace(font.font);
  return { face: font.font, fontClass: font.constructor as KitFontClass, layoutCache: font.layoutCache };
}

/**
 * A new pdfkit font for `doc` over an already-decoded face: its own subset (so the PDF embeds only
 * its glyphs) and id, registered where pdfkit looks for fonts to embed when the document ends.
 */
export function embedSharedFace(doc: KitDocument, shared: SharedFace): KitFont {
  const id = `F${++doc._fontCount}`;
  const font = new shared.fontClass(doc, shared.face, id);
  if (font.layoutCache && shared.layoutCache) font.layoutCache = shared.layoutCache;
  doc._fontFamilies[id] = font;
  return font;
}

/** pdfmake font family entry: a virtual file name, or [name, face name] for a .ttc collection. */
export type FontSource = string | [string, string];

export type FontDescriptors = Record<string, { normal: FontSource; bold: FontSource; italics: FontSource; bolditalics: FontSource }>;

export type FontType = 'normal' | 'bold' | 'italics' | 'bolditalics';

interface Printer {
  pdfKitDoc?: KitDocument;
  createPdfKitDocument(doc: PdfDocDefinition, options: object): Promise<KitDocument>;
}

interface VirtualFiles {
  existsSync(name: unknown): boolean;
  readFileSync(name: string): Buffer;
}

interface UrlResolver {
  resolve(url: string): void;
  resolved(): Promise<void>;
}

type PrinterClass = new (
  fonts: FontDescriptors,
  files: VirtualFiles,
  urls: UrlResolver,
  localAccessPolicy: (path: string) => boolean,
) => Printer;

const requireFromHere = createRequire(import.meta.url);
const PrinterImpl = (requireFromHere('pdfmake/js/Printer.js') as { default: PrinterClass }).default;

// Documents are built from our own data; nothing may be fetched from the network or read from disk
// behind our back (an image path in a clerk's text must not become a file read).
const NO_REMOTE: UrlResolver = {
  resolve(url) {
    if (/^https?:\/\//i.test(url)) throw new Error(`remote resources are not allowed in documents: ${url}`);
  },
  resolved: async () => {},
};
const NO_LOCAL_FILES = () => false;

function fontType(bold: boolean, italics: boolean): FontType {
  if (bold && italics) return 'bolditalics';
  if (bold) return 'bold';
  return italics ? 'italics' : 'normal';
}

export interface EngineInput {
  /** Fresh descriptors for every document: pdfmake writes into them while it works. */
  descriptors: FontDescriptors;
  /** Font bytes by the virtual file names the descriptors use. */
  files: ReadonlyMap<string, Buffer>;
  /**
   * Answers pdfmake's font requests (often: once per text run). `open` is pdfmake's own way: a
   * new pdfkit font that decodes the face from the bytes again.
   */
  provideFont: (doc: KitDocument, family: string, type: FontType, open: () => KitFont) => KitFont;
  /** Told how far drawing the laid-out pages has come (0…1); may throw to stop. */
  onProgress?: ((fraction: number) => void) | undefined;
}

/** Lays out and renders one document with pdfmake; resolves to the PDF bytes. */
export async function renderWithPdfmake(doc: PdfDocDefinition, input: EngineInput): Promise<Buffer> {
  const files: VirtualFiles = {
    existsSync: (name) => typeof name === 'string' && input.files.has(name),
    readFileSync: (name) => {
      const bytes = input.files.get(name);
      if (!bytes) throw new Error(`font not loaded: ${name}`);
      return bytes;
    },
  };
  const printer = new PrinterImpl(input.descriptors, files, NO_REMOTE, NO_LOCAL_FILES);
  hookNewDocuments(printer, input.provideFont);
  const kitDoc = await printer.createPdfKitDocument(doc, input.onProgress ? { progressCallback: input.onProgress } : {});
  return collect(kitDoc);
}

// Printer assigns `this.pdfKitDoc` right after creating the pdfkit document and before layout; an
// accessor on this one printer lets us replace that document's provideFont, without touching
// pdfmake's classes (other code in the process may use pdfmake directly).
function hookNewDocuments(printer: Printer, provide: EngineInput['provideFont']): void {
  let current: KitDocument | undefined;
  Object.defineProperty(printer, 'pdfKitDoc', {
    configurable: true,
    get: () => current,
    set: (kitDoc: KitDocument) => {
      const provideFont = kitDoc.provideFont.bind(kitDoc);
      // pdfmake asks for a font at every run of text it measures; answer repeats from a map.
      const given = new Map<string, KitFont>();
      kitDoc.provideFont = (family, bold, italics) => {
        const type = fontType(bold, italics);
        const key = type === 'normal' ? family : `${family}/${type}`;
        let font = given.get(key);
        if (!font) given.set(key, (font = provide(kitDoc, family, type, () => provideFont(family, bold, italics))));
        return font;
      };
      current = kitDoc;
    },
  });
}

async function collect(kitDoc: KitDocument): Promise<Buffer> {
  await prepareFonts(kitDoc);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    kitDoc.on('data', (chunk) => chunks.push(chunk));
    kitDoc.on('end', () => resolve(Buffer.concat(chunks)));
    kitDoc.on('error', reject);
    kitDoc.end();
  });
}
