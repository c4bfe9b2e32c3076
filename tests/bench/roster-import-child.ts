import path from 'node:path';

/**
 * One measurement in a fresh process, so peak memory is the import's own: `read FILE` streams
 * the workbook with bare exceljs; `import FILE DB` runs the full import into an empty database.
 * Both clocks start before their code is loaded, so each pays for loading exceljs once (the
 * import does so in its reading worker). The empty database is made before the import's clock
 * starts: creating it is setup, not import.
 */
const [mode, file, dbPath] = process.argv.slice(2) as [string, string, string];
let started = performance.now();
let rows = 0;
if (mode === 'read') {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) for await (const _row of sheet as AsyncIterable<unknown>) rows += 1;
} else {
  const { openAppContext } = await import('../../electron/core/app-context.ts');
  openAppContext({ dbPath, resourcesDir: path.join(import.meta.dirname, '..', '..', 'resources'), version: 'bench' }).db.close();
  started = performance.now();
  const { runImport } = await import('../../electron/core/import/run-import.ts');
  const result = await runImport(dbPath, {
    kind: 'entities',
    file,
    sheet: '名录',
    headerRow: 1,
    columns: { code: 0, name: 1, legalRep: 2, address: 3, area: 4, industry: 5, entityType: 6, regStatus: 7, phone: 8, riskClass: 9 },
    dryRun: false,
  });
  rows = result.counts.new;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
