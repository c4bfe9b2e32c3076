import { useId, useState, type FormEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { SxProps, Theme } from '@mui/material/styles';
import { ErrorAlert } from './ErrorAlert.tsx';

interface FormDialogProps {
  title: ReactNode;
  maxWidth?: 'sm' | 'md' | 'lg';
  submitLabel: ReactNode;
  submitColor?: 'primary' | 'error';
  /** Disables the submit button while saving. */
  busy?: boolean;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  contentSx?: SxProps<Theme>;
  children: ReactNode;
  /** Rendered beside the form inside the dialog (a dialog opened from this one). */
  beside?: ReactNode;
  /** The clerk has typed or chosen something: Esc or a click outside asks before discarding it. */
  dirty?: boolean;
  /** Why the last save was refused, shown above the fields. */
  error?: unknown;
}

/**
 * Every form in a dialog: title, scrolling fields, 取消 and the submit button, Enter submits.
 * The form is a flex column so only the fields scroll: a tall form on a 768-pixel screen keeps
 * its title and buttons in view.
 */
export function FormDialog({
  title,
  maxWidth = 'sm',
  submitLabel,
  submitColor = 'primary',
  busy = false,
  onSubmit,
  onClose,
  contentSx,
  children,
  beside,
  dirty = false,
  error = null,
}: FormDialogProps) {
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  // Esc and a click beside the dialog are easy to do by mistake; 取消 is not.
  const dismiss = () => (dirty ? setConfirming(true) : onClose());
  return (
    <Dialog open onClose={dismiss} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <Box
        component="form"
        noValidate
        onSubmit={onSubmit}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers sx={contentSx ?? {}}>
          {error !== null && error !== undefined && (
            <Box sx={{ mb: 2 }}>
              <ErrorAlert error={error} />
            </Box>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
      {beside}
      {confirming && (
        <Dialog open onClose={() => setConfirming(false)} aria-labelledby={`${titleId}-discard`}>
          <DialogTitle id={`${titleId}-discard`}>放弃已填写的内容？</DialogTitle>
          <DialogContent>关闭后，本次填写或修改的内容不会保存。</DialogContent>
          <DialogActions>
            <Button onClick={onClose} color="error">
              放弃
            </Button>
            <Button variant="contained" autoFocus onClick={() => setConfirming(false)}>
              继续填写
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Dialog>
  );
}
