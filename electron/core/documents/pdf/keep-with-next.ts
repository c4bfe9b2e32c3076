import type { PdfPageBreakBefore } from './pdf-types.ts';

/**
 * A heading must not end a page: when the node `nextId` (the first row of the table it heads) does
 * not start on the same page, the heading moves to the next page with it. A heading already at
 * the top of a page stays, so this never adds an empty page.
 */
export function keepHeadingWithNext(headingId: string, nextId: string, inner: PdfPageBreakBefore): PdfPageBreakBefore {
  return (node, helpers) => {
    if (node.id === headingId && helpers.getPreviousNodesOnPage().length > 0 && !helpers.getFollowingNodesOnPage().some((n) => n.id === nextId)) {
      return true;
    }
    return inner(node, helpers);
  };
}
