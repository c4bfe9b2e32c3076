import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { formatCount } from '../common/format-time.ts';
import { ResultChangesTable } from './ResultChangesTable.tsx';
import { ResultImportChips } from './ResultImportChips.tsx';
import { ResultNewTable } from './ResultNewTable.tsx';
import { ResultRefusedTable } from './ResultRefusedTable.tsx';
import { previewHeadline, toWrite } from './result-import-text.ts';
import type { ResultImportOutcome, ResultImportVerdict } from './result-import-types.ts';
import type { ResultImporter } from './use-result-import.ts';

/** Names of the unchanged entities shown before "等 N 户". */
const UNCHANGED_NAMES = 12;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function PreviewBody({ outcome }: { outcome: ResultImportOutcome }) {
  const of = (verdict: ResultImportVerdict) => outcome.rows.filter((r) => r.verdict === verdict);
  const unchanged = of('unchanged');
  const names = unchanged
    .slice(0, UNCHANGED_NAMES)
    .map((r) => r.name)
    .join('、');
  return (
    <>
      <Alert severity={toWrite(outcome) > 0 ? 'info' : 'warning'} data-testid="result-import-headline">
        {previewHeadline(outcome)}
      </Alert>
      <ResultImportChips counts={outcome.counts} />
      {outcome.counts.changed > 0 && (
        <Section title={`将更改的结果（${formatCount(outcome.counts.changed)} 户，原值 → 新值；文件中没有的列保持原样）`}>
          <ResultChangesTable rows={of('changed')} />
        </Section>
      )}
      {outcome.counts.new > 0 && (
        <Section title={`将新增的结果（${formatCount(outcome.counts.new)} 户，此前未录入）`}>
          <ResultNewTable rows={of('new')} />
        </Section>
      )}
      {unchanged.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="result-import-unchanged">
          与已录入相同、不会改写的 {formatCount(unchanged.length)} 户：{names}
          {unchanged.length > UNCHANGED_NAMES ? ` 等` : ''}
        </Typography>
      )}
      {outcome.counts.refused > 0 && (
        <Section title={`不会导入的行（${formatCount(outcome.counts.refused)} 行，可改正 Excel 后重新导入，或在表格中逐户录入）`}>
          <ResultRefusedTable rows={of('refused')} />
        </Section>
      )}
    </>
  );
}

/** 从 Excel 导入结果, step two: what the file would change; 确认导入 writes it all, 取消 nothing. */
export function ResultImportDialog({ importer }: { importer: ResultImporter }) {
  const outcome = importer.preview;
  if (!outcome) return null;
  const writes = toWrite(outcome);
  return (
    <Dialog open onClose={importer.saving ? undefined : importer.cancel} maxWidth="lg" fullWidth aria-labelledby="result-import-title">
      <DialogTitle id="result-import-title" sx={{ pb: 1 }}>
        导入{outcome.department ? `${outcome.department}的` : ''}检查结果：预览“{outcome.fileName}”
      </DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <PreviewBody outcome={outcome} />
        <ErrorAlert error={importer.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={importer.cancel} disabled={importer.saving}>
          取消
        </Button>
        {importer.error !== null && (
          <Button onClick={importer.again} disabled={importer.saving}>
            重新预览
          </Button>
        )}
        <Button variant="contained" onClick={importer.confirm} disabled={writes === 0 || importer.saving || importer.error !== null}>
          确认导入
        </Button>
      </DialogActions>
    </Dialog>
  );
}
