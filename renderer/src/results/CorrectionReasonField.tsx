import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import type { TaskResultRow } from './result-types.ts';

/**
 * A published result changes only as a 更正: the form asks for the reason (the core refuses the
 * change without it, field `correctionReason`) and says a 更正公示 follows once it is reviewed.
 */
export function CorrectionReasonField(props: {
  row: TaskResultRow;
  value: string;
  onChange: (v: string) => void;
  reason?: string | undefined;
}) {
  const published = props.row.result?.publishedOn;
  if (!published) return null;
  const pending = props.row.result?.correctionReason;
  return (
    <Alert severity="warning" sx={{ mb: 1.5, '& .MuiAlert-message': { width: '100%' } }} data-testid="correction-notice">
      该检查结果已于 {published} 公示。修改即为更正：请写明更正理由，保存后经审核，再在“公示期限”中生成更正公示。
      {pending && <div>待更正公示（理由：{pending}）</div>}
      <TextField
        label="更正理由"
        required
        size="small"
        fullWidth
        sx={{ mt: 1, bgcolor: 'background.paper' }}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        error={Boolean(props.reason)}
        helperText={props.reason ?? '不超过 200 字，印在更正公示上'}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
    </Alert>
  );
}
