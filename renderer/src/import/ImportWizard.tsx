import { useEffect } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useNotify } from '../common/notify.tsx';
import { CommitStep } from './CommitStep.tsx';
import { FileStep } from './FileStep.tsx';
import { MappingStep } from './MappingStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { ValuesStep } from './ValuesStep.tsx';
import { downloadReport, downloadTemplate } from './import-downloads.ts';
import { IMPORT_KIND_TEXT } from './import-kinds.ts';
import type { ImportKind, ImportResult } from './import-types.ts';
import { doneResult } from './JobView.tsx';
import { useImportWizard, type WizardStep } from './use-import-wizard.ts';

const STEPS: { step: WizardStep; label: string }[] = [
  { step: 'file', label: '选择文件' },
  { step: 'mapping', label: '核对列' },
  { step: 'values', label: '核对取值' },
  { step: 'preview', label: '预览' },
  { step: 'commit', label: '导入' },
];

interface ImportWizardProps {
  kind: ImportKind;
  /** Existing roster names, offered for entity imports. */
  rosters?: string[];
  onClose: () => void;
  /** A commit finished: the list behind the wizard should reload. */
  onImported: (result: ImportResult) => void;
}

/** The import wizard for entities, inspectors and 回避: file → columns → values → preview → import. */
export function ImportWizard({ kind, rosters = [], onClose, onImported }: ImportWizardProps) {
  const notify = useNotify();
  const wizard = useImportWizard(kind);
  const committed = doneResult(wizard.commit);
  const running = wizard.commit.status?.state === 'running' || wizard.preview.status?.state === 'running';

  useEffect(() => {
    if (committed) onImported(committed);
    // Once per finished commit: `onImported` may be a new function on every render of the page.
  }, [committed]);

  const report = (jobId: string, result: ImportResult) =>
    downloadReport(jobId, result.fileName).then((r) => r && notify.success(`已保存错误报告（${r.count} 行）`), notify.error);
  const template = () => downloadTemplate(kind).then((r) => r && notify.success('已下载导入模板'), notify.error);
  const active = STEPS.findIndex((s) => s.step === wizard.step);
  const { inspection } = wizard;

  return (
    <Dialog
      open
      // While a job runs only its own 取消 stops it; Esc and a click outside do nothing.
      onClose={running ? undefined : onClose}
      maxWidth="lg"
      fullWidth
      aria-labelledby="import-wizard-title"
      slotProps={{ paper: { sx: { height: 'calc(100% - 48px)' } } }}
    >
      <DialogTitle id="import-wizard-title" sx={{ pb: 1 }}>
        {IMPORT_KIND_TEXT[kind].title}
      </DialogTitle>
      <Stepper activeStep={active} sx={{ px: 3, pb: 2 }}>
        {STEPS.map((s) => (
          <Step key={s.step} completed={STEPS.findIndex((x) => x.step === s.step) < active || committed !== null}>
            <StepLabel>{s.label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {wizard.step === 'file' && (
        <FileStep reading={wizard.reading} error={wizard.error} onChoose={wizard.chooseFile} onTemplate={template} onClose={onClose} />
      )}
      {wizard.step === 'mapping' && inspection && (
        <MappingStep wizard={{ ...wizard, inspection }} rosters={kind === 'entities' ? rosters : null} onClose={onClose} />
      )}
      {wizard.step === 'values' && <ValuesStep wizard={wizard} onClose={onClose} />}
      {wizard.step === 'preview' && <PreviewStep wizard={wizard} onReport={report} onClose={onClose} />}
      {wizard.step === 'commit' && <CommitStep wizard={wizard} onReport={report} onClose={onClose} />}
    </Dialog>
  );
}
