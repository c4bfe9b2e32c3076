import path from 'node:path';
import { app } from 'electron';
import log from 'electron-log/main';

/**
 * The log file: logs/main.log in the user data folder, rotated at 5 MB (the previous one kept as
 * main.old.log). Every error shown to the clerk carries a short reference that appears here.
 */
export function setUpLogging(): (line: string) => void {
  log.transports.file.resolvePathFn = () => path.join(app.getPath('userData'), 'logs', 'main.log');
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.console.level = false;
  log.errorHandler.startCatching({ showDialog: false });
  return (line) => log.error(line);
}
