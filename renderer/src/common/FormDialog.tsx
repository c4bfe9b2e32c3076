import { useId, type FormEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { SxProps, Theme } from '@mui/material/styles';

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
}

/**
 * Every form in a dialog: title, scrolling fields, 取消 and the submit button, Enter submits.
 * The form is a flex column so only the fields scroll: a tall form on a 768-pixel screen keeps
 * its title and buttons in view.
 */
export function FormDialog({ title, maxWidth = 'sm', submitLabel, submitColor = 'primary', busy = false, onSubmit, onClose, contentSx, children, beside }: FormDialogProps) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <Box component="form" noValidate onSubmit={onSubmit} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers sx={contentSx ?? {}}>
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
    </Dialog>
  );
}
