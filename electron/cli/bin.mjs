#!/usr/bin/env node
// The `shuangsuiji` command. Node 24 (the project's `node` devDependency, first on npm's PATH)
// runs the TypeScript sources directly; better-sqlite3 13 needs Node 22 or newer.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`shuangsuiji 需要 Node 24 或更高版本（当前 ${process.version}）。请在项目目录中用 npx shuangsuiji 或 npm run cli 运行。`);
  process.exit(2);
}
const { main } = await import('./main.ts');
await main();
