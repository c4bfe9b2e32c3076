import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../errors.ts';
import { quotedFileName } from '../xlsx/file-name.ts';

const run = promisify(execFile);

/** LibreOffice's command, where it is installed (Windows default folder, or on the PATH). */
export function findSoffice(): string | null {
  const candidates =
    process.platform === 'win32'
      ? [
          path.join(process.env.ProgramFiles ?? 'C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe'),
          path.join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'LibreOffice', 'program', 'soffice.exe'),
        ]
      : ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

/**
 * Converts a legacy .xls into an .xlsx in a temporary folder with LibreOffice (headless, with a
 * private profile so it never collides with a LibreOffice the clerk has open). The caller removes
 * the folder with `cleanup`.
 */
export async function convertXlsToXlsx(file: string): Promise<{ xlsx: string; cleanup: () => void }> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new AppError(`文件${quotedFileName(file)}是旧版 Excel（.xls）格式。本机未安装 LibreOffice，无法自动转换：请在 Excel 中将其另存为 .xlsx 格式后再导入。`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-xls-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  const input = path.join(dir, 'input.xls');
  fs.copyFileSync(file, input);
  try {
    const profile = `file://${path.join(dir, 'profile').replace(/\\/g, '/')}`;
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, input], {
      timeout: 120_000,
    });
  } catch (err) {
    cleanup();
    throw new AppError(`文件${quotedFileName(file)}（.xls）转换失败，文件可能已损坏。请在 Excel 中将其另存为 .xlsx 后再导入。`, { cause: String(err) });
  }
  const xlsx = path.join(dir, 'input.xlsx');
  if (!fs.existsSync(xlsx)) {
    cleanup();
    throw new AppError(`文件${quotedFileName(file)}（.xls）转换失败。请在 Excel 中将其另存为 .xlsx 后再导入。`);
  }
  return { xlsx, cleanup };
}
