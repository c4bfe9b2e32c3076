/**
 * A file name Windows accepts, made from a document's 文号 and an entity's name: the characters
 * Windows forbids become their full-width forms (a name keeps reading the same), control
 * characters go, trailing dots and spaces go, reserved device names get a prefix, and the name is
 * cut to a length that leaves room for the folder in Windows' 260-character paths.
 */

const FULL_WIDTH: Record<string, string> = { '<': '＜', '>': '＞', ':': '：', '"': '＂', '/': '／', '\\': '＼', '|': '｜', '?': '？', '*': '＊' };
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
export const MAX_NAME_LENGTH = 120;

/** `stem` made safe as a Windows file name, without the extension (added after). */
export function windowsFileStem(stem: string, maxLength = MAX_NAME_LENGTH): string {
  let name = stem
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, (c) => FULL_WIDTH[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = [...name].slice(0, maxLength).join('').replace(/[. ]+$/, '');
  if (!name) name = '未命名';
  return RESERVED.test(name) ? `_${name}` : name;
}

/** A file name for each stem, `.pdf` added; a repeated name gets （2）, （3） so no file overwrites another. */
export function uniqueFileNames(stems: readonly string[], extension = '.pdf'): string[] {
  const seen = new Map<string, number>();
  return stems.map((stem) => {
    const base = windowsFileStem(stem);
    const key = base.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? `${base}${extension}` : `${base}（${n}）${extension}`;
  });
}
