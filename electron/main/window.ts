import { BrowserWindow, shell } from 'electron';
import { preloadScript, rendererIndex } from './paths.ts';

/**
 * The one window. The page gets no Node, runs sandboxed and isolated, and may not navigate away
 * or open other windows: it only ever shows the bundled renderer.
 */
export function createMainWindow(): BrowserWindow {
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
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith('file://')) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex());
  return win;
}
