import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The private internals of pdfmake, pdfkit and fontkit that the PDF engine relies on (listed in
 * electron/core/documents/pdf/README.md), each checked for the shape the engine expects. When a
 * version bump changes one, this fails naming the engine file and the internal, instead of a
 * document coming out wrong (or slow) later. The libraries are loaded as the engine loads them.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const ENGINE = path.join(root, 'electron/core/documents/pdf');
const fromEngine = createRequire(path.join(ENGINE, 'pdfmake-engine.ts'));
const fromPdfmake = createRequire(fromEngine.resolve('pdfmake'));
const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));

type Fn = (...args: never[]) => unknown;
type Obj = Record<string, unknown>;

const Printer = (fromEngine('pdfmake/js/Printer.js') as { default: new (...args: unknown[]) => Obj }).default;
const PdfmakeDocument = (fromEngine('pdfmake/js/PDFDocument.js') as { default: { prototype: Obj } }).default;
const PDFKitDocument = fromPdfmake('pdfkit') as new (options?: object) => Obj;
const fontkit = fromPdfkit('fontkit') as { create(bytes: Buffer): Obj };

// pdfmake's own Roboto ships inside the pinned pdfmake: a plain TrueType face with composite glyphs.
const ROBOTO_FILE = fromEngine.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf');
const ROBOTO = fs.readFileSync(ROBOTO_FILE);

/** The version of the copy of `name` that `load` loads (fontkit's exports hide its package.json). */
function installedVersion(load: NodeJS.Require, name: string): string {
  for (let dir = path.dirname(load.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === name) return pkg.version;
  }
  throw new Error(`package.json of ${name} not found`);
}

/** One internal, as the engine file that uses it names it. */
function relied(file: string, internal: string): string {
  return `electron/core/documents/pdf/${file} relies on ${internal}`;
}

function expectFunction(value: unknown, message: string, arity?: number): void {
  expect(typeof value, `${message}: expected a function`).toBe('function');
  if (arity !== undefined) expect((value as Fn).length, `${message}: expected ${arity} declared parameters`).toBe(arity);
}

/** A pdfkit document with Roboto opened through pdfkit's own font(), and the font pdfkit made. */
function kitDocumentWithFont(): { doc: Obj; font: Obj } {
  const doc = new PDFKitDocument({ autoFirstPage: false, compress: true });
  (doc.font as (src: Buffer) => void)(ROBOTO);
  return { doc, font: doc._font as Obj };
}

describe('versions', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    overrides?: Record<string, string>;
  };
  const installed = {
    pdfmake: installedVersion(fromEngine, 'pdfmake'),
    pdfkit: installedVersion(fromPdfmake, 'pdfkit'),
    fontkit: installedVersion(fromPdfkit, 'fontkit'),
  };

  it('pins pdfmake exactly in dependencies and pdfkit and fontkit exactly in overrides', () => {
    const exact = /^\d+\.\d+\.\d+$/;
    expect(pkg.dependencies.pdfmake, 'package.json dependencies.pdfmake must be an exact version').toMatch(exact);
    expect(pkg.overrides?.pdfkit, 'package.json overrides.pdfkit must be an exact version').toMatch(exact);
    expect(pkg.overrides?.fontkit, 'package.json overrides.fontkit must be an exact version').toMatch(exact);
  });

  it('has the pinned versions installed, where the engine loads them from', () => {
    expect(installed.pdfmake, 'installed pdfmake differs from package.json; run npm install').toBe(pkg.dependencies.pdfmake);
    expect(installed.pdfkit, 'installed pdfkit differs from package.json overrides; run npm install').toBe(pkg.overrides?.pdfkit);
    expect(installed.fontkit, 'installed fontkit differs from package.json overrides; run npm install').toBe(pkg.overrides?.fontkit);
  });
});

