import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** `npm run bench`: runs every *.bench.ts here in its own process; each prints BENCH lines. */
const only = process.argv[2];
const files = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  console.log(`# ${file}`);
  execFileSync(process.execPath, [path.join(import.meta.dirname, file)], { stdio: 'inherit' });
}
