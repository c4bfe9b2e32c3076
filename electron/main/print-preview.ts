import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

/**
 * A window showing the PDF in Chromium's viewer: the clerk sees every page as it will print, and
 * the viewer's print button opens the system print dialog (printer, copies). The window has no
 * preload and no Node; it can show this one local file and nothing else.
 */
export function openPrintPreview(file: string): void {
  const win = new BrowserWindow({
    width: 900,
    height: 1000,
    title: `打印预览 — ${path.basename(file)}`,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true },
  });
  win.setMenuBarVisibility(false);
  const url = pathToFileURL(file).href;
  win.webContents.on('will-navigate', (event, target) => {
    if (target !== url) event.preventDefault();
  });
  void win.loadURL(url);
}
