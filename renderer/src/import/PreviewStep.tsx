import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Typography from '@mui/material/Typography';
import { JobView, doneResult } from './JobView.tsx';
import { OutcomeHeadline } from './OutcomeHeadline.tsx';
import { PreviewRowsTable } from './PreviewRowsTable.tsx';
import { OutcomeTables } from './OutcomeTables.tsx';
import type { ImportResult } from './import-types.ts';
import type { ImportWizardState } from './use-import-wizard.ts';

interface PreviewStepProps {
  wizard: ImportWizardState;
  onReport: (jobId: string, result: ImportResult) => void;
  onClose: () => void;
}

function PreviewBody({ result }: { result: ImportResult }) {
  return (
    <>
      <OutcomeHeadline result={result} />
      <Typography variant="subtitle2" color="text.secondary">
        文件的前 {result.preview.length} 行，按文件原样显示（红色单元格有问题，橙色单元格有提示，鼠标停在上面可看原因）
      </Typography>
      <PreviewRowsTable result={result} />
      <OutcomeTables result={result} />
    </>
  );
}

/** Step 4: the very same import run and rolled back; its counts are what 确认导入 will do. */
export function PreviewStep({ wizard, onReport, onClose }: PreviewStepProps) {
  const { preview } = wizard;
  const result = doneResult(preview);
  const running = !preview.error && (preview.status === null || preview.status.state === 'running');
  const stopped = !running && !result;
  return (
    <>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <JobView job={preview} runningTitle="正在预览：逐行检查文件，不写入数据">
          {(done) => <PreviewBody result={done} />}
        </JobView>
      </DialogContent>
      <DialogActions>
        {/* While it runs, the progress's own 取消 is the only way out (one 取消, one meaning). */}
        {!running && <Button onClick={onClose}>关闭</Button>}
        {!running && <Button onClick={result && result.values.length === 0 ? wizard.toMapping : wizard.toValues}>上一步</Button>}
        {stopped && <Button onClick={wizard.rerunPreview}>重新预览</Button>}
        {result && result.errors.length > 0 && preview.status && (
          <Button onClick={() => onReport(preview.status!.id, result)}>下载错误报告</Button>
        )}
        <Button variant="contained" disabled={!result} onClick={wizard.startCommit}>
          确认导入
        </Button>
      </DialogActions>
    </>
  );
}
