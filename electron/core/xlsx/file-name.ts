import path from 'node:path';

/** A file as messages name it: “名录.xlsx”. The clerk knows files by name, not by full path. */
export function quotedFileName(filePath: string): string {
  return `“${path.basename(filePath)}”`;
}
