import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { callNames } from '../api/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import type { AppContext } from '../core/app-context.ts';
import { FileGrants, type PickKind, type ShellAction } from './file-grants.ts';
import { fileArg, parseIpcArgs, pickFolderArgs, pickOpenArgs, pickSaveArgs } from './file-ipc-args.ts';
import { isOwnPage } from './navigation.ts';
import { openPrintPreview } from './print-preview.ts';

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

  const choose = async (event: IpcMainInvokeEvent, kind: PickKind, show: (win: BrowserWindow | null) => Promise<string | null>) => {
    if (!fromOurPage(event)) return null;
    const chosen = await show(BrowserWindow.fromWebContents(event.sender));
    if (chosen) grants.pick(kind, chosen);
    return chosen;
  };
  const openDialog = async (win: BrowserWindow | null, opts: OpenDialogOptions) => {
    const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  ipcMain.handle('files:pickOpen', (event, raw: unknown) => {
    const { title, filters } = parseIpcArgs(pickOpenArgs, raw);
    return choose(event, 'open', (win) => openDialog(win, { title, filters, properties: ['openFile'] }));
  });
  ipcMain.handle('files:pickSave', (event, raw: unknown) => {
    const { title, defaultName, filters } = parseIpcArgs(pickSaveArgs, raw);
    return choose(event, 'save', async (win) => {
      const opts: SaveDialogOptions = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return result.canceled ? null : (result.filePath ?? null);
    });
  });
  ipcMain.handle('files:pickFolder', (event, raw: unknown) => {
    const { title } = parseIpcArgs(pickFolderArgs, raw);
    return choose(event, 'folder', (win) => openDialog(win, { title, properties: ['openDirectory', 'createDirectory'] }));
  });

  // Only files this program wrote or the clerk chose; `open` only kinds that do not run.
  const allowed = (event: IpcMainInvokeEvent, action: ShellAction, raw: unknown): string | null => {
    if (!fromOurPage(event)) return null;
    const file = parseIpcArgs(fileArg, raw);
    const refusal = grants.refusal(action, file);
    if (refusal) {
      ctx.log(`files:${action} refused ${JSON.stringify(file)}`);
      throw new Error(refusal);
    }
    return file;
  };
  ipcMain.handle('files:open', async (event, raw: unknown) => {
    const file = allowed(event, 'open', raw);
    if (!file) return;
    const problem = await shell.openPath(file);
    if (problem) throw new Error(problem);
  });
  ipcMain.handle('files:print', (event, raw: unknown) => {
    const file = allowed(event, 'print', raw);
    if (file) openPrintPreview(file);
  });
  ipcMain.handle('files:reveal', (event, raw: unknown) => {
    const file = allowed(event, 'reveal', raw);
    if (file) shell.showItemInFolder(file);
  });
}
