import { app, session } from 'electron';

/**
 * The page never needs the camera, notifications, geolocation or anything else a site may ask
 * for; every request is refused, and no web content from elsewhere is ever loaded.
 */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
