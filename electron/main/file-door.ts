import { z } from 'zod';
import { fileDoorArgs, type FileFilter } from '../api/files.ts';
import type { ApiResult } from '../api/define.ts';
import type { FileGrants, ShellAction } from './file-grants.ts';

/** What the shell's file door asks of Electron; injected, so the decisions run under plain Node. */
export interface ShellOps {
  chooseOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** Electron's shell.openPath: '' when opened, else the system's (English) reason. */
  openPath(file: string): Promise<string>;
  print(file: string): void;
  reveal(file: string): void;
  log(line: string): void;
}

export type FileChannel = 'pickOpen' | 'pickSave' | 'pickFolder' | 'open' | 'print' | 'reveal';

const refused = (message: string): ApiResult<never> => ({ ok: false, error: { message } });

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The files:* channels: each argument checked like a contract call's input, each answer a
 * contract-style result, so a refusal reaches the clerk as the shell's own Chinese sentence.
 * Only paths a dialog answered become grants; open, print and reveal take only granted paths.
 */
export function fileDoorHandlers(grants: FileGrants, ops: ShellOps): Record<FileChannel, (raw: unknown) => Promise<ApiResult<unknown>>> {
  const badArgs = refused('拒绝访问：文件操作的参数无效。');
  const pick = async (kind: 'open' | 'save' | 'folder', chosen: Promise<string | null>) => {
    const file = await chosen;
    if (file) grants.pick(kind, file);
    return { ok: true as const, data: file };
  };
  const granted = (action: ShellAction, raw: unknown): { file: string } | ApiResult<never> => {
    const file = parse(fileDoorArgs.file, raw);
    if (file === null) return badArgs;
    const refusal = grants.refusal(action, file);
    if (refusal) {
      ops.log(`files:${action} refused ${JSON.stringify(file)}`);
      return refused(refusal);
    }
    return { file };
  };
  return {
    pickOpen: async (raw) => {
      const args = parse(fileDoorArgs.pickOpen, raw);
      return args ? pick('open', ops.chooseOpen(args)) : badArgs;
    },
    pickSave: async (raw) => {
      const args = parse(fileDoorArgs.pickSave, raw);
      return args ? pick('save', ops.chooseSave(args)) : badArgs;
    },
    pickFolder: async (raw) => {
      const args = parse(fileDoorArgs.pickFolder, raw);
      return args ? pick('folder', ops.chooseFolder(args)) : badArgs;
    },
    open: async (raw) => {
      const g = granted('open', raw);
      if (!('file' in g)) return g;
      const problem = await ops.openPath(g.file);
      if (!problem) return { ok: true, data: undefined };
      ops.log(`files:open failed ${JSON.stringify(g.file)}: ${problem}`);
      return refused('系统没能打开这个文件：可能没有安装能打开它的程序（如 PDF 阅读器），或文件已被移动。请到保存的文件夹中双击打开。');
    },
    print: async (raw) => {
      const g = granted('print', raw);
      if (!('file' in g)) return g;
      ops.print(g.file);
      return { ok: true, data: undefined };
    },
    reveal: async (raw) => {
      const g = granted('reveal', raw);
      if (!('file' in g)) return g;
      ops.reveal(g.file);
      return { ok: true, data: undefined };
    },
  };
}
