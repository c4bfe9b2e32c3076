import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { encodeTrueTypeSubset, isPlainTrueType, type GlyphSubset, type TrueTypeFace } from './truetype-subset.ts';

/**
 * Embedding a font's subset is the part of a PDF that a batch pays once per document (500 notices:
 * 1,500 subsets), so it is made cheap: outlines are decoded once per face, a plain TrueType subset
 * is written directly (truetype-subset.ts), and it is compressed at zlib level 1 on the thread
 * pool while the next document is laid out. These reach into fontkit 2 and pdfkit 0.19 objects.
 */

interface FontkitGlyph {
  _decode(): unknown;
}

interface FontkitFace {
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
  postscriptName: string;
}

/**
 * Prepares a decoded face for sharing across documents. fontkit keeps one glyph object per glyph,
 * but its subsetter decodes the glyph's whole outline again for every document (only to learn
 * whether it is composite), so each outline is decoded once and kept; it is only ever read.
 * postscriptName, read at every embedding, is decoded from the name table once.
 */
export function speedUpFace(faceObject: object): void {
  const face = faceObject as FontkitFace;
  Object.defineProperty(face, 'postscriptName', { value: face.postscriptName });
  const getGlyph = face.getGlyph.bind(face);
  face.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!Object.hasOwn(glyph, '_decode')) {
      const decode = glyph._decode;
      let decoded: unknown;
      glyph._decode = function (this: FontkitGlyph) {
        return (decoded ??= decode.call(this));
      };
    }
    return glyph;
  };
}

interface KitReference {
  end(chunk?: Uint8Array): void;
}

interface EmbeddingFont {
  /** Set by pdfkit once the font is used on a page; only such fonts are embedded. */
  dictionary?: unknown;
  document: { ref(data?: Record<string, unknown>): KitReference };
  font: TrueTypeFace;
  subset: GlyphSubset & { encode(): Uint8Array };
  embed(): unknown;
}

const deflate = promisify(zlib.deflate);
/** Level 1: on TrueType outlines four to six times faster than pdfkit's default 6, for 4 % more bytes. */
const LEVEL = 1;
const quick = new WeakSet<object>();
const prepared = new WeakMap<object, { raw: Uint8Array; file: Uint8Array }>();

/**
 * Makes embedding one pdfkit font (EmbeddedFont) cheap: its subset is encoded directly when the
 * face is plain TrueType and compressed at level 1 (already done by `prepareFonts` when it ran).
 * The font file is the first object pdfkit's embed() makes.
 */
export function embedQuickly(font: object): void {
  const f = font as EmbeddingFont;
  quick.add(f);
  const encode = isPlainTrueType(f.font) ? () => encodeTrueTypeSubset(f.font, f.subset) : f.subset.encode.bind(f.subset);
  f.subset.encode = () => prepared.get(f)?.raw ?? encode();
  const embed = f.embed;
  f.embed = function (this: EmbeddingFont) {
    const doc = this.document;
    const ref = doc.ref;
    doc.ref = (data) => {
      doc.ref = ref;
      // With a Filter already set, pdfkit leaves the stream as written.
      const file = ref.call(doc, { ...data, Filter: 'FlateDecode' });
      const end = file.end;
      file.end = (chunk) => end.call(file, prepared.get(f)?.file ?? (chunk && zlib.deflateSync(chunk, { level: LEVEL })));
      return file;
    };
    try {
      return embed.call(this);
    } finally {
      doc.ref = ref;
    }
  };
}

/**
 * Encodes and compresses the subsets of a document's fonts before pdfkit embeds them, the
 * compression on the thread pool: while it runs, a batch lays out its next document.
 * Call once all text is drawn (no glyph is added after).
 */
export async function prepareFonts(kitDoc: { _fontFamilies: Record<string, object> }): Promise<void> {
  const fonts = (Object.values(kitDoc._fontFamilies) as EmbeddingFont[]).filter((f) => quick.has(f) && f.dictionary != null);
  await Promise.all(
    fonts.map(async (f) => {
      const raw = f.subset.encode();
      prepared.set(f, { raw, file: await deflate(raw, { level: LEVEL }) });
    }),
  );
}
