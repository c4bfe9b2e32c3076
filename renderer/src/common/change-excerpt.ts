/** A short window of a text around the part that changed: `lead` and `tail` are context. */
export interface Excerpt {
  cutStart: boolean;
  lead: string;
  changed: string;
  tail: string;
  cutEnd: boolean;
}

const CONTEXT = 10;

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function excerptAround(text: string, from: number, to: number, max: number): Excerpt {
  const start = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, Math.max(to, start + max));
  const changedEnd = Math.min(to, start + max);
  return {
    cutStart: start > 0,
    lead: text.slice(start, from),
    changed: text.slice(from, changedEnd),
    tail: text.slice(changedEnd, end),
    cutEnd: end < text.length,
  };
}

/**
 * Where `before` and `after` differ, each cut to about `max` characters around the difference, so
 * a change deep inside a long legal text is visible without reading the whole text. Display only.
 */
export function changeExcerpts(before: string, after: string, max = 32): [Excerpt, Excerpt] {
  const a = flat(before);
  const b = flat(after);
  let from = 0;
  while (from < a.length && from < b.length && a[from] === b[from]) from++;
  let endA = a.length;
  let endB = b.length;
  while (endA > from && endB > from && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [excerptAround(a, from, endA, max), excerptAround(b, from, endB, max)];
}
