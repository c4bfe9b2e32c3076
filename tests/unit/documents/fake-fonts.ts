import fs from 'node:fs';
import path from 'node:path';
import { chooseDocumentFonts } from '../../../electron/core/documents/pdf/fonts.ts';
import { tempDir } from '../temp-db.ts';

const bundled = chooseDocumentFonts([]);
export const NOTO_SERIF = bundled.fangsong.normal.file;
export const NOTO_SANS = bundled.heiti.normal.file;

/**
 * A folder that looks like C:\Windows\Fonts holding the named files: links to the bundled Noto
 * fonts (黑体 names to Noto Sans), so the Windows branch can be exercised on any machine.
 */
export function fakeWindowsFonts(names: string[]): string {
  const dir = tempDir();
  for (const name of names) fs.symlinkSync(/hei/i.test(name) ? NOTO_SANS : NOTO_SERIF, path.join(dir, name));
  return dir;
}