describe('pdfmake internals', () => {
  it(
    relied(
      'pdfmake-engine.ts',
      'pdfmake/js/Printer.js: the class createPdf uses, new Printer(fonts, virtualfs, urlResolver, localAccessPolicy)',
    ),
    () => {
      expectFunction(Printer, relied('pdfmake-engine.ts', 'pdfmake/js/Printer.js default export'), 4);
      expectFunction(
        Printer.prototype.createPdfKitDocument,
        relied('pdfmake-engine.ts', 'Printer#createPdfKitDocument(docDefinition, options = {})'),
        1,
      );
    },
  );

  it(
    relied('pdfmake-engine.ts', 'pdfmake PDFDocument#provideFont(family, bold, italics), which pdfmake calls for every run of text'),
    () => {
      expectFunction(PdfmakeDocument.prototype.provideFont, relied('pdfmake-engine.ts', 'pdfmake/js/PDFDocument.js #provideFont'), 3);
      expect(
        PdfmakeDocument.prototype instanceof PDFKitDocument,
        relied('pdfmake-engine.ts', "pdfmake's PDFDocument extending pdfkit's"),
      ).toBe(true);
    },
  );

  it(
    relied(
      'pdfmake-engine.ts',
      'Printer assigning this.pdfKitDoc before layout, asking fonts through it, reading virtualfs and urlResolver, calling options.progressCallback',
    ),
    async () => {
      const name = relied('pdfmake-engine.ts', 'Printer#createPdfKitDocument');
      const calls = { assigned: 0, provideFont: 0, existsSync: 0, readFileSync: 0, resolve: 0, resolved: 0, progress: 0 };
      const files = {
        existsSync: (file: unknown) => (calls.existsSync++, file === 'roboto'),
        readFileSync: () => (calls.readFileSync++, ROBOTO),
      };
      const urls = { resolve: () => void calls.resolve++, resolved: async () => void calls.resolved++ };
      const fonts = { Roboto: { normal: 'roboto', bold: 'roboto', italics: 'roboto', bolditalics: 'roboto' } };
      const printer = new Printer(fonts, files, urls, () => false);
      let current: Obj | undefined;
      Object.defineProperty(printer, 'pdfKitDoc', {
        configurable: true,
        get: () => current,
        set: (doc: Obj) => {
          calls.assigned++;
          const provide = (doc.provideFont as Fn).bind(doc) as (...a: unknown[]) => unknown;
          doc.provideFont = (...args: unknown[]) => (calls.provideFont++, provide(...args));
          current = doc;
        },
      });
      const doc = await (printer.createPdfKitDocument as (d: object, o: object) => Promise<Obj>)(
        { content: ['Å', { text: 'é', bold: true }], defaultStyle: { font: 'Roboto' } },
        { progressCallback: () => void calls.progress++ },
      );
      expect(doc, `${name}: resolves to the document it assigned to this.pdfKitDoc`).toBe(current);
      expect(calls.assigned, `${name}: assigns this.pdfKitDoc once`).toBe(1);
      expect(calls.provideFont, `${name}: asks fonts through the assigned document's provideFont`).toBeGreaterThan(0);
      expect(calls.existsSync, `${name}: reads font files through virtualfs.existsSync`).toBeGreaterThan(0);
      expect(calls.readFileSync, `${name}: reads font files through virtualfs.readFileSync`).toBeGreaterThan(0);
      expect(calls.resolve, `${name}: passes each font file to urlResolver.resolve`).toBeGreaterThan(0);
      expect(calls.resolved, `${name}: awaits urlResolver.resolved()`).toBe(1);
      expect(calls.progress, `${name}: calls options.progressCallback while drawing`).toBeGreaterThan(0);
    },
  );

  it(
    relied(
      'keep-rows-together.ts and keep-with-next.ts',
      'pageBreakBefore(node, helpers): node.id, node.pageNumbers, node.startPosition.top and the helpers; page-layout.ts on footers called page by page from 1',
    ),
    async () => {
      const name = relied('keep-rows-together.ts', 'pageBreakBefore');
      const seen: Obj[] = [];
      const helpers: Obj[] = [];
      const footers: number[] = [];
      const files = { existsSync: (f: unknown) => f === 'roboto', readFileSync: () => ROBOTO };
      const urls = { resolve: () => {}, resolved: async () => {} };
      const fonts = { Roboto: { normal: 'roboto', bold: 'roboto', italics: 'roboto', bolditalics: 'roboto' } };
      const printer = new Printer(fonts, files, urls, () => false);
      await (printer.createPdfKitDocument as (d: object) => Promise<Obj>)({
        pageSize: { width: 200, height: 200 },
        pageMargins: [20, 20, 20, 40],
        defaultStyle: { font: 'Roboto' },
        content: Array.from({ length: 30 }, (_, i) => ({ text: `line ${i}`, id: `n${i}` })),
        footer: (page: number) => (footers.push(page), ''),
        pageBreakBefore: (node: Obj, h: Obj) => (seen.push(node), helpers.push(h), false),
      });
      const node = seen.find((n) => n.id === 'n29');
      expect(node, `${name}: called with each node, carrying its id`).toBeDefined();
      expect(Array.isArray(node!.pageNumbers), `${name}: node.pageNumbers is an array`).toBe(true);
      expect((node!.pageNumbers as number[])[0], `${name}: node.pageNumbers names the node's page`).toBeGreaterThan(1);
      expect(typeof (node!.startPosition as Obj | undefined)?.top, `${name}: node.startPosition.top is a number`).toBe('number');
      for (const helper of ['getFollowingNodesOnPage', 'getPreviousNodesOnPage', 'getNodesOnNextPage']) {
        expectFunction(helpers[0]![helper], relied('keep-with-next.ts', `pageBreakBefore helpers.${helper}()`), 0);
      }
      const pages = Math.max(...footers);
      expect(footers, relied('page-layout.ts', 'footers called page by page from page 1 (restartingPageNumbers)')).toEqual(
        Array.from({ length: pages }, (_, i) => i + 1),
      );
    },
  );
});

