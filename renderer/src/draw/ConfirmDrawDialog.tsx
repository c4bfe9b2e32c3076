import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';

interface ConfirmDrawDialogProps {
  /** What will be recorded, label and value, as the clerk checks it once more. */
  facts: [label: string, value: ReactNode][];
  confirmLabel: string;
  /** What cannot be taken back; by default, the draw's own result. */
  irreversible?: ReactNode;
  /** The dialog's title; 确认抽取 by default. */
  title?: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last question before a draw: what goes on record, and that it cannot be taken back. */
export function ConfirmDrawDialog({ facts, confirmLabel, irreversible, title, busy, error, onConfirm, onClose }: ConfirmDrawDialogProps) {
  return (
    <ConfirmDialog
      open
      title={title ?? '确认抽取'}
      confirmLabel={confirmLabel}
      busy={busy}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '7em 1fr', columnGap: 1.5, rowGap: 0.5, m: 0, mb: 2 }}>
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Alert severity="warning" role="note">
        {irreversible ?? (
          <>
            抽取立即记录，<strong>不可重抽</strong>
            ，也不能修改；如需重新抽取，只能将本次抽取作废并写明理由，作废和新的抽取记录都会保留备查。
          </>
        )}
      </Alert>
    </ConfirmDialog>
  );
}
