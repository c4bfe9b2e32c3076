import type { PdfPageBreakBefore } from './pdf-types.ts';

/**
 * A heading must not end a page, nor head a first row that runs over onto the next page: when no
 * node of `next` (an id, or a test of ids: every cell of a table's first row) starts on the same
 * page, or one of them is split by the page's end, the heading moves to the next page with it. A
 * heading already at the top of a page stays, so this never adds an empty page, and a first row
 * taller than a page still breaks where it must.
 */
export function keepHeadingWithNext(
  headingId: string,
  next: string | ((id: string) => boolean),
  inner: PdfPageBreakBefore,
): PdfPageBreakBefore {
  const isNext =
    typeof next === 'string' ? (id: string | undefined) => id === next : (id: string | undefined) => id !== undefined && next(id);
  return (node, helpers) => {
    if (node.id === headingId && helpers.getPreviousNodesOnPage().length > 0) {
      const following = helpers.getFollowingNodesOnPage().filter((n) => isNext(n.id));
      if (following.length === 0 || following.some((n) => n.pageNumbers.length > 1)) return true;
    }
    return inner(node, helpers);
  };
}
