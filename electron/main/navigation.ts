/**
 * The window shows the bundled renderer and nothing else. `own` is the exact address it was
 * loaded from: a file URL of index.html (only its #/route may differ), or in development the dev
 * server's address (then any page of that origin). Anything unparsable is not ours.
 */
export function isOwnPage(target: string, own: string): boolean {
  try {
    const wanted = new URL(target);
    const ours = new URL(own);
    if (ours.protocol !== 'file:') return wanted.origin === ours.origin;
    wanted.hash = '';
    ours.hash = '';
    return wanted.protocol === 'file:' && wanted.href === ours.href;
  } catch {
    return false;
  }
}
