import fs from 'node:fs';

/**
 * A worker's script: the bundled `.js` beside the Electron bundle, else the `.ts` source that
 * Node runs directly (CLI, preview host, tests).
 */
export function workerFile(baseUrl: string, name: string): URL {
  const bundled = new URL(`./${name}.js`, baseUrl);
  return fs.existsSync(bundled) ? bundled : new URL(`./${name}.ts`, baseUrl);
}
