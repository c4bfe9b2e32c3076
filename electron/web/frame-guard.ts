import type { ServerResponse } from 'node:http';

const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** A Content-Security-Policy with `frame-ancestors 'none'` added unless it already names them. */
export function withFrameAncestors(policy = ''): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (!directives.some((d) => /^frame-ancestors(\s|$)/i.test(d))) directives.push(FRAME_ANCESTORS);
  return directives.join('; ');
}

/**
 * No page of another site may show the preview in a frame and trick the clerk into clicks on it
 * (clickjacking): every answer says so, in the CSP and in the older X-Frame-Options. A route that
 * writes its own CSP (the renderer's) passes it through `withFrameAncestors`.
 */
export function guardFrames(res: ServerResponse): void {
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', FRAME_ANCESTORS);
}
