import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ChangedText } from '../common/ChangedText.tsx';
import { changeExcerpts } from '../common/change-excerpt.ts';
import { IMPORT_ACTION_LABELS } from './item-options.ts';
import type { ItemImportAction, ItemImportRow } from './item-types.ts';

const ACTION_COLORS = {
  new: 'success',
  update: 'primary',
  restore: 'warning',
  unchanged: 'default',
} as const satisfies Record<ItemImportAction, string>;

function Changes({ row }: { row: ItemImportRow }) {
  if (row.action === 'new') return <span>新的抽查事项</span>;
  if (row.changes.length === 0)
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {row.action === 'restore' ? '恢复已停用的事项' : '与现有内容相同'}
      </Box>
    );
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {row.changes.map((change) => {
        const [before, after] = changeExcerpts(change.before, change.after);
        return (
          <li key={change.field}>
            <strong>{change.label}</strong>：<ChangedText text={change.before} excerpt={before} />
            <Box component="span" sx={{ mx: 0.75, color: 'primary.main' }}>
              →
            </Box>
            <ChangedText text={change.after} excerpt={after} />
          </li>
        );
      })}
    </Box>
  );
}

/** The rows of the file and what importing each would do; for updates, before → after. */
export function ImportRowsTable({ rows }: { rows: ItemImportRow[] }) {
  return (
    <TableContainer sx={{ flexShrink: 0, maxHeight: 340, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label="导入的行">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>行</TableCell>
            <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>序号</TableCell>
            <TableCell sx={{ width: '28%' }}>抽查事项</TableCell>
            <TableCell sx={{ width: 72, whiteSpace: 'nowrap' }}>处理</TableCell>
            <TableCell>变化</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.row} data-action={row.action}>
              <TableCell>{row.row}</TableCell>
              <TableCell>{row.seq}</TableCell>
              <TableCell>{row.name}</TableCell>
              <TableCell>
                <Chip size="small" color={ACTION_COLORS[row.action]} label={IMPORT_ACTION_LABELS[row.action]} />
              </TableCell>
              <TableCell>
                <Changes row={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
