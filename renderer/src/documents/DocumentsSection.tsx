import { useEffect, useRef, useState } from 'react';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { api, files } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { DrawRecord, Task } from '../tasks/task-types.ts';
import { PublicationDocButtons } from '../results/PublicationDocButtons.tsx';
import { FolderDialog } from './FolderDialog.tsx';
import { GsxtExportButton } from './GsxtExportButton.tsx';
import { MaterialsEditor } from './MaterialsEditor.tsx';
import { PDF, XLSX, canPrint, printOrOpen, saveDocument } from './save-document.ts';
import { useDocJob } from './use-doc-job.ts';

type BatchKind = 'notices' | 'sheets';
const BATCH_LABEL: Record<BatchKind, string> = { notices: '检查通知书', sheets: '随机抽查情况记录表' };

interface Batch {
  kind: BatchKind;
  /** Each entity its own PDF in a folder (Electron); otherwise one combined PDF. */
  perEntity: boolean;
}

/** A single written file the clerk may print (or open) next. */
interface Written {
  label: string;
  path: string;
  pdf: boolean;
}

/** 文书 of a drawn task: notices, record sheets, the draw record and the 公示, and the materials list. */
export function DocumentsSection({ task, live }: { task: Task; live: DrawRecord }) {
  const job = useDocJob();
  const [batch, setBatch] = useState<Batch | null>(null);
  const [asking, setAsking] = useState<BatchKind | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [numbers, setNumbers] = useState<string | null>(null);
  const delivered = useRef<string | null>(null);
  // In Electron the door can show a folder; in the browser there is none, so batches are combined.
  const folders = files.reveal !== undefined;
  const running = job.status?.state === 'running' || (batch !== null && job.status === null && job.error === null);
  const total = live.selected.length;
  const name = (what: string, ext: string) => `${task.code} ${what}.${ext}`;

  // A finished batch: the combined PDF is handed over once, and the notices' 文号 range shown.
  const status = job.status;
  useEffect(() => {
    if (status?.state !== 'done' || !status.result || delivered.current === status.id) return;
    delivered.current = status.id;
    const combined = status.result.combinedPath;
    if (combined) files.deliver(combined).catch(setError);
    setNumbers(status.result.docNumbers);
  }, [status]);

  function reset() {
    setError(null);
    setWritten(null);
    setNumbers(null);
    job.clear();
  }

  async function single(label: string, defaultName: string, pdf: boolean, write: (path: string) => Promise<unknown>) {
    reset();
    setBatch(null);
    try {
      const path = await saveDocument(`保存${label}`, defaultName, pdf ? PDF : XLSX, write);
      if (path) setWritten({ label, path, pdf });
    } catch (err) {
      setError(err);
    }
  }

  async function combinedBatch(kind: BatchKind, perEntity: boolean) {
    reset();
    let path: string | null;
    try {
      path = await files.pickSave({ title: `保存${BATCH_LABEL[kind]}（合并）`, defaultName: name(BATCH_LABEL[kind], 'pdf'), filters: PDF });
    } catch (err) {
      return setError(err);
    }
    if (path === null) return;
    setBatch({ kind, perEntity });
    const combinedPath = path;
    void job.start(() => api.run(kind === 'notices' ? 'docs:notices' : 'docs:sheets', { taskId: task.id, combinedPath }));
  }

  function folderBatch(kind: BatchKind, outDir: string) {
    reset();
    setAsking(null);
    setBatch({ kind, perEntity: true });
    void job.start(() => api.run(kind === 'notices' ? 'docs:notices' : 'docs:sheets', { taskId: task.id, outDir }));
  }

  const perEntityNotices = () => (folders ? setAsking('notices') : void combinedBatch('notices', true));
  const result = status?.state === 'done' ? status.result : null;
  const done = status?.progress.rows ?? 0;

  return (
    <Paper variant="outlined" component="section" aria-label="文书" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        文书
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <Button variant="contained" startIcon={<PrintIcon />} disabled={running} onClick={() => void combinedBatch('notices', false)}>
          检查通知书（合并打印）
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} disabled={running} onClick={perEntityNotices}>
          检查通知书（每户一个文件）
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} disabled={running} onClick={() => void combinedBatch('sheets', false)}>
          随机抽查情况记录表（合并）
        </Button>
        <Button
          variant="outlined"
          startIcon={<PictureAsPdfIcon />}
          disabled={running}
          onClick={() =>
            void single('随机抽取记录', name(`随机抽取记录 #${live.id}`, 'pdf'), true, (path) =>
              api.run('docs:record', { drawId: live.id, path }),
            )
          }
        >
          随机抽取记录
        </Button>
        <PublicationDocButtons
          taskId={task.id}
          disabled={running}
          save={(label, pdf, write) => void single(label, name(label, pdf ? 'pdf' : 'xlsx'), pdf, write)}
        />
        <GsxtExportButton task={task} disabled={running} />
      </Box>

      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, mb: 2 }}>
        <ErrorAlert error={error} onClose={() => setError(null)} />
        <ErrorAlert error={job.error} />
        {batch && running && (
          <Box role="status" aria-label="文书生成进度" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Box sx={{ flex: 1 }}>
              <Typography variant="body2" sx={{ mb: 0.5 }}>
                正在生成{BATCH_LABEL[batch.kind]}：{Math.min(done, total)} / {total} 户
              </Typography>
              <LinearProgress
                variant="determinate"
                value={total ? (Math.min(done, total) / total) * 100 : 0}
                aria-label={`正在生成${BATCH_LABEL[batch.kind]}`}
                sx={{ height: 8, borderRadius: 4 }}
              />
            </Box>
            <Button variant="outlined" color="warning" onClick={job.cancel} disabled={job.cancelRequested}>
              {job.cancelRequested ? '正在取消…' : '取消'}
            </Button>
          </Box>
        )}
        {batch && status?.state === 'failed' && <ErrorAlert error={status.error ?? '文书未能生成。'} />}
        {batch && status?.state === 'cancelled' && (
          <Alert severity="info" onClose={reset}>
            已取消，未保存任何{BATCH_LABEL[batch.kind]}，也未编发文号。
          </Alert>
        )}
        {batch && result && (
          <Alert
            severity="success"
            data-testid="batch-done"
            onClose={reset}
            action={
              result.folder && files.reveal ? (
                <Button color="inherit" startIcon={<FolderOpenIcon />} onClick={() => files.reveal!(result.folder!).catch(setError)}>
                  打开文件夹
                </Button>
              ) : result.combinedPath ? (
                <Button color="inherit" startIcon={<PrintIcon />} onClick={() => printOrOpen(result.combinedPath!).catch(setError)}>
                  {canPrint() ? '打印' : '打开 PDF'}
                </Button>
              ) : undefined
            }
          >
            已生成{BATCH_LABEL[batch.kind]} {result.count} 份
            {result.folder ? `（每户一个文件，保存在 ${result.folder}）` : '（合并为一个 PDF）'}
            {numbers && (
              <Box component="span" data-testid="batch-numbers">
                ，文号 {numbers}
              </Box>
            )}
            。
            {batch.perEntity && !result.folder && (
              <Box component="span" sx={{ display: 'block', fontSize: '0.85em', opacity: 0.85 }}>
                浏览器中不能保存到文件夹，已合并为一个 PDF 下载；在桌面程序中可每户保存一个文件。
              </Box>
            )}
          </Alert>
        )}
        {written && (
          <Alert
            severity="success"
            onClose={() => setWritten(null)}
            action={
              written.pdf ? (
                <Button color="inherit" startIcon={<PrintIcon />} onClick={() => printOrOpen(written.path).catch(setError)}>
                  {canPrint() ? '打印' : '打开 PDF'}
                </Button>
              ) : undefined
            }
          >
            已保存{written.label}
            {written.pdf ? '' : '（Excel）'}。
          </Alert>
        )}
      </Box>

      <MaterialsEditor taskId={task.id} />
      {asking && (
        <FolderDialog
          title={`${BATCH_LABEL[asking]}：每户一个文件`}
          onClose={() => setAsking(null)}
          onChosen={(dir) => folderBatch(asking, dir)}
        />
      )}
    </Paper>
  );
}
