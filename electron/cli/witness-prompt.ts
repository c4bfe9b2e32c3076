import { createInterface } from 'node:readline/promises';
import { CliFailure } from './cli-error.ts';

/** Where the witnessed draw asks the 监督人 for his digits: the terminal, when there is one. */
export interface Terminal {
  /** Both ends are a terminal: someone can read the commitment and type an answer. */
  interactive: boolean;
  say(line: string): void;
  ask(question: string): Promise<string>;
}

/**
 * The process's terminal. Prompts and the commitment go to stderr, so stdout stays the command's
 * result (and --json stays JSON) even when a clerk answers at the prompt.
 */
export function processTerminal(): Terminal {
  return {
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    say: (line) => void process.stderr.write(`${line}\n`),
    async ask(question) {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } catch {
        // Ctrl+C or a closed input: nothing was drawn, and the open start can be continued.
        throw new CliFailure('没有读到输入（输入被中断），本次没有抽取；开始抽取仍在记录中，再次运行 draw 可继续。');
      } finally {
        rl.close();
      }
    },
  };
}

/** 64 hex digits in groups of 8, to be read aloud and written down. */
export function groupedHex(hex: string): string {
  return hex.replace(/(.{8})(?=.)/g, '$1 ');
}
