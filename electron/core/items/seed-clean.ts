/**
 * Cleans one cell of the bureau's item list as the text dump left it. The dump broke long cells
 * across lines wherever the table column wrapped, so a line break is only real where the text
 * itself starts something new: a numbered clause ("1.", "2、", "（三）"), an article ("第十五条"),
 * or after a sentence has ended. Everything else is a wrap inside a word and is joined again.
 * Only whitespace is ever removed; no other character is added or lost.
 */
const CLAUSE_START = /^(\d+\s*[.．、]|第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十]+[）)])/;
const SENTENCE_END = /[。；;！!？?]$/;

export type CellKind = 'prose' | 'list' | 'words';

export function cleanCell(raw: string, kind: CellKind): string {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (kind === 'words') return lines.join('').replace(/\s+/g, '');
  if (kind === 'list') return lines.join('\n');
  return joinWrappedLines(lines);
}

function joinWrappedLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (CLAUSE_START.test(line) || SENTENCE_END.test(out)) out += '\n' + line;
    else out += line;
  }
  return out;
}
