import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { DrawRecord, Task } from '../tasks/task-types.ts';
import { DrawPrepare } from './DrawPrepare.tsx';
import { DrawRecordView } from './DrawRecordView.tsx';

interface DrawCeremonyProps {
  task: Task;
  live: DrawRecord | null;
  /** Changes whenever the task or its draws were read again. */
  version: number;
  onChanged: () => void;
}

/**
 * 随机抽取 as a small ceremony: first the pool and the people present, with the warning that the
 * draw is recorded at once; then the commitment and the 监督人's digits; then the drawn list with
 * the seed, how it was made, and the pool's fingerprint.
 */
export function DrawCeremony({ task, live, version, onChanged }: DrawCeremonyProps) {
  const section = useRef<HTMLElement>(null);
  const [witnessing, setWitnessing] = useState(false);
  const step = live ? 2 : witnessing ? 1 : 0;
  const wasLive = useRef(live !== null);
  // Right after 开始抽取 the drawn list comes into view, seed and fingerprint first.
  useEffect(() => {
    if (live && !wasLive.current) section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    wasLive.current = live !== null;
  }, [live]);
  return (
    <Paper ref={section} variant="outlined" component="section" aria-label="随机抽取" sx={{ p: 2, scrollMarginTop: 8 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, mb: 2 }}>
        <Typography variant="h6" component="h2" sx={{ flexShrink: 0 }}>
          随机抽取
        </Typography>
        <Stepper activeStep={step} sx={{ flex: 1, maxWidth: 640 }}>
          <Step completed={step > 0}>
            <StepLabel>核对候选范围</StepLabel>
          </Step>
          {/* A one-click draw skipped this step: it shows as not done, and says why. */}
          <Step completed={step > 1 && live?.seedMode !== 'plain'}>
            <StepLabel optional={live?.seedMode === 'plain' ? <Typography variant="caption">未使用（一键抽取）</Typography> : undefined}>
              监督人输入随机数
            </StepLabel>
          </Step>
          <Step completed={live !== null}>
            <StepLabel>抽取结果</StepLabel>
          </Step>
        </Stepper>
      </Box>
      {live ? (
        <DrawRecordView draw={live} task={task} onChanged={onChanged} />
      ) : (
        <DrawPrepare task={task} version={version} onDrawn={onChanged} onWitnessing={setWitnessing} />
      )}
    </Paper>
  );
}
