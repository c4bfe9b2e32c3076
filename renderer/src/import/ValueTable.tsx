import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatCount } from '../common/format-time.ts';
import type { ValueReport, ValueSource } from './import-types.ts';

const SOURCE_CHIPS: Record<ValueSource | 'edited', { label: string; color: 'default' | 'info' | 'success' | 'error' | 'primary' }> = {
  builtin: { label: '按常见写法', color: 'default' },
  remembered: { label: '上次的选择', color: 'info' },
  chosen: { label: '本次指定', color: 'primary' },
  edited: { label: '已修改，待重新检查', color: 'primary' },
  unknown: { label: '无法识别', color: 'error' },
};

/** The empty choice's value in the menu ('' cannot tell "not chosen" from "leave empty"). */
const BLANK = '__blank__';
/** What the menu shows for a value nobody mapped and the clerk has not chosen yet. */
const UNCHOSEN = '__unchosen__';

interface ValueTableProps {
  report: ValueReport;
  /** The clerk's choices for this field since the preview ran, by folded key. */
  edits: Record<string, string> | undefined;
  onChange: (key: string, value: string) => void;
}

/** One enumerated column: each value the file writes, how many rows, and what it is stored as. */
export function ValueTable({ report, edits, onChange }: ValueTableProps) {
  const unknown = report.entries.filter((e) => e.source === 'unknown' && edits?.[e.key] === undefined).length;
  return (
    <Box data-testid={`values-${report.field}`}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, mb: 0.5 }}>
        <Typography variant="subtitle2">{report.label}</Typography>
        <Typography variant="body2" color="text.secondary">
          文件中的“{report.column}”列，{report.entries.length + report.more} 种写法
        </Typography>
        {unknown > 0 && (
          <Typography variant="body2" color="error.main">
            {unknown} 种无法识别：不选择时{report.unknownRule}
          </Typography>
        )}
      </Box>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, flexShrink: 0 }}>
        <Table size="small" stickyHeader aria-label={`${report.label}的取值`} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell>文件中的写法</TableCell>
              <TableCell sx={{ width: 80 }} align="right">
                行数
              </TableCell>
              <TableCell sx={{ width: 100 }}>首次出现</TableCell>
              <TableCell sx={{ width: 320 }}>导入为</TableCell>
              <TableCell sx={{ width: 180 }}>依据</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.entries.map((e) => {
              const edited = edits?.[e.key];
              const value = edited ?? e.value;
              // Choosing for an unknown value is a change even when it picks what it would have been.
              const source = edited === undefined || (edited === e.value && e.source !== 'unknown') ? e.source : 'edited';
              const chip = SOURCE_CHIPS[source];
              const unmapped = source === 'unknown';
              const shown = unmapped ? UNCHOSEN : value === '' ? BLANK : value;
              return (
                <TableRow key={e.key} data-value={e.raw} sx={unmapped ? { bgcolor: '#fdecea' } : undefined}>
                  <TableCell sx={{ fontWeight: 500 }}>{e.raw}</TableCell>
                  <TableCell align="right">{formatCount(e.count)}</TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>第 {e.firstRow} 行</TableCell>
                  <TableCell sx={{ py: 0.25 }}>
                    <TextField
                      select
                      size="small"
                      fullWidth
                      value={shown}
                      onChange={(ev) => onChange(e.key, ev.target.value === BLANK ? '' : ev.target.value)}
                      slotProps={{ htmlInput: { 'aria-label': `“${e.raw}”导入为` } }}
                      error={unmapped}
                    >
                      {unmapped && (
                        <MenuItem value={UNCHOSEN} disabled>
                          未选择（{report.unknownRule}）
                        </MenuItem>
                      )}
                      {report.options.map((o) => (
                        <MenuItem key={o} value={o}>
                          {report.optionLabels[o] ?? o}
                        </MenuItem>
                      ))}
                      {report.blankLabel !== null && <MenuItem value={BLANK}>（空：{report.blankLabel}）</MenuItem>}
                    </TextField>
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={chip.label} color={chip.color} variant={source === 'builtin' ? 'outlined' : 'filled'} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {report.more > 0 && (
        <Typography variant="body2" color="text.secondary">
          另有 {formatCount(report.more)} 种写法未列出：这一列的取值过多，可能对应错了列。
        </Typography>
      )}
    </Box>
  );
}
