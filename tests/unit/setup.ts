import module from 'node:module';
import path from 'node:path';
import { afterEach, inject } from 'vitest';
import { runTestCleanups } from './test-cleanup.ts';

// Setup files run again for every test file, also where workers share their loaded modules.
afterEach(runTestCleanups);

// os.tmpdir() of the tests and of every process they start (see global-setup.ts).
process.env.TMPDIR = inject('testTmpDir');

// Many tests start `node` (the CLI, the preview host, children to kill); each start compiled the
// same thousand modules again. V8's compile cache keeps that work on disk, checked against each
// file's content: ~1.5 s → ~1.1 s per CLI start here. Children inherit it through the environment.
const compileCache = path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'node-compile-cache');
process.env.NODE_COMPILE_CACHE ??= compileCache;
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
