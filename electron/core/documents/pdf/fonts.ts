import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The typefaces GB/T 9704-2012 asks for, by the job they do in a document:
 * 仿宋 body text, 黑体 "一、" headings, 楷体 "（一）" headings, 宋体 page numbers and tables,
 * 小标宋 titles. Each role is also the pdfmake font family name.
 */
export const FONT_ROLES = ['fangsong', 'heiti', 'kaiti', 'songti', 'xiaobiaosong'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

export const FONT_ROLE_LABELS: Record<FontRole, string> = {
  fangsong: '仿宋',
  heiti: '黑体',
  kaiti: '楷体',
  songti: '宋体',
  xiaobiaosong: '小标宋',
};

/** One font file; `collectionName` picks a face inside a .ttc collection (its PostScript name). */
export interface FontFace {
  file: string;
  collectionName?: string;
}

/** Which font a role will be printed with, and where it comes from. */
export interface FontChoice {
  role: FontRole;
  /** The role as the clerk knows it: 仿宋, 黑体 … */
  label: string;
  /** The font's own name, for the settings screen: "仿宋 (simfang.ttf)", "Noto Serif SC 粗体". */
  fontName: string;
  source: 'system' | 'bundled';
  normal: FontFace;
  bold: FontFace;
}

/**
 * Where a character missing from a role's font is printed from instead. Windows 仿宋/楷体/黑体 cover
 * GB2312 only, so rarer characters in names and addresses would print as boxes: the bundled Noto
 * fonts stand in (serif for 仿宋/楷体/宋体/小标宋, sans for 黑体), then 宋体-ExtB (simsunb.ttf, part
 * of Chinese Windows) for the CJK Extension B characters Noto leaves out, then the bundled
 * monochrome Noto Emoji for the emoji that shop names now carry (表情😀饭店). No open font on npm
 * ships Extension B whole as one TrueType file, and 宋体-ExtB is on every PC with Chinese Windows.
 */
export interface FallbackFonts {
  serif: { normal: FontFace; bold: FontFace };
  sans: { normal: FontFace; bold: FontFace };
  /** 宋体-ExtB when installed, else null. */
  extra: FontFace | null;
  /** Noto Emoji (bundled): outlines only, which is what a PDF can embed and a printer prints. */
  emoji: { normal: FontFace; bold: FontFace };
}

export type DocumentFonts = Record<FontRole, FontChoice> & { fallback: FallbackFonts };

interface SystemCandidate {
  /** Lower-case file name; Windows font folders are case-insensitive, so we match that way. */
  file: string;
  name: string;
  collectionName?: string;
}

// 方正小标宋 is not part of Windows, but government PCs usually have it installed; when it is
// missing the bundled bold serif stands in, which is what most offices print titles with anyway.
const SYSTEM_CANDIDATES: Record<FontRole, SystemCandidate[]> = {
  fangsong: [{ file: 'simfang.ttf', name: '仿宋' }],
  heiti: [{ file: 'simhei.ttf', name: '黑体' }],
  kaiti: [{ file: 'simkai.ttf', name: '楷体' }],
  songti: [{ file: 'simsun.ttc', name: '宋体', collectionName: 'SimSun' }],
  xiaobiaosong: [
    { file: 'fzxbsjw.ttf', name: '方正小标宋简体' },
    { file: 'fzxbsk.ttf', name: '方正小标宋_GBK' },
  ],
};

const requireFromHere = createRequire(import.meta.url);

const NOTO = {
  serif: () => unpacked(requireFromHere.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')),
  serifBold: () => unpacked(requireFromHere.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf')),
  sans: () => unpacked(requireFromHere.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  sansBold: () => unpacked(requireFromHere.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  emoji: () => unpacked(requireFromHere.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf')),
  emojiBold: () => unpacked(requireFromHere.resolve('@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf')),
};

function bundledChoice(role: FontRole): FontChoice {
  const base = { role, label: FONT_ROLE_LABELS[role], source: 'bundled' as const };
  if (role === 'heiti') {
    return { ...base, fontName: 'Noto Sans SC（思源黑体）', normal: { file: NOTO.sans() }, bold: { file: NOTO.sansBold() } };
  }
  if (role === 'xiaobiaosong') {
    const bold = { file: NOTO.serifBold() };
    return { ...base, fontName: 'Noto Serif SC 粗体（思源宋体）', normal: bold, bold };
  }
  return { ...base, fontName: 'Noto Serif SC（思源宋体）', normal: { file: NOTO.serif() }, bold: { file: NOTO.serifBold() } };
}

/** The folders Windows installs fonts into: the machine's, then the user's own ("为我安装"). */
export function defaultSystemFontDirs(): string[] {
  const dirs = [path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')];
  if (process.env.LOCALAPPDATA) dirs.push(path.join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  return dirs;
}

/** Lower-case file name → real path, for every file in the given folders that exist. */
function listFontFiles(dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const key = name.toLowerCase();
      if (!files.has(key)) files.set(key, path.join(dir, name));
    }
  }
  return files;
}

// simsun.ttc is a collection (宋体 + 新宋体); a face inside one must be named, and a plain .ttf must
// not be, so the header decides rather than the file name.
function isFontCollection(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(4);
      fs.readSync(fd, head, 0, 4, 0);
      return head.toString('latin1') === 'ttcf';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function systemChoice(role: FontRole, files: Map<string, string>): FontChoice | null {
  for (const candidate of SYSTEM_CANDIDATES[role]) {
    const file = files.get(candidate.file);
    if (!file) continue;
    const face: FontFace =
      candidate.collectionName && isFontCollection(file) ? { file, collectionName: candidate.collectionName } : { file };
    return {
      role,
      label: FONT_ROLE_LABELS[role],
      fontName: `${candidate.name}（${path.basename(file)}）`,
      source: 'system',
      normal: face,
      bold: face,
    };
  }
  return null;
}

/**
 * Chooses the font of every role: the Windows font when it is installed in one of `systemFontDirs`
 * (default: `%WINDIR%\Fonts` and the user's font folder), otherwise the bundled Noto font.
 * The result also describes the choice for the settings screen (`label`, `fontName`, `source`).
 */
export function chooseDocumentFonts(systemFontDirs: string[] = defaultSystemFontDirs()): DocumentFonts {
  const files = listFontFiles(systemFontDirs);
  const choose = (role: FontRole) => systemChoice(role, files) ?? bundledChoice(role);
  return {
    fangsong: choose('fangsong'),
    heiti: choose('heiti'),
    kaiti: choose('kaiti'),
    songti: choose('songti'),
    xiaobiaosong: choose('xiaobiaosong'),
    fallback: fallbackFonts(files),
  };
}

function fallbackFonts(files: Map<string, string>): FallbackFonts {
  const extb = files.get('simsunb.ttf');
  return {
    serif: { normal: { file: NOTO.serif() }, bold: { file: NOTO.serifBold() } },
    sans: { normal: { file: NOTO.sans() }, bold: { file: NOTO.sansBold() } },
    extra: extb ? { file: extb } : null,
    emoji: { normal: { file: NOTO.emoji() }, bold: { file: NOTO.emojiBold() } },
  };
}

/** What the settings screen shows: one line per role, in the order of FONT_ROLES. */
export interface FontDescription {
  role: FontRole;
  label: string;
  fontName: string;
  file: string;
  source: 'system' | 'bundled';
  sourceLabel: string;
}

/** Describes which font each role will be printed with (role → file, system or bundled). */
export function describeDocumentFonts(systemFontDirs?: string[]): FontDescription[] {
  return describeFonts(chooseDocumentFonts(systemFontDirs));
}

/** The same, for fonts already chosen. */
export function describeFonts(fonts: DocumentFonts): FontDescription[] {
  return FONT_ROLES.map((role) => {
    const choice = fonts[role];
    return {
      role,
      label: choice.label,
      fontName: choice.fontName,
      file: choice.normal.file,
      source: choice.source,
      sourceLabel: choice.source === 'system' ? '本机字体' : '程序自带字体',
    };
  });
}

/** The fonts that print characters a role's font lacks, for the settings screen. */
export function describeFallbackFonts(fonts: DocumentFonts): { fontName: string; file: string }[] {
  const list = [
    { fontName: 'Noto Serif SC（思源宋体，程序自带）', file: fonts.fallback.serif.normal.file },
    { fontName: 'Noto Sans SC（思源黑体，程序自带）', file: fonts.fallback.sans.normal.file },
  ];
  if (fonts.fallback.extra)
    list.push({ fontName: `宋体-ExtB（${path.basename(fonts.fallback.extra.file)}）`, file: fonts.fallback.extra.file });
  list.push({ fontName: 'Noto Emoji（表情符号，程序自带）', file: fonts.fallback.emoji.normal.file });
  return list;
}

/** The settings screen's font panel: the font of every role, and the stand-ins for missing characters. */
export interface DocumentFontsInfo {
  roles: FontDescription[];
  fallback: { fontName: string; file: string }[];
}

/** Which fonts documents printed on this PC will use. */
export function documentFontsInfo(systemFontDirs?: string[]): DocumentFontsInfo {
  const fonts = chooseDocumentFonts(systemFontDirs);
  return { roles: describeFonts(fonts), fallback: describeFallbackFonts(fonts) };
}

/**
 * In the packaged app the fonts are unpacked beside app.asar (electron-builder asarUnpack), so
 * that worker threads, which may not read inside the archive, can open them too.
 */
function unpacked(file: string): string {
  const outside = file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return outside !== file && fs.existsSync(outside) ? outside : file;
}
