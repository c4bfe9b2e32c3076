import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { PublicationSummary } from '../../../electron/api/types.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { savePublication } from './publication-files.ts';

/** A task's stored publications, oldest first, each saved again as PDF or Excel exactly as published. */
export function PublicationsList({ publications, code }: { publications: readonly PublicationSummary[]; code: string }) {
  const [error, setError] = useState<unknown>(null);
  if (publications.length === 0) return <Typography color="text.secondary">还没有公示。</Typography>;
  const save = (p: PublicationSummary, pdf: boolean) => savePublication(p, code, pdf).catch(setError);
  return (
    <Box>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table size="small" aria-label="公示记录">
        <TableHead>
          <TableRow>
            {['编号', '类型', '公示日期', '户数', '内容哈希', '说明', ''].map((h) => (
              <TableCell key={h} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {publications.map((p) => (
            <TableRow key={p.id} data-testid={`publication-${p.id}`}>
              <TableCell>#{p.id}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.kind}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.publishedOn}</TableCell>
              <TableCell>{p.count}</TableCell>
              <TableCell sx={{ fontFamily: 'Consolas, monospace' }} title={p.contentHash}>
                {p.contentHash.slice(0, 12)}…
              </TableCell>
              <TableCell>{p.correctsId ? `更正 #${p.correctsId}：${p.reason}` : p.actor && `操作人 ${p.actor}`}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" onClick={() => void save(p, true)} aria-label={`公示 #${p.id} 保存 PDF`}>
                  PDF
                </Button>
                <Button size="small" onClick={() => void save(p, false)} aria-label={`公示 #${p.id} 保存 Excel`}>
                  Excel
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
