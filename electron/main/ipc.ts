import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { callNames } from '../api/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import type { FileFilter } from '../api/files.ts';
import type { AppContext } from '../core/app-context.ts';
import { openPrintPreview } from './print-preview.ts';

/** Only our own page, loaded from the app's files, may call in. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame?.url.startsWith('file://') ?? false;
}

/**
 * One IPC handler per contract call (`api:items:list`, …), each validated by the dispatcher
 * through the contract's schema; plus the file dialogs the renderer's FileDoor needs.
 */
export function registerIpc(ctx: AppContext): void {
  for (const name of callNames) {
    ipcMain.handle(`api:${name}`, (event, input: unknown) => {
      if (!fromOurPage(event)) return { ok: false, error: { message: '拒绝访问。' } };
      return dispatch(ctx, name, input);
    });
  }
  ipcMain.handle('files:pickOpen', async (event, options: { title: string; filters: FileFilter[] }) => {
    if (!fromOurPage(event)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const opts = { title: String(options.title), filters: options.filters, properties: ['openFile' as const] };
    const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle(
    'files:pickSave',
    async (event, options: { title: string; defaultName: string; filters: FileFilter[] }) => {
      if (!fromOurPage(event)) return null;
      const win = BrowserWindow.fromWebContents(event.sender);
      const opts = { title: String(options.title), defaultPath: String(options.defaultName), filters: options.filters };
      const result = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return result.canceled ? null : (result.filePath ?? null);
    },
  );
  ipcMain.handle('files:pickFolder', async (event, options: { title: string }) => {
    if (!fromOurPage(event)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const opts = { title: String(options.title), properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle('files:open', async (event, file: string) => {
    if (!fromOurPage(event)) return;
    const problem = await shell.openPath(String(file));
    if (problem) throw new Error(problem);
  });
  ipcMain.handle('files:print', (event, file: string) => {
    if (fromOurPage(event)) openPrintPreview(String(file));
  });
  ipcMain.handle('files:reveal', (event, file: string) => {
    if (fromOurPage(event)) shell.showItemInFolder(String(file));
  });
}
