import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { errorParts } from '../api/api-error.ts';

/** A failed call's message (and 参考号) where the failure happened; nothing when there is none. */
export function ErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  if (error === null || error === undefined) return null;
  const { message, ref } = typeof error === 'string' ? { message: error, ref: null } : errorParts(error);
  return (
    <Alert severity="error" role="alert" {...(onClose ? { onClose } : {})} sx={{ whiteSpace: 'pre-wrap' }}>
      {message}
      {ref && (
        <Box component="span" sx={{ ml: 1, opacity: 0.7, fontSize: '0.85em', whiteSpace: 'nowrap' }}>
          参考号 {ref}
        </Box>
      )}
    </Alert>
  );
}
