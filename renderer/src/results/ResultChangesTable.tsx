import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ChangedText } from '../common/ChangedText.tsx';
import { changeExcerpts } from '../common/change-excerpt.ts';
import { ResultImportEntityCell } from './ResultImportEntityCell.tsx';
import type { ResultFieldChange, ResultImportRow } from './result-import-types.ts';

/** Free text, where a change may sit deep inside: shown as an excerpt around it, marked. */
const LONG_TEXT = new Set(['findings', 'notes']);

/** One side of a change: short values whole (all of it changed), long texts as a marked excerpt. */
function ChangeValue({ change, side }: { change: ResultFieldChange; side: 'old' | 'new' }) {
  const text = change[side];
  if (LONG_TEXT.has(change.field)) {
    const [before, after] = changeExcerpts(change.old, change.new, 40);
    return <ChangedText text={text} excerpt={side === 'old' ? before : after} />;
  }
  return text ? (
    <span>{text}</span>
  ) : (
    <Box component="span" sx={{ color: 'text.disabled' }}>
      （空）
    </Box>
  );
}

/**
 * Every changed result, one line per changed field: 原值 and 新值 side by side, so the clerk sees what 确认导入 overwrites before anything is written.
 */
export function ResultChangesTable({ rows }: { rows: ResultImportRow[] }) {
  return (
    <TableContainer sx={{ maxHeight: 300, border: 1, borderColor: 'divider', borderRadius: 1, flexShrink: 0 }}>
      <Table size="small" stickyHeader aria-label="更改的结果">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56, whiteSpace: 'nowrap' }}>行号</TableCell>
            <TableCell sx={{ width: 230 }}>检查对象</TableCell>
            <TableCell sx={{ width: 104, whiteSpace: 'nowrap' }}>项目</TableCell>
            <TableCell>原值</TableCell>
            <TableCell sx={{ width: 24, px: 0 }} />
            <TableCell>新值</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.flatMap((row) =>
            row.changes.map((change, i) => (
              <TableRow key={`${row.row}-${change.label}`} data-row={row.row} data-field={change.field}>
                {i === 0 && (
                  <TableCell rowSpan={row.changes.length} sx={{ verticalAlign: 'top' }}>
                    {row.row}
                  </TableCell>
                )}
                {i === 0 && <ResultImportEntityCell row={row} rowSpan={row.changes.length} />}
                <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{change.label}</TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>
                  <ChangeValue change={change} side="old" />
                </TableCell>
                <TableCell sx={{ px: 0, color: 'text.secondary' }} aria-hidden>
                  →
                </TableCell>
                <TableCell sx={{ fontWeight: 500 }}>
                  <ChangeValue change={change} side="new" />
                </TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
