import Typography from '@mui/material/Typography';
import { NotImportedTable } from './NotImportedTable.tsx';
import { IMPORT_KIND_TEXT } from './import-kinds.ts';
import type { ImportResult } from './import-types.ts';

/** Below the headline: the rows left out with their reasons, then the rows imported with a 提示. */
export function OutcomeTables({ result }: { result: ImportResult }) {
  const { keyLabel } = IMPORT_KIND_TEXT[result.kind];
  return (
    <>
      {result.errors.length > 0 && (
        <>
          <Typography variant="subtitle2" color="text.secondary">
            {result.dryRun ? '不会导入' : '没有导入'}的行（共 {result.errors.length} 行）
          </Typography>
          <NotImportedTable errors={result.errors} keyLabel={keyLabel} />
        </>
      )}
      {result.counts.hinted > 0 && (
        <>
          <Typography variant="subtitle2" color="text.secondary">
            有提示的行（共 {result.counts.hinted} 行，{result.dryRun ? '会导入' : '已导入'}，但有一项没有按原样保存或需要补填）
          </Typography>
          <NotImportedTable errors={result.hints} keyLabel={keyLabel} tone="hints" total={result.counts.hinted} />
        </>
      )}
    </>
  );
}
