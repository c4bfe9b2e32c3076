const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
// UTF-8 bytes: Linux file systems take 255 per name, and a Chinese character is 3 of them.
const MAX_BYTES = 200;
// Controls, and the direction marks that make “…\u202Efdp.exe” read as “…exe.pdf”.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * The name a transferred file is stored under: the base name the page sent, without anything
 * Windows cannot hold. `.`, `..` and an empty name would name the folder itself (or its parent),
 * so they become `file`; a device name (CON, NUL…) gets a leading underscore.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let safe = base
    .replace(INVISIBLE, '')
    .replace(/[:*?"<>|]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (safe === '') return 'file';
  if (WINDOWS_DEVICE.test(safe)) safe = `_${safe}`;
  if (Buffer.byteLength(safe) > MAX_BYTES) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = cutToBytes(safe.slice(0, safe.length - ext.length), MAX_BYTES - Buffer.byteLength(ext)) + ext;
  }
  return safe;
}

/** `text` cut to at most `maxBytes` UTF-8 bytes, never inside a character or an emoji sequence. */
function cutToBytes(text: string, maxBytes: number): string {
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (Buffer.byteLength(out + segment) > maxBytes) break;
    out += segment;
  }
  return out;
}
