import { openAppContext } from '../../../electron/core/app-context.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { runImport } from '../../../electron/core/import/run-import.ts';
import path from 'node:path';

const RESOURCES_DIR = path.join(import.meta.dirname, '..', '..', '..', 'resources');

/** A process to be killed mid-work by fault.test.ts: `import FILE DB` or `draw DB TASK`. */
const [mode, a, b] = process.argv.slice(2) as [string, string, string];
if (mode === 'import') {
  // Each batch's progress goes out, so the test can kill the import while its rows flow.
  await runImport(
    b,
    {
      kind: 'entities',
      file: a,
      sheet: '名录',
      headerRow: 1,
      columns: { code: 0, name: 1, legalRep: 2, address: 3, area: 4, industry: 5, entityType: 6, regStatus: 7, phone: 8, riskClass: 9 },
      dryRun: false,
    },
    { onProgress: ({ rows }) => process.stdout.write(`rows ${rows}\n`) },
  );
} else {
  const ctx = openAppContext({ dbPath: a, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
  process.stdout.write('ready\n');
  runDraw(ctx.db, Number(b), { operator: '张三', witness: '李四' });
}
process.stdout.write('done\n');
