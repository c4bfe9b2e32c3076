import { z } from 'zod';
import type { CallFn } from './contract.ts';
import type { ApiResult } from './define.ts';

/** A file-type filter for the open and save dialogs. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * How the renderer gets at files. Core calls take paths; each door turns the clerk's choice into a
 * path its own core can read: Electron through the system dialogs, the preview host through an
 * upload into (or a download from) its private temporary folder. A refusal throws a Chinese message.
 */
export interface FileDoor {
  /** Lets the clerk choose a file to read; null when she cancels. */
  pickOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Lets the clerk choose where to save; null when she cancels. */
  pickSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** After a core call wrote `path`: nothing more in Electron; a download in the browser. */
  deliver(path: string): Promise<void>;
  /** Opens a written file with the system's program (a PDF viewer, to read and print it). */
  open(path: string): Promise<void>;
  /**
   * Shows a PDF in a print-preview window whose print button opens the system print dialog
   * (printer, copies). Electron only; the browser opens the PDF in a tab instead (`open`).
   */
  print?(path: string): Promise<void>;
  /**
   * Lets the clerk choose (or make) a folder; null when she cancels. Electron only: a browser
   * cannot name a folder on the preview host's disk, so there the folder is typed.
   */
  pickFolder?(options: { title: string }): Promise<string | null>;
  /** Shows a file or folder in the system's file manager ("打开文件夹"). Electron only. */
  reveal?(path: string): Promise<void>;
}

type Answered<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<ApiResult<R>> : never;

/**
 * The file door as Electron's preload exposes it: the same operations, each answering like a
 * contract call, `{ ok, data }` or `{ ok: false, error }`, so a refusal reaches the clerk in the
 * shell's own Chinese words (an Error thrown across IPC would arrive wrapped in English).
 */
export type ShellFileDoor = { [K in keyof FileDoor]-?: Answered<NonNullable<FileDoor[K]>> };

/** Everything the preload exposes as `window.api`, and nothing else. */
export interface WindowApi {
  call: CallFn;
  files: ShellFileDoor;
}

/**
 * The arguments of the file door's operations, checked at the door like every call of the
 * contract: the page is not trusted to send what the preload's types promise.
 */
const title = z.string().max(200);
const filters = z
  .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).max(20) }))
  .max(10);

export const fileDoorArgs = {
  pickOpen: z.object({ title, filters }),
  /** Only a name: the folder the save dialog opens in is the system's choice, not the page's. */
  pickSave: z.object({
    title,
    defaultName: z
      .string()
      .max(200)
      .transform((name) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')),
    filters,
  }),
  pickFolder: z.object({ title }),
  /** open, print and reveal take one path, which the shell then checks against its grants. */
  file: z.string().min(1).max(4096),
} as const;
