import { useEffect, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import type { ResultCode } from '../results/result-types.ts';

/** 检查结果代码表: provinces differ, so the list is the bureau's; a used code can only be 停用. */
export function ResultCodesEditor() {
  const notify = useNotify();
  const [codes, setCodes] = useState<ResultCode[]>([]);
  const [error, setError] = useState<ApiCallError | null>(null);
  // The row just added takes the keyboard focus (and scrolls into view).
  const [added, setAdded] = useState<number | null>(null);
  useEffect(() => {
    api.run('results:codes', {}).then(setCodes, (err: unknown) => setError(asApiCallError(err)));
  }, []);
  const change = (index: number, patch: Partial<ResultCode>) =>
    setCodes((list) => list.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  // The core marks a row's field as `<row>.<field>` (0-based), or the list as a whole as `codes`.
  const reason = (index: number, field: string) => error?.fields[`${index}.${field}`];

  async function save() {
    try {
      setCodes(await api.run('results:saveCodes', { codes }));
      setError(null);
      notify.success('检查结果代码表已保存');
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  const cell = (i: number, field: 'code' | 'label', width?: number) => (
    <TextField
      autoFocus={field === 'code' && i === added}
      value={codes[i]![field]}
      onChange={(e) => change(i, { [field]: e.target.value })}
      error={Boolean(reason(i, field))}
      helperText={reason(i, field)}
      fullWidth={!width}
      sx={width ? { width } : {}}
      slotProps={{ htmlInput: { 'aria-label': `${field === 'code' ? '代码' : '名称'}（第 ${i + 1} 行）` } }}
    />
  );

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="检查结果代码表"
      sx={{ p: 3, display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <Typography variant="h6" component="h2">
        检查结果代码表
      </Typography>
      <Typography color="text.secondary">各省平台的代码不尽相同，可在此增改。已被检查结果使用的代码不能删除，只能停用。</Typography>
      {error && <ErrorAlert error={error.fields.codes ?? error} />}
      <TableContainer sx={{ maxHeight: 420, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label="结果代码">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 96 }}>代码</TableCell>
              <TableCell>名称</TableCell>
              <TableCell sx={{ width: 120, whiteSpace: 'nowrap' }} align="center">
                属于发现问题
              </TableCell>
              <TableCell sx={{ width: 64 }} align="center">
                启用
              </TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {codes.map((c, i) => (
              <TableRow key={i} sx={{ opacity: c.active ? 1 : 0.6 }}>
                <TableCell>{cell(i, 'code', 72)}</TableCell>
                <TableCell>{cell(i, 'label')}</TableCell>
                <TableCell align="center">
                  <Switch
                    size="small"
                    checked={c.problem}
                    onChange={(e) => change(i, { problem: e.target.checked })}
                    slotProps={{ input: { 'aria-label': `${c.code} 属于发现问题` } }}
                  />
                </TableCell>
                <TableCell align="center">
                  <Switch
                    size="small"
                    checked={c.active}
                    onChange={(e) => change(i, { active: e.target.checked })}
                    slotProps={{ input: { 'aria-label': `${c.code} 启用` } }}
                  />
                </TableCell>
                <TableCell>
                  <IconButton
                    size="small"
                    aria-label={`删除代码 ${c.code}`}
                    onClick={() => setCodes((list) => list.filter((_, j) => j !== i))}
                  >
                    <DeleteOutlinedIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => {
            setAdded(codes.length);
            setCodes((list) => [...list, { code: '', label: '', problem: true, active: true }]);
          }}
        >
          添加代码
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" onClick={save}>
          保存代码表
        </Button>
      </Box>
    </Paper>
  );
}
