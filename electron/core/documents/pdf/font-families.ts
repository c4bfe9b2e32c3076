import fs from 'node:fs/promises';
import { AppError } from '../../errors.ts';
import { FONT_ROLES, type DocumentFonts, type FontFace, type FontRole } from './fonts.ts';
import type { FontDescriptors, FontSource } from './pdfmake-engine.ts';

/**
 * The pdfmake font families a renderer registers: one per role (仿宋 …), and the fallback families
 * that print characters a role's font lacks.
 */
export const FALLBACK_FAMILY = { serif: 'fallbackSerif', sans: 'fallbackSans', extra: 'fallbackExtra', emoji: 'fallbackEmoji' } as const;

export interface FontFamily {
  name: string;
  /** How the clerk knows it, for error messages: 仿宋, 补字. */
  label: string;
  /** The font's own name: 仿宋（simfang.ttf）. */
  fontName: string;
  normal: FontFace;
  bold: FontFace;
  /**
   * A fallback family stands in for one role, and is given that role's ascent and descent, so a
   * line holding a stand-in character keeps its baseline and height on the grid.
   */
  standsInFor?: FontRole;
}

/** Every family of `fonts`: the five roles, then for each role the fallbacks standing in for it. */
export function fontFamilies(fonts: DocumentFonts): FontFamily[] {
  const families: FontFamily[] = FONT_ROLES.map((role) => ({
    name: role,
    label: fonts[role].label,
    fontName: fonts[role].fontName,
    normal: fonts[role].normal,
    bold: fonts[role].bold,
  }));
  const { serif, sans, extra, emoji } = fonts.fallback;
  const bases: Record<string, Omit<FontFamily, 'name' | 'label'>> = {
    [FALLBACK_FAMILY.serif]: { fontName: 'Noto Serif SC', ...serif },
    [FALLBACK_FAMILY.sans]: { fontName: 'Noto Sans SC', ...sans },
    ...(extra ? { [FALLBACK_FAMILY.extra]: { fontName: '宋体-ExtB', normal: extra, bold: extra } } : {}),
    [FALLBACK_FAMILY.emoji]: { fontName: 'Noto Emoji', ...emoji },
  };
  for (const role of FONT_ROLES) {
    for (const base of fallbackBases(fonts, role))
      families.push({ name: `${base}:${role}`, label: '补字', ...bases[base]!, standsInFor: role });
  }
  return families;
}

// Noto SC first, for it matches the role's style best; the others cover blocks Noto SC has none of
// (Extension B, emoji), so their order among themselves changes nothing.
function fallbackBases(fonts: DocumentFonts, role: FontRole): string[] {
  const bases: string[] = [role === 'heiti' ? FALLBACK_FAMILY.sans : FALLBACK_FAMILY.serif];
  if (fonts.fallback.extra) bases.push(FALLBACK_FAMILY.extra);
  bases.push(FALLBACK_FAMILY.emoji);
  return bases;
}

/** The families a character missing from `role`'s font is looked for in, in order. */
export function fallbackChain(fonts: DocumentFonts, role: FontRole): string[] {
  return fallbackBases(fonts, role).map((base) => `${base}:${role}`);
}

export const faceKey = (face: FontFace) => (face.collectionName ? `${face.file}#${face.collectionName}` : face.file);
const faceSource = (face: FontFace): FontSource => (face.collectionName ? [face.file, face.collectionName] : face.file);

/** pdfmake's font table; italics are never used, so they map to the upright faces. */
export function descriptorsFor(families: FontFamily[]): FontDescriptors {
  const descriptors: FontDescriptors = {};
  for (const { name, normal, bold } of families) {
    descriptors[name] = { normal: faceSource(normal), bold: faceSource(bold), italics: faceSource(normal), bolditalics: faceSource(bold) };
  }
  return descriptors;
}

/** `family/type` → the face it prints with; families on the same file share one face. */
export function faceKeysByFamily(families: FontFamily[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { name, normal, bold } of families) {
    for (const type of ['normal', 'italics'] as const) keys.set(`${name}/${type}`, faceKey(normal));
    for (const type of ['bold', 'bolditalics'] as const) keys.set(`${name}/${type}`, faceKey(bold));
  }
  return keys;
}

/** Reads every font file once; a missing or locked file is reported in Chinese, naming it. */
export async function readFontFiles(families: FontFamily[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const family of families) {
    for (const { file } of [family.normal, family.bold]) {
      if (files.has(file)) continue;
      try {
        files.set(file, await fs.readFile(file));
      } catch (err) {
        throw new AppError(
          `无法读取字体文件“${file}”（${family.label}）。请确认该文件存在且没有被其他程序占用；若是程序自带的字体，请重新安装本程序。`,
          { cause: String(err) },
        );
      }
    }
  }
  return files;
}
