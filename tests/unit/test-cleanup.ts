/**
 * What a test leaves behind (temp folders, open databases, servers), undone after it. Helpers push
 * here instead of registering their own afterEach: with `isolate: false` a helper module is loaded
 * once per worker, so a hook it registered at load time would belong to the first file only.
 * tests/unit/setup.ts runs these after every test of every file.
 */
const cleanups: (() => void)[] = [];

export function afterThisTest(cleanup: () => void): void {
  cleanups.push(cleanup);
}

export function runTestCleanups(): void {
  while (cleanups.length) cleanups.pop()?.();
}
