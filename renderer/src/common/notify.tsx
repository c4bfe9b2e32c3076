import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { errorText } from '../api/api-error.ts';

interface Note {
  key: number;
  text: string;
  severity: 'success' | 'error';
}

export interface Notify {
  success(text: string): void;
  /** Shows a failure's Chinese message (and 参考号); stays until the clerk closes it. */
  error(err: unknown): void;
}

const NotifyContext = createContext<Notify | null>(null);

/** One snackbar for the whole program: short confirmations, and failures that wait to be read. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [note, setNote] = useState<Note | null>(null);
  const [open, setOpen] = useState(false);
  const show = useCallback((text: string, severity: Note['severity']) => {
    setNote({ key: Date.now(), text, severity });
    setOpen(true);
  }, []);
  const notify = useMemo<Notify>(
    () => ({ success: (text) => show(text, 'success'), error: (err) => show(errorText(err), 'error') }),
    [show],
  );
  // The note stays while the snackbar fades out; only `open` changes.
  const close = () => setOpen(false);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={note?.key}
        open={open}
        onClose={(_event, reason) => reason !== 'clickaway' && close()}
        autoHideDuration={note?.severity === 'error' ? null : 4000}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity={note?.severity ?? 'success'} variant="filled" onClose={close} sx={{ maxWidth: 720 }}>
          {note?.text}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside NotifyProvider');
  return notify;
}
