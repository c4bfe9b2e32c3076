import { BrowserWindow } from 'electron';
import { isOwnPage } from './navigation.ts';
import { preloadScript } from './paths.ts';

/**
 * The one window. The page gets no Node, runs sandboxed and isolated, and may not navigate away
 * (not even to another local file) or open other windows: it only ever shows the bundled renderer
 * at `ownPage`. Nothing in the renderer opens a window, so every window.open is refused.
 */
export function createMainWindow(ownPage: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '双随机抽查管理',
    show: false,
    webPreferences: {
      preload: preloadScript(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => {
    if (!isOwnPage(event.url, ownPage)) event.preventDefault();
  });
  // The renderer has no frames; a frame that tried to show a local file is stopped as well.
  win.webContents.on('will-frame-navigate', (event) => {
    if (!isOwnPage(event.url, ownPage)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(ownPage);
  return win;
}
