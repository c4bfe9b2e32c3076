import { app, BrowserWindow } from 'electron';
import type { AppContext } from '../core/app-context.ts';
import { registerIpc } from './ipc.ts';
import { setUpLogging } from './logging.ts';
import { openDataOrExplain } from './open-data.ts';
import { denyPermissions } from './security.ts';
import { applyUserDataOverride, databasePath, rememberDatabasePath, rendererUrl, resourcesDir } from './paths.ts';
import { createMainWindow } from './window.ts';

/** The Electron shell: opens the database, wires the contract to IPC, shows the window. */
applyUserDataOverride();
app.setAppUserModelId('cn.gov.datong.shuangsuiji');
// Chinese whatever the Windows display language: date fields read 年/月/日 order, and the
// built-in menus and dialogs of the window speak Chinese like the rest of the program.
app.commandLine.appendSwitch('lang', 'zh-CN');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let ctx: AppContext | undefined;
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(async () => {
    const log = setUpLogging();
    denyPermissions(rendererUrl());
    ctx = (await openDataOrExplain({ dbPath: databasePath(), resourcesDir: resourcesDir(), version: app.getVersion(), log })) ?? undefined;
    if (!ctx) {
      app.exit(1);
      return;
    }
    ctx.onDbMoved = rememberDatabasePath;
    registerIpc(ctx, rendererUrl());
    createMainWindow(rendererUrl());
  });
  app.on('window-all-closed', () => {
    ctx?.db.close();
    app.quit();
  });
}
