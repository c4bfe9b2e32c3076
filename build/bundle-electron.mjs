// Bundles the Electron shell: main (ESM, with the core inside) and the sandboxed preload (CJS, as
// sandboxed preloads must be). Dependencies stay in node_modules; migrations are copied beside
// the bundle, where electron/core/db/migrations-dir.ts looks for them.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist', 'electron');
fs.rmSync(out, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'info' };
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/main/main.ts')],
  outfile: path.join(out, 'main.js'),
  format: 'esm',
  packages: 'external',
  external: ['electron'],
});
// The import's reading worker and the documents' batch worker run as files of their own
// (electron/core/files/worker-file.ts looks for <name>.js beside the bundle).
for (const worker of ['electron/core/import/read-worker.ts', 'electron/core/documents/batches/batch-worker.ts']) {
  await build({
    ...common,
    entryPoints: [path.join(root, worker)],
    outfile: path.join(out, `${path.basename(worker, '.ts')}.js`),
    format: 'esm',
    packages: 'external',
  });
}
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/preload/preload.ts')],
  outfile: path.join(out, 'preload.cjs'),
  format: 'cjs',
  external: ['electron'],
});
fs.cpSync(path.join(root, 'electron/core/db/migrations'), path.join(out, 'migrations'), { recursive: true });
