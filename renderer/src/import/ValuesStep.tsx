import { useEffect } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import { JobView, doneResult } from './JobView.tsx';
import { ValueTable } from './ValueTable.tsx';
import type { ImportResult } from './import-types.ts';
import type { ImportWizardState } from './use-import-wizard.ts';

function ValuesBody({ result, wizard }: { result: ImportResult; wizard: ImportWizardState }) {
  if (result.values.length === 0) {
    return (
      <Alert severity="success" data-testid="values-none">
        文件中没有需要核对取值的列（如信用风险分类、登记状态、主体类型、人员状态），可以直接预览。
      </Alert>
    );
  }
  const unknown = result.values.flatMap((v) =>
    v.entries.filter((e) => e.source === 'unknown' && wizard.valueMaps[v.field]?.[e.key] === undefined),
  );
  return (
    <>
      <Alert severity={unknown.length > 0 ? 'warning' : 'info'} data-testid="values-hint">
        {unknown.length > 0
          ? `有 ${unknown.length} 种写法无法识别（红色），请选择导入为什么。不选择时这些行照常导入，该项按表格上方的说明处理，预览中会给出提示。`
          : '文件中每一种写法都已对应好，请核对。'}
        您改过的对应会被记住，下次导入同样的写法时自动采用。
      </Alert>
      {wizard.valuesChanged && <Alert severity="info">已修改对应关系，下一步将按新的对应重新检查全部行。</Alert>}
      {result.values.map((report) => (
        <ValueTable
          key={report.field}
          report={report}
          edits={wizard.valueMaps[report.field]}
          onChange={(key, value) => wizard.setValue(report.field, key, value)}
        />
      ))}
    </>
  );
}

/** Step 3: every value the enumerated columns hold, and what each will be stored as. */
export function ValuesStep({ wizard, onClose }: { wizard: ImportWizardState; onClose: () => void }) {
  const { preview } = wizard;
  const result = doneResult(preview);
  // Nothing to check (a 回避 list, a roster without such columns): the same run is the preview.
  const nothingToCheck = result !== null && result.values.length === 0;
  useEffect(() => {
    if (nothingToCheck) wizard.startPreview();
  }, [nothingToCheck]);
  const running = !preview.error && (preview.status === null || preview.status.state === 'running');
  return (
    <>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <JobView job={preview} runningTitle="正在读取全部行，汇总各列的取值（不写入数据）">
          {(done) => <ValuesBody result={done} wizard={wizard} />}
        </JobView>
      </DialogContent>
      <DialogActions>
        {!running && <Button onClick={onClose}>关闭</Button>}
        {!running && <Button onClick={wizard.toMapping}>上一步</Button>}
        {!running && !result && <Button onClick={wizard.rerunPreview}>重新读取</Button>}
        <Button variant="contained" disabled={!result} onClick={wizard.startPreview}>
          下一步：预览
        </Button>
      </DialogActions>
    </>
  );
}
