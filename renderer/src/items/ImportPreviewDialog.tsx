import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';
import { ImportProblemsTable } from './ImportProblemsTable.tsx';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import type { PendingImport } from './use-item-files.ts';

interface ImportPreviewDialogProps {
  pending: PendingImport;
  /** Previews again for another department (the list of that department). */
  onDepartment: (id: number | '') => Promise<void>;
  onApply: () => Promise<void>;
  onCancel: () => void;
}

/** What importing the file would change, before anything is written; 确认导入 writes it. */
export function ImportPreviewDialog({ pending, onDepartment, onApply, onCancel }: ImportPreviewDialogProps) {
  const { preview } = pending;
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { counts, problems } = preview;
  const changes = counts.new + counts.updated + counts.restored;
  const rows = showUnchanged ? preview.rows : preview.rows.filter((r) => r.action !== 'unchanged');

  async function apply() {
    setBusy(true);
    try {
      await onApply();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const count = (label: string, n: number, key: string) => (
    <Box data-testid={`import-count-${key}`} sx={{ px: 2, py: 1, bgcolor: 'action.hover', borderRadius: 1, minWidth: 88 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="div">
        {n}
      </Typography>
    </Box>
  );

  return (
    <Dialog open onClose={onCancel} maxWidth="lg" fullWidth aria-labelledby="import-preview-title">
      <DialogTitle id="import-preview-title">导入预览：{preview.fileName}</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography color="text.secondary">
          工作表“{preview.sheetName}”，表头在第 {preview.headerRow} 行。以下是导入后会发生的变化，现在还没有写入任何内容。
        </Typography>
        <DepartmentSelect
          label="为哪个部门导入"
          value={pending.departmentId}
          onChange={(id) => onDepartment(id).then(() => setError(null), setError)}
          emptyLabel="按文件中的“实施部门”列（没有该列的，新事项归本局，已有事项不变）"
          helperText="导入其他部门自己的事项清单时选择该部门：文件中没有写实施部门的行归该部门"
          sx={{ maxWidth: 560 }}
        />
        <Box sx={{ display: 'flex', gap: 1.5 }}>
          {count('新增', counts.new, 'new')}
          {count('更新', counts.updated, 'updated')}
          {count('恢复', counts.restored, 'restored')}
          {count('不变', counts.unchanged, 'unchanged')}
        </Box>
        {problems.length > 0 && (
          <>
            <Alert severity="error">文件中有 {problems.length} 处问题，不能导入。请按下表修改 Excel 文件，保存后重新导入。</Alert>
            <ImportProblemsTable problems={problems} />
          </>
        )}
        {problems.length === 0 && changes === 0 && <Alert severity="info">文件与现有清单完全相同，没有需要导入的变化。</Alert>}
        {rows.length > 0 && <ImportRowsTable rows={rows} />}
        {counts.unchanged > 0 && (
          <FormControlLabel
            control={<Checkbox checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />}
            label={`也显示不变的 ${counts.unchanged} 行`}
          />
        )}
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button variant="contained" disabled={busy || problems.length > 0 || changes === 0} onClick={apply}>
          确认导入
        </Button>
      </DialogActions>
    </Dialog>
  );
}
