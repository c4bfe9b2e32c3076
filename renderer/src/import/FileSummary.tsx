import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ImportInspection } from './import-types.ts';

const FORMAT_NAMES = { xlsx: 'Excel 工作簿', xls: 'Excel 97-2003 工作簿', csv: 'CSV 文件' } as const satisfies Record<
  ImportInspection['format'],
  string
>;

interface FileSummaryProps {
  inspection: ImportInspection;
  reading: boolean;
  onSheet: (sheet: string) => void;
  onOtherFile: () => void;
}

/** The chosen file, its sheet (a choice when the workbook has several) and 重新选择文件. */
export function FileSummary({ inspection, reading, onSheet, onOtherFile }: FileSummaryProps) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
      <Typography sx={{ fontWeight: 600 }} data-testid="import-file-name">
        {inspection.fileName}
      </Typography>
      <Typography color="text.secondary">{FORMAT_NAMES[inspection.format]}</Typography>
      {inspection.sheets.length > 1 && (
        <TextField
          select
          label="工作表"
          value={inspection.sheet}
          disabled={reading}
          onChange={(e) => onSheet(e.target.value)}
          sx={{ minWidth: 180 }}
        >
          {inspection.sheets.map((s) => (
            <MenuItem key={s} value={s}>
              {s}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Box sx={{ flex: 1 }} />
      <Button onClick={onOtherFile}>重新选择文件</Button>
    </Box>
  );
}
