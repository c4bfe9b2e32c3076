import { readXml } from './xml-reader.ts';

/**
 * Built-in number formats that show a date or time: 14–22 and 45–47 everywhere, and those a
 * Chinese Excel uses for 2015年6月30日, 6月30日, 上午/下午 h时mm分 and the like (27–36, 50–58),
 * which carry no format code in the file.
 */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Which cell styles (the `s` of a cell, an index into cellXfs) show a number as a date: a date is
 * stored as a day count, and only its format makes it a date.
 */
export function readDateStyles(xml: Buffer | null): boolean[] {
  if (!xml) return [];
  const customDates = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  readXml(xml, {
    open(name, attributes) {
      if (name === 'numFmt') customDates.set(Number(attributes.numFmtId), isDateFormat(attributes.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(customDates.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styles;
}

/** exceljs's rule: a date letter outside quoted text and [..] sections (colours, locales, elapsed time). */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
