import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { encodeTrueTypeSubset, isPlainTrueType, type TrueTypeFace } from '../../../electron/core/documents/pdf/truetype-subset.ts';
import { NOTO_SERIF } from './fake-fonts.ts';

const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const fontkit = createRequire(fromPdfmake.resolve('pdfkit'))('fontkit') as {
  openSync(file: string): TrueTypeFace & { createSubset(): Subset; glyphForCodePoint(cp: number): { id: number } };
  create(bytes: Buffer): { numGlyphs: number; getGlyph(id: number): { advanceWidth: number; path: { toSVG(): string } } };
};
type Subset = { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };

// pdfmake ships Roboto, whose accented letters are composite glyphs (a base letter and an accent):
// always installed with the pinned pdfmake, unlike a system font.
const ROBOTO = fromPdfmake.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf');

/** Whether the glyph drawn for `ch` is composite (its glyf entry has numberOfContours < 0). */
function isComposite(face: TrueTypeFace & { glyphForCodePoint(cp: number): { id: number } }, ch: string): boolean {
  const glyf = face.directory.tables.glyf!;
  const id = face.glyphForCodePoint(ch.codePointAt(0)!).id;
  const [from, to] = [face.loca.offsets[id]!, face.loca.offsets[id + 1]!];
  const bytes = face.stream.buffer;
  return to - from >= 10 && new DataView(bytes.buffer, bytes.byteOffset + glyf.offset + from).getInt16(0) < 0;
}

/** The same glyphs subset by fontkit and by our writer, each read back by fontkit. */
function both(file: string, text: string) {
  const face = fontkit.openSync(file);
  const [theirs, ours] = [face.createSubset(), face.createSubset()];
  for (const ch of text) {
    const id = face.glyphForCodePoint(ch.codePointAt(0)!).id;
    theirs.includeGlyph(id);
    ours.includeGlyph(id);
  }
  const a = fontkit.create(Buffer.from(theirs.encode()));
  const b = fontkit.create(Buffer.from(encodeTrueTypeSubset(face, ours)));
  return { face, a, b, count: theirs.glyphs.length, ourCount: ours.glyphs.length };
}

describe('TrueType subsets written directly', () => {
  it('hold the same outlines and advances as fontkit’s own subsets of a Chinese font', () => {
    const { face, a, b, count, ourCount } = both(NOTO_SERIF, '大同县市场和质量监督管理局随机抽查通知书〔2026〕1号');
    expect(isPlainTrueType(face)).toBe(true);
    expect(ourCount).toBe(count);
    expect(b.numGlyphs).toBe(a.numGlyphs);
    for (let i = 0; i < count; i++) {
      expect(b.getGlyph(i).path.toSVG()).toBe(a.getGlyph(i).path.toSVG());
      expect(b.getGlyph(i).advanceWidth).toBe(a.getGlyph(i).advanceWidth);
    }
  });

  it('renumbers the parts of composite glyphs (Å, é) into the subset', () => {
    const { face, a, b, count, ourCount } = both(ROBOTO, 'ÅéÄ A');
    expect(isPlainTrueType(face)).toBe(true);
    expect([...'ÅéÄ'].every((ch) => isComposite(face, ch))).toBe(true);
    expect(isComposite(face, 'A')).toBe(false);
    expect(ourCount).toBe(count);
    expect(count).toBeGreaterThan(5); // the accents and base letters came in as parts
    for (let i = 0; i < count; i++) expect(b.getGlyph(i).path.toSVG()).toBe(a.getGlyph(i).path.toSVG());
  });
});
