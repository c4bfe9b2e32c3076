import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { formatCount } from '../common/format-time.ts';
import { ImportCountChips } from './ImportCountChips.tsx';
import { IMPORT_KIND_TEXT } from './import-kinds.ts';
import type { ImportResult } from './import-types.ts';

/** One sentence of what the import does (preview) or did (commit), and the counts as chips. */
export function OutcomeHeadline({ result }: { result: ImportResult }) {
  const { noun, measure } = IMPORT_KIND_TEXT[result.kind];
  const { counts } = result;
  const n = (k: number) => `${formatCount(k)} ${measure}`;
  const changes = `新增 ${n(counts.new)}${noun}，更新 ${n(counts.updated)}，不变 ${n(counts.unchanged)}`;
  const left = result.errors.length;
  const leftOut = left > 0 ? `；${formatCount(left)} 行${result.dryRun ? '不会' : '没有'}导入，原因见下方列表` : '';
  const hinted = counts.hinted > 0 ? `；其中 ${formatCount(counts.hinted)} 行有提示，见“有提示的行”` : '';
  const text = result.dryRun
    ? `确认导入后将${changes}${hinted}${leftOut}。现在还没有写入任何数据。`
    : `导入完成：${changes}${hinted}${leftOut}。`;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Alert severity={result.dryRun ? 'info' : left > 0 ? 'warning' : 'success'} data-testid="import-headline">
        {text}
      </Alert>
      <ImportCountChips kind={result.kind} counts={counts} />
    </Box>
  );
}
