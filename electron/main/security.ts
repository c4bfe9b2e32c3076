import { app, session } from 'electron';
import { isOwnPage } from './navigation.ts';

/**
 * The page never needs the camera, notifications, geolocation or anything else a site may ask
 * for; every request is refused, and no web content from elsewhere is ever loaded: no window of
 * the program (the main one, a print preview) may be navigated by its page anywhere but to the
 * bundled renderer, nor open another window.
 */
export function denyPermissions(ownPage: string): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!isOwnPage(event.url, ownPage)) event.preventDefault();
    });
  });
}
