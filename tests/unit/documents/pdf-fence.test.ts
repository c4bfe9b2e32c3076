import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The PDF engine (electron/core/documents/pdf/) is fenced: it leans on private internals of
 * pdfmake, pdfkit and fontkit (see its README), so it must be replaceable as one folder. It may use
 * the rest of the core (errors) and packages, but nothing of documents/ outside pdf/ — documents
 * depend on the engine, never the other way round.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const DOCUMENTS = 'electron/core/documents/';
const ENGINE = `${DOCUMENTS}pdf/`;

interface ImportLine {
  line: string;
  /** The imported file relative to the repository root (or the bare package name). */
  target: string;
}

function importsOf(file: string, text: string): ImportLine[] {
  const found = [...text.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)];
  const bare = [...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)];
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  // createRequire(…)('./x') and new URL('./x', import.meta.url) load files too.
  const required = [...text.matchAll(/\b(?!import\()\w+\(\s*['"](\.\.?\/[^'"]+)['"]/g)];
  const resolve = (from: string) =>
    from.startsWith('.')
      ? path
          .relative(root, path.resolve(root, path.dirname(file), from))
          .split(path.sep)
          .join('/')
      : from;
  return [...found, ...bare, ...dynamic, ...required].map((m) => ({ line: m[0].trim(), target: resolve(m[1]!) }));
}

function engineFiles(): string[] {
  return fs
    .readdirSync(path.join(root, ENGINE), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|mjs|js)$/.test(f))
    .map((f) => `${ENGINE}${f.split(path.sep).join('/')}`);
}

const leavesFence = (i: ImportLine) => i.target.startsWith(DOCUMENTS) && !i.target.startsWith(ENGINE);

function offenders(file: string, text: string): string[] {
  return importsOf(file, text)
    .filter(leavesFence)
    .map((i) => `${file}: ${i.line}`);
}

describe('the PDF engine’s fence', () => {
  it('no file in documents/pdf/ imports from documents/ outside pdf/', () => {
    const found = engineFiles().flatMap((file) => offenders(file, fs.readFileSync(path.join(root, file), 'utf8')));
    expect(found, 'the engine must not depend on the documents built on it; move the shared piece into pdf/ or pass it in').toEqual([]);
  });

  it('sees the engine and its imports: pdfmake-engine.ts reaches pdfmake, pdf-renderer.ts the engine', () => {
    // A wrong folder or a pattern that matched nothing would pass the rule above without checking.
    const files = engineFiles();
    expect(files).toContain(`${ENGINE}pdfmake-engine.ts`);
    const targets = (name: string) =>
      importsOf(`${ENGINE}${name}`, fs.readFileSync(path.join(root, ENGINE, name), 'utf8')).map((i) => i.target);
    expect(targets('pdf-renderer.ts')).toContain(`${ENGINE}pdfmake-engine.ts`);
    expect(targets('pdf-renderer.ts')).toContain('electron/core/errors.ts');
  });

  it('catches each way of reaching outside: import, import type, export from, multi-line, dynamic, require', () => {
    const file = `${ENGINE}example.ts`;
    const lines = [
      "import { noticeDocument } from '../definitions/notice-pdf.ts';",
      "import type { NoticeData } from '../data/notice-data.ts';",
      "export { TEMPLATE_SPECS } from '../templates/template-catalog.ts';",
      "import {\n  writeBatch,\n} from '../batches/document-batch.ts';",
      "const m = await import('../batches/batch-render.ts');",
      "const x = requireFromHere('../data/doc-dates.ts');",
      "const worker = new URL('../batches/batch-worker.ts', import.meta.url);",
    ];
    for (const line of lines) expect(offenders(file, line), line).toHaveLength(1);
    const allowed = [
      "import { AppError } from '../../errors.ts';",
      "import type { PdfNode } from './pdf-types.ts';",
      "import zlib from 'node:zlib';",
    ];
    for (const line of allowed) expect(offenders(file, line), line).toEqual([]);
  });
});
