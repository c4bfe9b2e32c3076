import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { callNames } from '../api/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import type { AppContext } from '../core/app-context.ts';
import { fileDoorHandlers, type FileChannel } from './file-door.ts';
import { FileGrants } from './file-grants.ts';
import { isOwnPage } from './navigation.ts';
import { openPrintPreview } from './print-preview.ts';

const FILE_CHANNELS: readonly FileChannel[] = ['pickOpen', 'pickSave', 'pickFolder', 'open', 'print', 'reveal'];

/**
 * One IPC handler per contract call (`api:items:list`, …), each validated by the dispatcher
 * through the contract's schema and its paths by this window's grants; plus the file dialogs the
 * renderer's FileDoor needs, whose answers are the only paths the page can use.
 */
export function registerIpc(ctx: AppContext, ownPage: string): void {
  const grants = new FileGrants({ dbPath: () => ctx.dbPath });
  // Only our own page, loaded from the app's files, may call in.
  const fromOurPage = (event: IpcMainInvokeEvent) => isOwnPage(event.senderFrame?.url ?? '', ownPage);

  for (const name of callNames) {
    ipcMain.handle(`api:${name}`, async (event, input: unknown) => {
      if (!fromOurPage(event)) return { ok: false, error: { message: '拒绝访问。' } };
      const result = await dispatch(ctx, name, input, grants.gate);
      if (result.ok) grants.recordResult(result.data);
      return result;
    });
  }

  const chosen = (result: { canceled: boolean; filePaths?: string[]; filePath?: string }) =>
    result.canceled ? null : (result.filePath ?? result.filePaths?.[0] ?? null);
  const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);
  const showOpen = async (event: IpcMainInvokeEvent, opts: OpenDialogOptions) => {
    const win = windowOf(event);
    return chosen(win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts));
  };
  const showSave = async (event: IpcMainInvokeEvent, opts: SaveDialogOptions) => {
    const win = windowOf(event);
    return chosen(win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts));
  };

  for (const channel of FILE_CHANNELS) {
    ipcMain.handle(`files:${channel}`, (event, raw: unknown) => {
      if (!fromOurPage(event)) return { ok: false, error: { message: '拒绝访问。' } };
      const door = fileDoorHandlers(grants, {
        chooseOpen: ({ title, filters }) => showOpen(event, { title, filters, properties: ['openFile'] }),
        chooseSave: ({ title, defaultName, filters }) => showSave(event, { title, defaultPath: defaultName, filters }),
        chooseFolder: ({ title }) => showOpen(event, { title, properties: ['openDirectory', 'createDirectory'] }),
        openPath: (file) => shell.openPath(file),
        print: (file) => openPrintPreview(file),
        reveal: (file) => shell.showItemInFolder(file),
        log: (line) => ctx.log(line),
      });
      return door[channel](raw);
    });
  }
}
