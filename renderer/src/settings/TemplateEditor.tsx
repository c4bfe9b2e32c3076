import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DocumentType } from '../../../electron/api/types.ts';
import type { TemplateInfo } from '../../../electron/api/types.ts';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api, files } from '../api/client.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';

/** 文书模板: the text of each document type, its placeholders, 预览, 保存 and 恢复默认. */
export function TemplateEditor() {
  const notify = useNotify();
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [type, setType] = useState<DocumentType | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiCallError | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    api.run('templates:list', {}).then((list) => {
      setTemplates(list);
      if (list[0]) {
        setType(list[0].type);
        setText(list[0].text);
      }
    }, setLoadError);
  }, []);

  const current = templates.find((t) => t.type === type) ?? null;
  const changed = current !== null && text !== current.text;

  function choose(next: DocumentType) {
    const t = templates.find((x) => x.type === next);
    setType(next);
    setText(t?.text ?? '');
    setError(null);
  }

  function stored(info: TemplateInfo) {
    setTemplates((list) => list.map((t) => (t.type === info.type ? info : t)));
    setText(info.text);
    setError(null);
  }

  function insert(name: string) {
    const el = field.current;
    const token = `{{${name}}}`;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function save() {
    if (!type) return;
    try {
      stored(await api.run('templates:save', { type, text }));
      notify.success(`“${current?.label}”模板已保存`);
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  async function preview() {
    if (!type) return;
    try {
      const path = await files.pickSave({
        title: '预览模板',
        defaultName: `${current?.label ?? '文书'}（预览）.pdf`,
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      });
      if (path === null) return;
      await api.run('templates:preview', { type, text, path });
      setError(null);
      await files.open(path);
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  async function reset() {
    if (!type) return;
    setConfirming(false);
    try {
      stored(await api.run('templates:reset', { type }));
      notify.success(`已恢复“${current?.label}”的默认模板`);
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  // The core names the field for an unknown placeholder; any other refusal is shown there too.
  const reason = error ? (error.fields.text ?? error.message) : undefined;

  return (
    <Paper variant="outlined" component="section" aria-label="文书模板" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        文书模板
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        【】中是文书的各部分，{'{{ }}'} 中是占位符，生成时换成任务和检查对象的内容。改好后可先预览，再保存。
      </Typography>
      <ErrorAlert error={loadError} />
      {current && (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
            <TextField
              select
              label="文书类型"
              value={type ?? ''}
              onChange={(e) => choose(e.target.value as DocumentType)}
              sx={{ minWidth: 260 }}
            >
              {templates.map((t) => (
                <MenuItem key={t.type} value={t.type}>
                  {t.label}
                  {t.custom ? '（已修改）' : ''}
                </MenuItem>
              ))}
            </TextField>
            <Chip
              size="small"
              variant="outlined"
              label={current.custom ? '本局修改的模板' : '默认模板'}
              color={current.custom ? 'primary' : 'default'}
            />
            {changed && <Chip size="small" color="warning" label="有未保存的修改" />}
          </Box>
          <TextField
            multiline
            minRows={10}
            maxRows={14}
            fullWidth
            label="模板内容"
            value={text}
            inputRef={field}
            onChange={(e) => setText(e.target.value)}
            error={Boolean(reason)}
            helperText={
              reason ??
              `必须有的部分：${current.sections
                .filter((s) => s.required)
                .map((s) => `【${s.label}】`)
                .join('')}`
            }
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: '"FangSong", "仿宋", serif', lineHeight: 1.6 } } }}
          />
          <Box component="section" aria-label="可用的占位符">
            <Typography variant="subtitle2" color="primary" sx={{ mb: 0.5 }}>
              可用的占位符（点击插入到光标处）
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
              {current.placeholders.map((p) => (
                <Chip
                  key={p.name}
                  size="small"
                  clickable
                  onClick={() => insert(p.name)}
                  label={
                    <>
                      {p.label}
                      {p.list ? '（列表）' : ''}{' '}
                      <Box component="span" sx={{ fontFamily: 'Consolas, monospace', opacity: 0.7 }}>
                        {`{{${p.name}}}`}
                      </Box>
                    </>
                  }
                />
              ))}
            </Box>
          </Box>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button color="warning" disabled={!current.custom && !changed} onClick={() => setConfirming(true)}>
              恢复默认
            </Button>
            <Box sx={{ flex: 1 }} />
            <Button variant="outlined" onClick={() => void preview()}>
              预览
            </Button>
            <Button variant="contained" disabled={!changed} onClick={() => void save()}>
              保存模板
            </Button>
          </Box>
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        title="恢复默认模板"
        confirmLabel="恢复默认"
        danger
        onClose={() => setConfirming(false)}
        onConfirm={() => void reset()}
      >
        “{current?.label}”将恢复为程序自带的默认模板，本局的修改（包括未保存的修改）将丢失。
      </ConfirmDialog>
    </Paper>
  );
}
