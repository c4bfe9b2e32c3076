import { MissingGlyphError } from './missing-glyph.ts';
import type { PdfContent, PdfDocDefinition, PdfNode, PdfStyle } from './pdf-types.ts';

/**
 * Characters a font lacks print as empty boxes, or as nothing at all. Windows 仿宋 and 楷体 cover
 * GB2312 only, so a 个体户 named with a rarer character (堃, 喆, 玥 …) would get a box in its own
 * notice. Before a document is laid out, every run of text is split where its font lacks a
 * character, and the missing characters are set in the first fallback font that has them. A
 * character no font has is refused (MissingGlyphError) rather than printed as a gap in a name.
 */
export interface GlyphCoverage {
  /** Whether the registered family prints `codePoint` (in its bold face when `bold`). */
  hasGlyph(family: string, bold: boolean, codePoint: number): boolean;
  /**
   * The families to try, in order, for a character `family` lacks; empty for a fallback family.
   * A fallback family has the metrics of the family it stands in for, so the line keeps its grid.
   */
  chain(family: string): readonly string[];
}

interface Inherited {
  font: string;
  bold: boolean;
}

/**
 * Rewrites `doc`'s content in place so no character falls on a font that lacks it.
 * @throws MissingGlyphError for the first character that no font of the chain has.
 */
export function applyGlyphFallback(doc: PdfDocDefinition, coverage: GlyphCoverage): void {
  const styles = doc.styles ?? {};
  const base = inherit({ font: 'fangsong', bold: false }, doc.defaultStyle ?? {}, styles);
  doc.content = block(doc.content, base, { coverage, styles });
}

interface Walk {
  coverage: GlyphCoverage;
  styles: Record<string, PdfStyle>;
}

function inherit(outer: Inherited, node: PdfNode | PdfStyle, styles: Record<string, PdfStyle>): Inherited {
  const names = 'style' in node && node.style !== undefined ? [node.style].flat() : [];
  const layers: PdfStyle[] = [...names.map((n) => styles[n as string] ?? {}), node];
  let { font, bold } = outer;
  for (const layer of layers) {
    if (typeof layer.font === 'string') font = layer.font;
    if (typeof layer.bold === 'boolean') bold = layer.bold;
  }
  return { font, bold };
}

function block(content: PdfContent, outer: Inherited, walk: Walk): PdfContent {
  if (typeof content === 'string') {
    const runs = split(content, outer, walk.coverage);
    return runs ? { text: runs } : content;
  }
  if (Array.isArray(content)) return content.map((c) => block(c, outer, walk));
  node(content, outer, walk);
  return content;
}

function node(n: PdfNode, outer: Inherited, walk: Walk): void {
  const here = inherit(outer, n, walk.styles);
  if (n.text !== undefined) n.text = inline(n.text, here, walk);
  if (Array.isArray(n.stack)) n.stack = n.stack.map((c) => block(c, here, walk));
  if (n.table) n.table.body = n.table.body.map((row) => row.map((cell) => block(cell, here, walk) as PdfNode));
  for (const key of ['columns', 'ul', 'ol'] as const) {
    const list = n[key];
    if (Array.isArray(list)) n[key] = list.map((c: PdfContent) => block(c, here, walk));
  }
  if (n.section !== undefined) n.section = block(n.section as PdfContent, here, walk);
}

function inline(text: PdfContent, here: Inherited, walk: Walk): PdfContent {
  if (typeof text === 'string') return split(text, here, walk.coverage) ?? text;
  if (Array.isArray(text)) {
    return text.flatMap((part) => {
      if (typeof part === 'string') return split(part, here, walk.coverage) ?? [part];
      if (Array.isArray(part)) return [inline(part, here, walk)];
      node(part, here, walk);
      return [part];
    });
  }
  node(text, here, walk);
  return text;
}

// Invisible by definition (joiners, variation selectors, bidi controls, C1 controls): they shape
// their neighbours but are never drawn, so they go with the run before them if its font knows them
// (an emoji's ZWJ sequence stays whole) and are dropped otherwise, rather than printed as a box.
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\u007f-\u009f]$/u;

/** The text as runs when some character needs another font; null when the font prints it all. */
function split(text: string, style: Inherited, coverage: GlyphCoverage): PdfContent[] | null {
  const chain = coverage.chain(style.font);
  if (chain.length === 0) return null;
  const runs: { family: string; text: string }[] = [];
  let changed = false;
  for (const ch of text) {
    const last = runs[runs.length - 1];
    if (INVISIBLE.test(ch)) {
      if (last && coverage.hasGlyph(last.family, style.bold, ch.codePointAt(0)!)) last.text += ch;
      else changed = true;
      continue;
    }
    const family = familyFor(ch, style, chain, coverage);
    if (family !== style.font) changed = true;
    if (last && last.family === family) last.text += ch;
    else runs.push({ family, text: ch });
  }
  if (!changed) return null;
  return runs.map((r) => (r.family === style.font ? r.text : { text: r.text, font: r.family }));
}

function familyFor(ch: string, style: Inherited, chain: readonly string[], coverage: GlyphCoverage): string {
  const cp = ch.codePointAt(0)!;
  // Line breaks and spaces are never drawn as glyphs.
  if (cp <= 0x20 || coverage.hasGlyph(style.font, style.bold, cp)) return style.font;
  const family = chain.find((f) => coverage.hasGlyph(f, style.bold, cp));
  if (!family) throw new MissingGlyphError(ch);
  return family;
}
