import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { StatsRow } from '../../../electron/api/types.ts';
import { formatCount, formatRate } from '../common/format-time.ts';

/** A bar as wide as the share, drawn with plain CSS (no chart library). */
function Bar({ share, color, label }: { share: number; color: string; label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box sx={{ flex: 1, height: 10, bgcolor: 'action.hover', borderRadius: 5, overflow: 'hidden' }} aria-hidden>
        <Box sx={{ width: `${Math.max(share * 100, share > 0 ? 2 : 0)}%`, height: '100%', bgcolor: color, borderRadius: 5 }} />
      </Box>
      <Box component="span" sx={{ width: 56, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {label}
      </Box>
    </Box>
  );
}

/** One dimension: 已检查户数 (bar against the largest), 发现问题户数 and the problem rate (bar). */
export function StatsTable({ rows, keyLabel }: { rows: StatsRow[]; keyLabel: string }) {
  const most = Math.max(1, ...rows.map((r) => r.inspected));
  return (
    <TableContainer sx={{ bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={`按${keyLabel}统计`}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>{keyLabel}</TableCell>
            <TableCell sx={{ fontWeight: 600, width: 240 }}>已检查户数</TableCell>
            <TableCell sx={{ fontWeight: 600, width: 120 }} align="right">
              发现问题户数
            </TableCell>
            <TableCell sx={{ fontWeight: 600, width: 240 }}>问题发现率</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={4} sx={{ color: 'text.secondary', py: 3, textAlign: 'center' }}>
                还没有录入检查结果，暂无统计。
              </TableCell>
            </TableRow>
          )}
          {rows.map((r) => (
            <TableRow key={r.key} data-key={r.key}>
              <TableCell>{r.key}</TableCell>
              <TableCell>
                <Bar share={r.inspected / most} color="primary.main" label={formatCount(r.inspected)} />
              </TableCell>
              <TableCell align="right">{formatCount(r.withProblems)}</TableCell>
              <TableCell>
                <Bar share={r.problemRate} color="warning.main" label={formatRate(r.problemRate)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