describe('pdfkit internals', () => {
  it(
    relied('pdfmake-engine.ts', "pdfkit document's _fontFamilies (fonts embedded at end(), by id) and _fontCount (the next F<n> id)"),
    () => {
      const doc = new PDFKitDocument({ autoFirstPage: false });
      const name = relied('pdfmake-engine.ts', 'pdfkit PDFDocument');
      expect(typeof doc._fontFamilies, `${name}._fontFamilies`).toBe('object');
      const before = doc._fontCount as number;
      expect(typeof before, `${name}._fontCount`).toBe('number');
      (doc.font as (src: Buffer) => void)(ROBOTO);
      const font = doc._font as Obj;
      expect(Object.values(doc._fontFamilies as Obj), `${name}._fontFamilies holds the fonts opened`).toContain(font);
      expect(doc._fontCount, `${name}._fontCount counts the fonts opened`).toBe(before + 1);
      expect(font.id, `${name}: a font's id is F<_fontCount>`).toBe(`F${before + 1}`);
    },
  );

  it(
    relied(
      'pdfmake-engine.ts and pdf-renderer.ts',
      'pdfkit EmbeddedFont: new (document, fontkitFace, id); .font, .layoutCache, .ascender, .descender',
    ),
    () => {
      const { doc, font } = kitDocumentWithFont();
      const name = relied('pdfmake-engine.ts', 'pdfkit EmbeddedFont');
      const EmbeddedFont = font.constructor as new (doc: Obj, face: Obj, id: string) => Obj;
      expectFunction(EmbeddedFont, `${name} constructor`, 3);
      expect(typeof font.font, `${name}.font (the fontkit face)`).toBe('object');
      expectFunction((font.font as Obj).getGlyph, `${name}.font is a fontkit face`);
      expect(Object.getPrototypeOf(font.layoutCache ?? 0), `${name}.layoutCache, a plain map made when fontLayoutCache is on`).toBe(null);
      expect(typeof font.ascender, `${name}.ascender`).toBe('number');
      expect(typeof font.descender, `${name}.descender`).toBe('number');
      const again = new EmbeddedFont(doc, font.font as Obj, 'F9');
      expect(again.font, `${name}: a new font over an already-decoded face keeps that face`).toBe(font.font);
      expect(again.document, `${name}.document`).toBe(doc);
      expect(again.id, `${name}.id`).toBe('F9');
    },
  );

  it(relied('font-embedding.ts', 'pdfkit EmbeddedFont: .dictionary set once used on a page, .document, .subset, #embed()'), () => {
    const { doc, font } = kitDocumentWithFont();
    const name = relied('font-embedding.ts', 'pdfkit EmbeddedFont');
    expect(font.dictionary, `${name}.dictionary is unset while the font is unused`).toBe(undefined);
    (doc.addPage as Fn)();
    (doc.text as (t: string) => void)('Åé');
    expect(font.dictionary, `${name}.dictionary is set once text is drawn in the font`).not.toBe(undefined);
    expect(font.document, `${name}.document`).toBe(doc);
    expect(typeof font.subset, `${name}.subset`).toBe('object');
    expectFunction(font.embed, `${name}#embed`, 0);
  });

  it(
    relied(
      'font-embedding.ts',
      "pdfkit: embed()'s first document.ref() is the font file, ended with subset.encode(); a ref with Filter set is not compressed again",
    ),
    () => {
      const { doc, font } = kitDocumentWithFont();
      const name = relied('font-embedding.ts', 'pdfkit EmbeddedFont#embed / PDFDocument#ref');
      (doc.addPage as Fn)();
      (doc.text as (t: string) => void)('Åé');
      const ref = doc.ref as (data?: Obj) => Obj;
      expectFunction(ref, `${name}: document.ref(data)`, 1);
      const filtered = ref.call(doc, { Filter: 'FlateDecode' });
      expectFunction(filtered.end, `${name}: a reference's end(chunk)`, 1);
      expect(filtered.compress, `${name}: a reference made with Filter set is written as given`).toBe(false);
      expect(ref.call(doc).compress, `${name}: a reference without Filter is compressed by pdfkit`).toBe(true);

      let first: Obj | undefined;
      let written: unknown;
      doc.ref = (data?: Obj) => {
        const made = ref.call(doc, data);
        if (!first) {
          first = made;
          const end = made.end as (chunk?: unknown) => void;
          made.end = (chunk?: unknown) => ((written = chunk), end.call(made, chunk));
        }
        return made;
      };
      (font.embed as () => void).call(font);
      const encoded = (font.subset as { encode(): Uint8Array }).encode();
      expect(
        written instanceof Uint8Array && Buffer.from(written).equals(Buffer.from(encoded)),
        `${name}: the first reference ends with the subset's bytes`,
      ).toBe(true);
    },
  );
});

