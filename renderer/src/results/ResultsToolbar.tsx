import DoneAllIcon from '@mui/icons-material/DoneAll';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';

interface ResultsToolbarProps {
  selected: number;
  onBulk: () => void;
  /** Must open the file chooser straight from the click. */
  onImport: () => void;
}

/** 批量设置 for the ticked rows, 从 Excel 导入结果, and how to enter one row. */
export function ResultsToolbar({ selected, onBulk, onImport }: ResultsToolbarProps) {
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button variant="contained" startIcon={<DoneAllIcon />} disabled={selected === 0} onClick={onBulk}>
        批量设置{selected ? `（已选 ${selected} 户）` : ''}
      </Button>
      <Tooltip
        describeChild
        title="Excel 表需有“统一社会信用代码”“检查结果”两列，可另有检查日期、核查方式、后续处置、发现问题、备注、实到执法人员。选择文件后先预览新增、更改（原值和新值）和不能导入的行，确认后才写入。"
      >
        <Button variant="outlined" startIcon={<FileUploadIcon />} onClick={onImport}>
          从 Excel 导入结果
        </Button>
      </Tooltip>
      <Box sx={{ flex: 1 }} />
      <Box sx={{ alignSelf: 'center', color: 'text.secondary', fontSize: '0.85rem' }}>单击一行或按 Enter 录入；勾选多行可批量设置</Box>
    </Box>
  );
}
