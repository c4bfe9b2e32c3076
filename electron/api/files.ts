import type { CallFn } from './contract.ts';

/** A file-type filter for the open and save dialogs. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * How the renderer gets at files. Core calls take paths; each door turns the clerk's choice into a
 * path its own core can read: Electron through the system dialogs, the preview host through an
 * upload into (or a download from) its private temporary folder.
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

/** Everything the preload exposes as `window.api`, and nothing else. */
export interface WindowApi {
  call: CallFn;
  files: FileDoor;
}
