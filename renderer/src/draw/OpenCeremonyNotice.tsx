import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Ceremony } from '../../../electron/api/types.ts';
import { formatDateTime } from '../common/format-time.ts';
import { CommitmentDisplay } from './CommitmentDisplay.tsx';

interface OpenCeremonyNoticeProps {
  ceremony: Ceremony;
  onContinue: () => void;
  onAbandon: () => void;
}

/**
 * A start left open (the window was closed, another clerk started it): its commitment, and the
 * choice to let the 监督人 type his digits for it, or to give it up and start anew.
 */
export function OpenCeremonyNotice({ ceremony, onContinue, onAbandon }: OpenCeremonyNoticeProps) {
  return (
    <Alert severity="warning" role="region" aria-label="未完成的开始抽取" icon={false} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>本任务有一次开始抽取尚未完成</AlertTitle>
      <Box sx={{ mb: 1.5 }}>
        {formatDateTime(ceremony.startedAt)} 由操作人 {ceremony.operator} 开始，监督人 {ceremony.witness} 在场，承诺值如下。如果
        {ceremony.witness}
        已记下这串承诺值，可以继续这次抽取，由他本人输入随机数；如监督人已换人或没有记下，请放弃它并重新开始（放弃的这次仍留在记录中）。
      </Box>
      <CommitmentDisplay commitment={ceremony.commitment} />
      <Box sx={{ display: 'flex', gap: 1.5, mt: 1.5 }}>
        <Button variant="contained" onClick={onContinue}>
          继续这次抽取
        </Button>
        <Button color="error" onClick={onAbandon}>
          放弃这次，重新开始…
        </Button>
      </Box>
    </Alert>
  );
}
