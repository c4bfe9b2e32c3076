import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** What the entered result says about its 后续处置's end. */
export interface Closure {
  disposal: string;
  closed: boolean;
  closedOn: string | null;
  closureNotes: string;
}

/**
 * 是否完结 / 完结日期 / 完结情况 of the entered 后续处置, read-only: a disposal is closed from the
 * 待办 list (登记完结), not here; changing the 后续处置 starts its closure again.
 */
export function ClosureFacts({ closure, disposalChanged }: { closure: Closure; disposalChanged: boolean }) {
  if (closure.disposal === '') return null;
  const fact = (label: string, value: string) => (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, mr: 1.5 }}>
      <Typography component="span" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="span" variant="caption">
        {value}
      </Typography>
    </Box>
  );
  return (
    <Box aria-label="完结情况" data-testid="closure-facts" sx={{ mt: -1, px: 1.75, lineHeight: 1.6 }}>
      {fact('是否完结', closure.closed ? '已完结' : '未完结')}
      {closure.closed && fact('完结日期', closure.closedOn ?? '—')}
      {closure.closureNotes && fact('完结情况', closure.closureNotes)}
      <Typography variant="caption" color={disposalChanged ? 'warning.main' : 'text.secondary'} component="div">
        {disposalChanged ? '后续处置已更改：保存后完结情况重新计算。' : closure.closed ? '' : '完结后在“待办”中登记完结。'}
      </Typography>
    </Box>
  );
}
