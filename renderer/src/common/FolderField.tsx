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
 * A folder: chosen with the system's folder chooser where the program has one (the Windows
 * program), or pasted from Explorer's address bar (the browser preview, which cannot name a
 * folder on the host's disk). Either way the path stays visible and editable.
 */
export function FolderField({ label, chooserTitle, value, onChange, helperText, error, onKeyDown }: FolderFieldProps) {
  const notify = useNotify();
  const pick = files.pickFolder;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        autoFocus={!pick}
        fullWidth
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error ?? false}
        helperText={helperText}
        onKeyDown={onKeyDown}
      />
      {pick && (
        <Button
          variant="outlined"
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
