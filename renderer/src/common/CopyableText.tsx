import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';

/**
 * A long code (随机种子, 指纹) in a fixed-width font, exactly as stored: a triple click selects
 * it whole, and the button copies it.
 */
export function CopyableText({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
      <Box
        component="code"
        data-testid={testId}
        aria-label={label}
        sx={{
          fontFamily: 'Consolas, "Courier New", monospace',
          fontSize: '0.9em',
          wordBreak: 'break-all',
          bgcolor: 'action.hover',
          px: 0.75,
          py: 0.25,
          borderRadius: 0.5,
          lineHeight: 1.7,
        }}
      >
        {text}
      </Box>
      <Tooltip title={copied ? '已复制' : `复制${label}`}>
        <IconButton size="small" aria-label={`复制${label}`} onClick={copy}>
          {copied ? <CheckIcon fontSize="small" color="success" /> : <ContentCopyIcon fontSize="small" />}
        </IconButton>
      </Tooltip>
    </Box>
  );
}
