import path from 'node:path';

/**
 * What the shell may hand to Windows' "open with its program": documents this program writes or
 * reads, and nothing that runs. An allow-list, since the list of kinds Windows executes (.exe,
 * .bat, .cmd, .com, .scr, .lnk, .js, .vbs, .ps1, .msi, .hta, .cpl, …) is long and grows.
 */
const OPENABLE = new Set(['.pdf', '.xlsx', '.xls', '.csv', '.docx', '.doc', '.json', '.txt', '.db']);

/** Why `file` may not be opened with the system's program, or null when its kind is fine. */
export function openTypeRefusal(file: string): string | null {
  const name = path.win32.basename(file);
  // `a.exe:b.pdf` names a hidden stream of a.exe on NTFS; a name ending in a dot or space is
  // silently trimmed by Windows (`a.exe.`), so what is checked would not be what runs.
  if (name.includes(':') || /[. ]$/.test(name)) return '拒绝打开：文件名不符合要求。';
  const ext = path.win32.extname(name).toLowerCase();
  return OPENABLE.has(ext) ? null : `拒绝打开：程序不会用系统程序打开这种类型的文件（${ext || '无扩展名'}）。`;
}

/** The print preview is Chromium's PDF viewer: PDFs only. */
export function printTypeRefusal(file: string): string | null {
  return path.win32.extname(file).toLowerCase() === '.pdf' ? null : '拒绝打印：只能打印 PDF 文件。';
}