describe('fontkit internals', () => {
  const face = fontkit.create(ROBOTO);
  const glyphOf = (ch: string) => (face.glyphForCodePoint as (cp: number) => Obj)(ch.codePointAt(0)!);

  it(
    relied('font-embedding.ts', 'fontkit glyph#_decode() (inherited, so it can be wrapped per glyph) and face#getGlyph(id, codePoints)'),
    () => {
      const name = relied('font-embedding.ts', 'fontkit');
      expectFunction(face.getGlyph, `${name} face#getGlyph(glyph, characters = [])`, 1);
      const glyph = (face.getGlyph as (id: number) => Obj)(37);
      expectFunction(glyph._decode, `${name} glyph#_decode`, 0);
      expect(Object.hasOwn(glyph, '_decode'), `${name} glyph#_decode is on the prototype, not the glyph`).toBe(false);
      expect((face.getGlyph as (id: number) => Obj)(37), `${name} face#getGlyph returns the same glyph object each time`).toBe(glyph);
    },
  );

  it(relied('font-embedding.ts', 'fontkit face.postscriptName, a getter that an own property can replace'), () => {
    const name = relied('font-embedding.ts', 'fontkit face.postscriptName');
    const probe = fontkit.create(ROBOTO);
    expect(Object.hasOwn(probe, 'postscriptName'), `${name} is not an own property`).toBe(false);
    expect(typeof probe.postscriptName, name).toBe('string');
    Object.defineProperty(probe, 'postscriptName', { value: probe.postscriptName });
    expect(probe.postscriptName, `${name} can be fixed on the face`).toBe('Roboto-Regular');
  });

  it(relied('truetype-subset.ts', 'fontkit face.stream.buffer, .directory.tables, .loca.offsets, ._variationProcessor'), () => {
    const name = relied('truetype-subset.ts', 'fontkit face');
    const buffer = (face.stream as Obj | undefined)?.buffer as Uint8Array | undefined;
    expect(buffer instanceof Uint8Array, `${name}.stream.buffer is the file's bytes`).toBe(true);
    expect(buffer!.length, `${name}.stream.buffer is the whole file`).toBe(ROBOTO.length);
    const tables = (face.directory as Obj | undefined)?.tables as Record<string, { offset: number; length: number }> | undefined;
    for (const tag of ['glyf', 'loca', 'head', 'hhea', 'maxp', 'hmtx']) {
      expect(typeof tables?.[tag]?.offset, `${name}.directory.tables.${tag}.offset`).toBe('number');
      expect(typeof tables?.[tag]?.length, `${name}.directory.tables.${tag}.length`).toBe('number');
    }
    const offsets = (face.loca as Obj | undefined)?.offsets as number[] | undefined;
    expect(Array.isArray(offsets), `${name}.loca.offsets`).toBe(true);
    expect(offsets!.length, `${name}.loca.offsets has one offset per glyph and one more`).toBe((face.numGlyphs as number) + 1);
    expect('_variationProcessor' in face, `${name}._variationProcessor`).toBe(true);
    expect(face._variationProcessor ?? null, `${name}._variationProcessor is empty for a face without variations`).toBe(null);
  });

  it(relied('truetype-subset.ts', 'fontkit glyph.advanceWidth and glyph#_getMetrics().leftBearing'), () => {
    const name = relied('truetype-subset.ts', 'fontkit glyph');
    const glyph = glyphOf('A');
    expect(typeof glyph.advanceWidth, `${name}.advanceWidth`).toBe('number');
    expectFunction(glyph._getMetrics, `${name}#_getMetrics`, 0);
    expect(typeof ((glyph._getMetrics as () => Obj)() as Obj).leftBearing, `${name}#_getMetrics().leftBearing`).toBe('number');
  });

  it(
    relied('truetype-subset.ts and font-embedding.ts', 'fontkit subset: .glyphs (.notdef first), #includeGlyph(id) → new id, #encode()'),
    () => {
      const name = relied('truetype-subset.ts', 'fontkit subset');
      const subset = (face.createSubset as () => Obj)();
      expect(subset.glyphs, `${name}.glyphs starts with .notdef`).toEqual([0]);
      expectFunction(subset.includeGlyph, `${name}#includeGlyph`, 1);
      expectFunction(subset.encode, `${name}#encode`, 0);
      const id = glyphOf('A').id as number;
      expect((subset.includeGlyph as (id: number) => number)(id), `${name}#includeGlyph returns the glyph's new id`).toBe(1);
      expect(subset.glyphs, `${name}.glyphs lists original ids in new-id order`).toEqual([0, id]);
    },
  );

  it(relied('pdf-renderer.ts', 'fontkit face.unitsPerEm, #hasGlyphForCodePoint(cp), #layout(text).advanceWidth'), () => {
    const name = relied('pdf-renderer.ts', 'fontkit face');
    expect(typeof face.unitsPerEm, `${name}.unitsPerEm`).toBe('number');
    expectFunction(face.hasGlyphForCodePoint, `${name}#hasGlyphForCodePoint`, 1);
    expect((face.hasGlyphForCodePoint as (cp: number) => boolean)(0x41), `${name}#hasGlyphForCodePoint answers`).toBe(true);
    expect(typeof ((face.layout as (t: string) => Obj)('Ab') as Obj).advanceWidth, `${name}#layout(text).advanceWidth`).toBe('number');
  });
});
