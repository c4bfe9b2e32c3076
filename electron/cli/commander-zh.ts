import { stripVTControlCharacters } from 'node:util';
import type { Command } from 'commander';

/** Commander's own complaints, in Chinese: the CLI's users are the same clerks and admins. */
const TRANSLATIONS: [RegExp, string][] = [
  [/^error: unknown command '(.*)'/, '错误：没有命令“$1”'],
  [/^error: unknown option '(.*)'/, '错误：没有选项“$1”'],
  [/^error: missing required argument '(.*)'/, '错误：缺少参数 $1'],
  [/^error: required option '(.*)' not specified/, '错误：缺少必需的选项 $1'],
  [/^error: option '(.*)' argument missing/, '错误：选项 $1 缺少取值'],
  [/^error: too many arguments.*/, '错误：参数过多'],
  [/\(Did you mean (.*)\?\)/, '（是否想用 $1？）'],
];

/** The headings commander prints in help. */
const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Columns a character takes in a terminal: CJK characters and full-width forms take two. */
function columns(text: string): number {
  let n = 0;
  for (const ch of stripVTControlCharacters(text)) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    n += wide ? 2 : 1;
  }
  return n;
}

/** Inherited by every command created after it, so call it on the program before registering commands. */
export function speakChinese(program: Command): void {
  program.configureOutput({
    outputError: (text, write) => {
      let translated = text;
      for (const [pattern, zh] of TRANSLATIONS) translated = translated.replace(pattern, zh);
      write(translated);
    },
  });
  program.configureHelp({
    // Help aligns and wraps Chinese text by its width on screen, not by its length.
    displayWidth: columns,
    styleTitle: (title) => TITLES[title] ?? title,
    styleOptionText: (text) => (text === '[options]' ? '[选项]' : text),
    styleSubcommandText: (text) => (text === '[command]' ? '[命令]' : text),
    styleArgumentText: (text) => (text === '[command]' ? '[命令]' : text),
    styleOptionDescription: (text) => text.replace(/\(default: (.*)\)$/, '（默认：$1）'),
  });
}
