import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { useNotify } from '../common/notify.tsx';

/** The task's “需要准备的资料”: one entry a line, printed numbered in each 检查通知书. */
export function MaterialsEditor({ taskId }: { taskId: number }) {
  const notify = useNotify();
  const [text, setText] = useState('');
  const [custom, setCustom] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [confirming, setConfirming] = useState(false);

  const show = (m: { list: string[]; custom: boolean }) => {
    setText(m.list.join('\n'));
    setCustom(m.custom);
    setError(null);
  };
  useEffect(() => {
    api.run('docs:materials', { taskId }).then(show, (err: unknown) => setError(asApiCallError(err)));
  }, [taskId]);

  async function save(list: string[] | null) {
    try {
      show(await api.run('docs:saveMaterials', { taskId, list }));
      notify.success(list === null ? '已恢复默认的资料清单' : '需要准备的资料已保存');
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  const reason = error ? (Object.values(error.fields)[0] ?? error.message) : undefined;
  return (
    <Box component="section" aria-label="需要准备的资料">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle2" component="h3" color="primary">
          需要准备的资料
        </Typography>
        <Chip size="small" label={custom ? '本任务已修改' : '默认清单'} variant="outlined" />
      </Box>
      <TextField
        multiline
        minRows={3}
        maxRows={10}
        fullWidth
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={Boolean(reason)}
        helperText={reason ?? '每行一项，通知书中自动编号。'}
        slotProps={{ htmlInput: { 'aria-label': '需要准备的资料' } }}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, mt: 1 }}>
        <Button disabled={!custom} onClick={() => setConfirming(true)}>
          恢复默认
        </Button>
        <Button
          variant="contained"
          onClick={() =>
            void save(
              text
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean),
            )
          }
        >
          保存资料清单
        </Button>
      </Box>
      <ConfirmDialog
        open={confirming}
        title="恢复默认的资料清单"
        confirmLabel="恢复默认"
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void save(null);
        }}
      >
        本任务修改过的“需要准备的资料”将被默认清单替换。
      </ConfirmDialog>
    </Box>
  );
}
