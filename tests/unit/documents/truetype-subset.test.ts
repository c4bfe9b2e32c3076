import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { encodeTrueTypeSubset, isPlainTrueType, type TrueTypeFace } from '../../../electron/core/documents/pdf/truetype-subset.ts';
import { NOTO_SERIF } from './fake-fonts.ts';

const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  openSync(file: string): TrueTypeFace & { createSubset(): Subset; glyphForCodePoint(cp: number): { id: number } };
  create(bytes: Buffer): { numGlyphs: number; getGlyph(id: number): { advanceWidth: number; path: { toSVG(): string } } };
};
type Subset = { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

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

  it.skipIf(!fs.existsSync(DEJAVU))('renumbers the parts of composite glyphs (Å, é) into the subset', () => {
    const { a, b, count, ourCount } = both(DEJAVU, 'ÅéÄ A');
    expect(ourCount).toBe(count);
    expect(count).toBeGreaterThan(5); // the accents and base letters came in as parts
    for (let i = 0; i < count; i++) expect(b.getGlyph(i).path.toSVG()).toBe(a.getGlyph(i).path.toSVG());
  });
});
