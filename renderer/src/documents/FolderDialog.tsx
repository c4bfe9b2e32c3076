import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { FolderField } from '../common/FolderField.tsx';

/** Asks for the folder the per-entity PDFs go to, chosen with the system's folder chooser. */
export function FolderDialog({ title, onClose, onChosen }: { title: string; onClose: () => void; onChosen: (folder: string) => void }) {
  const [folder, setFolder] = useState('');
  const [touched, setTouched] = useState(false);
  const empty = folder.trim() === '';
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>每户一个 PDF 文件，全部保存到下面的文件夹。文件夹须已经存在。</DialogContentText>
        <FolderField
          label="保存文件夹"
          chooserTitle={title}
          value={folder}
          onChange={setFolder}
          error={touched && empty}
          helperText={touched && empty ? '请选择保存文件夹' : '点“选择…”选择文件夹；复制的路径可粘贴到对话框的地址栏'}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              setTouched(true);
              if (!empty) onChosen(folder.trim());
            }
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          onClick={() => {
            setTouched(true);
            if (!empty) onChosen(folder.trim());
          }}
        >
          生成
        </Button>
      </DialogActions>
    </Dialog>
  );
}
