import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import { JobView, doneResult } from './JobView.tsx';
import { OutcomeHeadline } from './OutcomeHeadline.tsx';
import { OutcomeTables } from './OutcomeTables.tsx';
import type { ImportResult } from './import-types.ts';
import type { ImportWizardState } from './use-import-wizard.ts';

interface CommitStepProps {
  wizard: ImportWizardState;
  onReport: (jobId: string, result: ImportResult) => void;
  onClose: () => void;
}

/** Step 5: the import itself, in one transaction; then what it did and the error report. */
export function CommitStep({ wizard, onReport, onClose }: CommitStepProps) {
  const { commit } = wizard;
  const result = doneResult(commit);
  const running = !commit.error && (commit.status === null || commit.status.state === 'running');
  return (
    <>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <JobView job={commit} runningTitle="正在导入：全部读完后一次写入">
          {(done) => (
            <>
              <OutcomeHeadline result={done} />
              <OutcomeTables result={done} />
            </>
          )}
        </JobView>
      </DialogContent>
      <DialogActions>
        {!running && !result && <Button onClick={wizard.toMapping}>返回修改</Button>}
        {result && result.errors.length > 0 && commit.status && (
          <Button variant="outlined" onClick={() => onReport(commit.status!.id, result)}>
            下载错误报告
          </Button>
        )}
        <Button variant="contained" disabled={running} onClick={onClose}>
          {result ? '完成' : '关闭'}
        </Button>
      </DialogActions>
    </>
  );
}
