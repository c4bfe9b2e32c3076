/**
 * A file name Windows accepts, made from a document's 文号 and an entity's name: the characters
 * Windows forbids become their full-width forms (a name keeps reading the same), control and
 * direction characters go, trailing dots and spaces go, reserved device names get a prefix, and
 * the name is cut to a length every file system takes.
 */

const FULL_WIDTH: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  ':': '：',
  '"': '＂',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
};
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters, so a name leaves room for the folder in Windows' 260-character paths. */
export const MAX_NAME_LENGTH = 120;
/**
 * UTF-8 bytes of a whole file name, extension and “（2）” included. Linux and macOS file systems
 * take 255 bytes, and a Chinese character is 3 (an emoji or Extension B character 4): 120
 * characters of a 200-character entity name were 360 bytes, which failed the whole batch.
 */
export const MAX_NAME_BYTES = 200;

// C0 and C1 controls; bidi embeddings, overrides and isolates, LRM/RLM and the Arabic letter mark,
// which reorder how Explorer shows a name (“…\u202Efdp.exe” reads as “…exe.pdf”); line and
// paragraph separators; the byte order mark.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** `text` cut to at most `maxChars` characters and `maxBytes` UTF-8 bytes, never inside a character or an emoji sequence. */
function cut(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let chars = 0;
  for (const { segment } of graphemes.segment(text)) {
    const n = [...segment].length;
    if (chars + n > maxChars || bytes(out + segment) > maxBytes) break;
    out += segment;
    chars += n;
  }
  return out;
}

function clean(stem: string): string {
  return stem
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, (c) => FULL_WIDTH[c]!)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `stem` made safe as a Windows file name, without the extension (added after), at most `maxBytes` UTF-8 bytes. */
export function windowsFileStem(stem: string, maxLength = MAX_NAME_LENGTH, maxBytes = MAX_NAME_BYTES - bytes('.pdf')): string {
  let name = cut(clean(stem), maxLength, maxBytes).replace(/[. ]+$/, '');
  if (!name) name = '未命名';
  return RESERVED.test(name) ? `_${name}` : name;
}

/**
 * A file name for each stem, `extension` added, each at most MAX_NAME_BYTES bytes; a repeated name
 * (also one made the same by cutting) gets （2）, （3）, the stem cut further to leave room for it,
 * so no file overwrites another. Compared as Windows does: case and composition ignored.
 */
export function uniqueFileNames(stems: readonly string[], extension = '.pdf'): string[] {
  const taken = new Set<string>();
  const budget = MAX_NAME_BYTES - bytes(extension);
  return stems.map((stem) => {
    let name = `${windowsFileStem(stem, MAX_NAME_LENGTH, budget)}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `（${n}）`;
      name = `${windowsFileStem(stem, MAX_NAME_LENGTH, budget - bytes(suffix))}${suffix}${extension}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
