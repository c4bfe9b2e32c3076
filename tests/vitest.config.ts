import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.join(import.meta.dirname, '..');
const include = ['tests/unit/**/*.test.ts'];

/**
 * Files that replace modules (vi.mock) need a module graph of their own: in a worker that shares
 * its loaded modules between files, a module an earlier file loaded would keep the real import.
 */
const isolated = fs
  .globSync(include, { cwd: root })
  .filter((file) => /\bvi\.(mock|doMock|resetModules)\(/.test(fs.readFileSync(path.join(root, file), 'utf8')));

export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    reporters: ['default'],
    // The default leaves one of this machine's two cores idle; much of each file's time is spent
    // waiting on child processes and the disk.
    maxWorkers: 2,
    globalSetup: ['tests/unit/global-setup.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    projects: [
      {
        extends: true,
        // Loading the core (exceljs, pdfmake, zod schemas …) took ~1 s per file when every file
        // loaded it afresh; here a worker loads it once. Helpers keep no per-file state at load time
        // (see tests/unit/test-cleanup.ts).
        test: { name: 'unit', include, exclude: isolated, isolate: false },
      },
      { extends: true, test: { name: 'unit-isolated', include: isolated, isolate: true } },
    ],
  },
});
