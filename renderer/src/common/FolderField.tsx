import type { KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { files } from '../api/client.ts';
import { useNotify } from './notify.tsx';

interface FolderFieldProps {
  label: string;
  /** The title of the system's folder chooser. */
  chooserTitle: string;
  value: string;
  onChange: (folder: string) => void;
  helperText: string;
  error?: boolean;
  onKeyDown?: (e: KeyboardEvent) => void;
}

/**
 * A folder chosen with the system's folder chooser (the Windows program). The path is shown but
 * cannot be typed: the program writes only where the clerk chose in a dialog, never to a path the
 * page made up. A path copied from Explorer can be pasted into the chooser's own address bar.
 */
export function FolderField({ label, chooserTitle, value, onChange, helperText, error, onKeyDown }: FolderFieldProps) {
  const notify = useNotify();
  const pick = files.pickFolder;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        fullWidth
        label={label}
        value={value}
        placeholder="未选择"
        error={error ?? false}
        helperText={helperText}
        onKeyDown={onKeyDown}
        slotProps={{ input: { readOnly: true }, inputLabel: { shrink: true } }}
      />
      {pick && (
        <Button
          variant="outlined"
          autoFocus
          startIcon={<FolderOpenIcon />}
          sx={{ mt: 1, flexShrink: 0 }}
          onClick={() =>
            pick({ title: chooserTitle })
              .then((folder) => folder && onChange(folder))
              .catch(notify.error)
          }
        >
          选择…
        </Button>
      )}
    </Box>
  );
}
