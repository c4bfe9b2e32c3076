import type { Command } from 'commander';

/** Commander's own complaints, in Chinese: the CLI's users are the same clerks and admins. */
const TRANSLATIONS: [RegExp, string][] = [
  [/^error: unknown command '(.*)'/, '错误：没有命令“$1”'],
  [/^error: unknown option '(.*)'/, '错误：没有选项“$1”'],
  [/^error: missing required argument '(.*)'/, '错误：缺少参数 $1'],
  [/^error: option '(.*)' argument missing/, '错误：选项 $1 缺少取值'],
  [/^error: too many arguments.*/, '错误：参数过多'],
  [/\(Did you mean (.*)\?\)/, '（是否想用 $1？）'],
];

export function speakChinese(program: Command): void {
  program.configureOutput({
    outputError: (text, write) => {
      let translated = text;
      for (const [pattern, zh] of TRANSLATIONS) translated = translated.replace(pattern, zh);
      write(translated);
    },
  });
}
