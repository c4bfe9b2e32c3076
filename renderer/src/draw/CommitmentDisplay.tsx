import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { hexGroups } from './witness-digits.ts';

/**
 * The commitment (承诺值) large enough to photograph from the screen and to read aloud: eight
 * numbered groups of eight characters on two lines, in a fixed-width font.
 */
export function CommitmentDisplay({ commitment }: { commitment: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(commitment).then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box
        data-testid="commitment"
        data-value={commitment}
        aria-label={`承诺值 ${commitment}`}
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(4, auto)',
          columnGap: 3,
          rowGap: 0.5,
          px: 2.5,
          py: 1.5,
          border: 2,
          borderColor: 'primary.main',
          borderRadius: 1,
          bgcolor: 'background.paper',
        }}
      >
        {hexGroups(commitment).map((group, i) => (
          <Box key={i} component="span" sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.75 }}>
            <Box component="span" aria-hidden sx={{ fontSize: '0.75rem', color: 'text.secondary', minWidth: '1em', textAlign: 'right' }}>
              {i + 1}
            </Box>
            <Box
              component="code"
              sx={{
                fontFamily: 'Consolas, "Courier New", monospace',
                fontSize: '1.6rem',
                fontWeight: 600,
                letterSpacing: '0.08em',
                color: 'text.primary',
              }}
            >
              {group}
            </Box>
            {/* A space between groups, so the copied or read text keeps the grouping. */}{' '}
          </Box>
        ))}
      </Box>
      <Tooltip title={copied ? '已复制' : '复制承诺值'}>
        <IconButton aria-label="复制承诺值" onClick={copy}>
          {copied ? <CheckIcon color="success" /> : <ContentCopyIcon />}
        </IconButton>
      </Tooltip>
    </Box>
  );
}
