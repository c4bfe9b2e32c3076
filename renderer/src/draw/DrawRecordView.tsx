import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import VerifiedIcon from '@mui/icons-material/Verified';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { formatDateTime } from '../common/format-time.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import type { DrawnEntity, DrawnInspector, DrawRecord, Task } from '../tasks/task-types.ts';
import { DrawFacts } from './DrawFacts.tsx';
import { DrawnTable } from './DrawnTable.tsx';
import { ReplaceDialog } from './ReplaceDialog.tsx';
import { ReplacementLog } from './ReplacementLog.tsx';
import { VerifyDialog } from './VerifyDialog.tsx';
import { VoidDialog } from './VoidDialog.tsx';
import { SeedProofFacts } from './SeedProofFacts.tsx';
import { exportPackage } from './export-package.ts';
import { exportPool } from './export-pool.ts';

const PACKAGE_TIP =
  '核验包（JSON 文件）含独立核验本次抽取所需的全部数据：冻结的候选名单、随机种子及其来源、抽取结果和记录哈希。' +
  '上级或第三方可按公开的《随机抽取算法说明》（ALGORITHM.md）用 verify_draw.py 重算，核对结果与记录一致、未被操纵。';

interface DrawRecordViewProps {
  draw: DrawRecord;
  task: Task;
  /** Given for the live draw: 递补 and 作废 are offered, and the task reloads after them. */
  onChanged?: () => void;
}

type OpenDialog = 'verify' | 'void' | { entity: DrawnEntity; inspector: DrawnInspector } | null;

/** Step 3 (or a voided draw opened later): the record and its seed, 复核, the exports, the drawn list. */
export function DrawRecordView({ draw, task, onChanged }: DrawRecordViewProps) {
  const notify = useNotify();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const live = !draw.voided && onChanged !== undefined;
  const joint = draw.params.departments !== undefined;
  const proof = useCall('draws:proof', { id: draw.id });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {draw.voided && (
        <Alert severity="error" role="note" data-testid="void-notice">
          本次抽取已于 {draw.voidedAt ? formatDateTime(draw.voidedAt) : ''} 作废。理由：{draw.voidReason}
        </Alert>
      )}
      <DrawFacts draw={draw} proof={proof.data} />
      <ErrorAlert error={proof.error} />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" color="success" startIcon={<VerifiedIcon />} onClick={() => setDialog('verify')}>
          复核
        </Button>
        <Button
          variant="outlined"
          startIcon={<FileDownloadIcon />}
          onClick={() => exportPool(draw, task).then((n) => n !== null && notify.success(`已导出候选名单（${n} 个）`), notify.error)}
        >
          导出候选名单 (CSV)
        </Button>
        <Tooltip title={PACKAGE_TIP} describeChild>
          <Button
            variant="outlined"
            startIcon={<FactCheckIcon />}
            onClick={() =>
              exportPackage(draw, task).then(
                (hash) => hash !== null && notify.success(`已导出核验包（记录哈希 ${hash.slice(0, 8)}…）`),
                notify.error,
              )
            }
          >
            导出核验包
          </Button>
        </Tooltip>
        <Box sx={{ flex: 1 }} />
        {live && (
          <Button color="error" startIcon={<BlockIcon />} onClick={() => setDialog('void')}>
            作废本次抽取…
          </Button>
        )}
      </Box>
      <DrawnTable
        selected={draw.selected}
        joint={joint}
        onReplace={live ? (entity, inspector) => setDialog({ entity, inspector }) : undefined}
      />
      {live && (
        <Box sx={{ color: 'text.secondary', fontSize: '0.85rem' }}>
          {joint
            ? '蓝色为组长（由牵头部门担任）。执法人员不能前往时，点击其姓名可从同一部门随机递补，须写明理由。'
            : '蓝色为组长。执法人员不能前往时，点击其姓名可随机递补，须写明理由。'}
        </Box>
      )}
      {draw.replacements.length > 0 && <ReplacementLog replacements={draw.replacements} />}
      {proof.data && <SeedProofFacts proof={proof.data} />}
      {dialog === 'verify' && <VerifyDialog draw={draw} onClose={() => setDialog(null)} />}
      {dialog === 'void' && onChanged && (
        <VoidDialog
          draw={draw}
          onClose={() => setDialog(null)}
          onVoided={() => {
            setDialog(null);
            notify.success(`抽取记录 #${draw.id} 已作废，可以重新抽取`);
            onChanged();
          }}
        />
      )}
      {dialog !== null && typeof dialog === 'object' && onChanged && (
        <ReplaceDialog
          draw={draw}
          entity={dialog.entity}
          inspector={dialog.inspector}
          onClose={() => setDialog(null)}
          onReplaced={(text) => {
            setDialog(null);
            notify.success(text);
            onChanged();
          }}
        />
      )}
    </Box>
  );
}
