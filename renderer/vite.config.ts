import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = import.meta.dirname;
const repoRoot = path.resolve(rendererDir, '..');

/**
 * Builds the renderer into dist/renderer. `base: './'` because Electron loads index.html from
 * file://; the output has no inline script, so it runs under the preview host's strict CSP.
 */
export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    // SSJ_RENDERER_DIR: a separate build, so two checkouts' e2e runs on one machine do not overwrite each other's.
    outDir: process.env.SSJ_RENDERER_DIR ?? path.join(repoRoot, 'dist', 'renderer'),
    emptyOutDir: true,
    // A desktop program loads everything from disk at once; one large chunk is fine.
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
  },
});
