import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { EntityImportOptions } from './EntityImportOptions.tsx';
import { FileSummary } from './FileSummary.tsx';
import { InspectorImportOptions } from './InspectorImportOptions.tsx';
import { SampleTable } from './SampleTable.tsx';
import type { ImportInspection } from './import-types.ts';
import type { ImportWizardState } from './use-import-wizard.ts';

interface MappingStepProps {
  wizard: ImportWizardState & { inspection: ImportInspection };
  /** Existing roster names (entities only). */
  rosters: string[] | null;
  onClose: () => void;
}

/** Step 2: which column fills which field, checked against the file's first rows. */
export function MappingStep({ wizard, rosters, onClose }: MappingStepProps) {
  const { inspection, missing } = wizard;
  return (
    <>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <FileSummary inspection={inspection} reading={wizard.reading} onSheet={wizard.chooseSheet} onOtherFile={wizard.toFile} />
        <ErrorAlert error={wizard.error} />
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
          <Typography variant="subtitle2" color="text.secondary">
            每一项取自文件的哪一列
          </Typography>
          <Typography variant="body2" color={inspection.remembered ? 'success.dark' : 'text.secondary'} data-testid="mapping-hint">
            {inspection.remembered
              ? '已按上次相同表头的对应关系填好，请核对。'
              : '已按列名自动对应，请对照下方文件内容核对；不需要的项选“（不导入）”。'}
          </Typography>
        </Box>
        {missing.length > 0 && <Alert severity="warning">请为{missing.map((m) => `“${m}”`).join('、')}选择文件中对应的列。</Alert>}
        <ColumnMappingFields inspection={inspection} columns={wizard.columns} onChange={wizard.setColumn} />
        {rosters && <EntityImportOptions options={wizard.options} rosters={rosters} onChange={wizard.setOptions} />}
        {wizard.kind === 'inspectors' && (
          <InspectorImportOptions
            hasDepartmentColumn={wizard.columns.departmentId !== undefined}
            departmentId={wizard.departmentId}
            onChange={wizard.setDepartmentId}
          />
        )}
        <Box>
          <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 0.5 }}>
            文件中的前 {inspection.sample.length} 行（表头在第 {inspection.headerRow} 行）
          </Typography>
          <SampleTable inspection={inspection} columns={wizard.columns} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={missing.length > 0 || wizard.reading} onClick={wizard.startValues}>
          下一步：核对取值
        </Button>
      </DialogActions>
    </>
  );
}
