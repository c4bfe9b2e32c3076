import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface Fact {
  label: string;
  value: string;
}

/** Short labelled facts in two columns (label, value); an empty value reads （未填写）. */
export function FactList({ facts, labelWidth = '7em' }: { facts: Fact[]; labelWidth?: string }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: `${labelWidth} 1fr`, rowGap: 0.75, columnGap: 1, m: 0 }}>
      {facts.map(({ label, value }) => [
        <Typography key={`${label}-k`} component="dt" color="text.secondary">
          {label}
        </Typography>,
        <Typography
          key={`${label}-v`}
          component="dd"
          sx={{ m: 0, wordBreak: 'break-all' }}
          color={value ? 'text.primary' : 'text.disabled'}
        >
          {value || '（未填写）'}
        </Typography>,
      ])}
    </Box>
  );
}
