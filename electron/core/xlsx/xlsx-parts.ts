import path from 'node:path/posix';
import { attributeOf, readXml } from './xml-reader.ts';

/** A worksheet as the workbook lists it, in tab order. */
export interface XlsxSheetInfo {
  name: string;
  hidden: boolean;
  /** The zip entry of its XML. */
  part: string;
}

/** What must be known of a workbook before any of its rows can be read. */
export interface XlsxParts {
  sheets: XlsxSheetInfo[];
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

/** A part's bytes by its name in the package, or null when there is no such part. */
export type PartReader = (part: string) => Promise<Buffer | null>;

/** A workbook's content without the package's own parts: its absence means "not a workbook". */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/**
 * Finds the workbook the way the package says (its relationships), not by fixed names: most
 * files use xl/workbook.xml and xl/worksheets/sheetN.xml, but a part may be named otherwise,
 * and only the relationships tie a sheet's name to its XML. Chart sheets hold no rows and are
 * left out.
 */
export async function readXlsxParts(read: PartReader): Promise<XlsxParts> {
  const root = relationships(await read('_rels/.rels'), '');
  const workbookPart = root.find((r) => isType(r.type, 'officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = await read(workbookPart);
  if (!workbookXml) throw new NotAWorkbookError(`no workbook part (${workbookPart})`);
  const dir = path.dirname(workbookPart);
  const rels = relationships(await read(path.join(dir, '_rels', `${path.basename(workbookPart)}.rels`)), dir);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: XlsxSheetInfo[] = [];
  let date1904 = false;
  readXml(workbookXml, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      const rel = byId.get(attributeOf(attributes, 'id') ?? '');
      if (!rel || !isType(rel.type, 'worksheet')) return;
      sheets.push({ name: attributes.name ?? '', hidden: (attributes.state ?? 'visible') !== 'visible', part: rel.target });
    },
    close() {},
    text() {},
  });
  return {
    sheets,
    sharedStrings: rels.find((r) => isType(r.type, 'sharedStrings'))?.target ?? null,
    styles: rels.find((r) => isType(r.type, 'styles'))?.target ?? null,
    date1904,
  };
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(xml: Buffer | null, dir: string): Relationship[] {
  if (!xml) return [];
  const list: Relationship[] = [];
  readXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      list.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: resolve(dir, attributes.Target ?? '') });
    },
    close() {},
    text() {},
  });
  return list;
}

/** Strict OOXML names the same relationships under purl.oclc.org; the last segment is what counts. */
function isType(type: string, kind: string): boolean {
  return type === REL + kind || type.endsWith(`/${kind}`);
}

/** A target relative to the part's folder, or absolute from the package root ("/xl/…"). */
function resolve(dir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : path.join(dir, target);
  return path.normalize(joined).replace(/^(\.\.\/)+/, '');
}
