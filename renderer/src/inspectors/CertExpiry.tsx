import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { CERT_MARKS } from './inspector-options.ts';
import type { Inspector } from './inspector-types.ts';

/** The 执法证's expiry date, with 30 天内到期 (amber), 已过期 (red), or 未填写 · 不参与抽取 beside it. */
export function CertExpiry({ inspector }: { inspector: Inspector }) {
  const mark = CERT_MARKS[inspector.certState];
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <span>
        {inspector.certExpiry ?? (
          <Box component="span" sx={{ color: 'text.disabled' }}>
            未填写
          </Box>
        )}
      </span>
      {mark && <Chip size="small" color={mark.color} label={mark.label} data-cert-state={inspector.certState} />}
    </Box>
  );
}
