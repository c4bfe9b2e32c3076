import { useEffect, useState } from 'react';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DocumentFontsInfo } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';

/** 文书字体: which font each part of the documents is printed with, from this PC or bundled. */
export function DocumentFontsCard() {
  const [fonts, setFonts] = useState<DocumentFontsInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.run('docs:fonts', {}).then(setFonts, setError);
  }, []);
  return (
    <Paper variant="outlined" component="section" aria-label="文书字体" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        文书字体
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        生成的通知书、记录表等 PDF 使用下列字体。本机没有的公文字体由程序自带的字体代替。
      </Typography>
      <ErrorAlert error={error} />
      {fonts && (
        <Table size="small" aria-label="文书使用的字体">
          <TableHead>
            <TableRow>
              <TableCell>用途</TableCell>
              <TableCell>字体</TableCell>
              <TableCell>来源</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fonts.roles.map((f) => (
              <TableRow key={f.role}>
                <TableCell>{f.label}</TableCell>
                <TableCell title={f.file}>{f.fontName}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" color={f.source === 'system' ? 'success' : 'default'} label={f.sourceLabel} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
