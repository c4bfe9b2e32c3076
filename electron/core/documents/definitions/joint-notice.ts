import type { NoticeData, NoticeJoint } from '../data/notice-data.ts';
import { placeholdersIn, type PlaceholderValue } from '../templates/template-format.ts';

/**
 * What a 部门联合抽查's notice says differently from a single department's, with the same
 * template: every department in the heading, the items under their departments, each inspector
 * with its department, and a contact line per department.
 */

const DIGITS = '一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十: the numbers of （一） headings. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n - 1]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens - 1]!}十${ones === 0 ? '' : DIGITS[ones - 1]!}`;
}

/**
 * The items grouped by department: a （一） heading (楷体, GB/T 9704's second level) with the
 * department's name, its items numbered under it. A department without items of its own (it only
 * lends inspectors) is still named, with 无.
 */
function groupedItems(joint: NoticeJoint): string {
  return joint.departments
    .map((d, i) => {
      const items = d.items.length > 0 ? d.items.map((name, j) => `${j + 1}. ${name}`) : ['无'];
      return [`（${chineseNumber(i + 1)}）${d.name}`, ...items].join('\n');
    })
    .join('\n');
}

/** The placeholders a joint notice fills differently. */
export function jointNoticeValues(d: NoticeData, joint: NoticeJoint): Record<string, PlaceholderValue> {
  return {
    items: groupedItems(joint),
    issuer: `${joint.departments.map((x) => x.name).join('、')}联合`,
    'issuer.self': '有关部门',
    inspectors: d.inspectors.map((i) => `${i.name}（${i.department ? `${i.department}，` : ''}执法证号：${i.certNo}）`).join('、'),
  };
}

/**
 * GB/T 9704 7.2.1: a joint document may name every issuing authority, the lead first. The title's
 * {{bureau.name}} becomes their names one to a line (each a centred title line).
 */
export function jointTitleValues(joint: NoticeJoint): Record<string, PlaceholderValue> {
  return { 'bureau.name': joint.departments.map((d) => d.name).join('\n') };
}

const CONTACT = /^contact\./;

/**
 * The body, with each line that prints the contact repeated once per department that has one, its
 * 简称 in front (“县应急局联系人：王应急　　联系电话：…”, one line of the page); the lead's contact is
 * the one of 设置.
 * Every other line is filled as usual.
 */
export function jointBody(
  body: string,
  joint: NoticeJoint,
  fill: (text: string, overrides?: Record<string, PlaceholderValue>) => string,
): string {
  return body
    .split('\n')
    .flatMap((line) => {
      if (!placeholdersIn(line).some((name) => CONTACT.test(name))) return [fill(line)];
      return joint.departments
        .filter((d, i) => i === 0 || d.contactName !== '' || d.contactPhone !== '')
        .map((d) => `${d.shortName}${fill(line.trim(), { 'contact.name': d.contactName, 'contact.phone': d.contactPhone })}`);
    })
    .join('\n');
}
