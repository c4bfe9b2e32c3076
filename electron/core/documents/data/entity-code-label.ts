import { codeLabel } from '../../entities/uscc.ts';

// The label a template writes right before {{entity.code}}: "（统一社会信用代码：{{entity.code}}）".
const LABELLED_CODE = /(?:统一社会信用代码|社会信用代码|信用代码)(?=\s*[：:]?\s*\{\{\s*entity\.code\s*\}\})/g;

/**
 * Template text with the label in front of {{entity.code}} made right for this entity: an older
 * 个体工商户's 15-digit 注册号 is printed as “注册号：…”, never as a 统一社会信用代码. Works on the
 * default wording and on a bureau's own copy alike; any other wording is left as written.
 */
export function labelEntityCode(text: string, code: string): string {
  const label = codeLabel(code);
  return label === '统一社会信用代码' ? text : text.replace(LABELLED_CODE, label);
}
