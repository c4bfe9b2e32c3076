import path from 'node:path';

/**
 * Where the numbered .sql files live. Unbundled this is ./migrations beside this file; the Electron
 * bundle copies them to `migrations/` beside the bundle, which is the same relative path from there.
 */
export const migrationsDir = path.join(import.meta.dirname, 'migrations');
