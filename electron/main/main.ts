import { app, BrowserWindow, dialog } from 'electron';
import { openAppContext, type AppContext } from '../core/app-context.ts';
import { AppError } from '../core/errors.ts';
import { registerIpc } from './ipc.ts';
import { applyUserDataOverride, databasePath, resourcesDir } from './paths.ts';
import { createMainWindow } from './window.ts';

/** The Electron shell: opens the database, wires the contract to IPC, shows the window. */
applyUserDataOverride();
app.setAppUserModelId('cn.gov.datong.shuangsuiji');

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
  app.whenReady().then(() => {
    try {
      ctx = openAppContext({ dbPath: databasePath(), resourcesDir: resourcesDir(), version: app.getVersion() });
    } catch (err) {
      const message = err instanceof AppError ? err.message : `程序无法启动：${String(err)}`;
      dialog.showErrorBox('双随机抽查管理', message);
      app.exit(1);
      return;
    }
    registerIpc(ctx);
    createMainWindow();
  });
  app.on('window-all-closed', () => {
    ctx?.db.close();
    app.quit();
  });
}
