import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Task } from '../tasks/task-types.ts';
import { ResultStatusChip } from './ResultStatusChip.tsx';
import type { DepartmentResult, TaskResultRow } from './result-types.ts';
import type { useResultCodes } from './use-result-codes.ts';

interface CombinedResultDialogProps {
  /** The entity as read for all departments (`departments` set). */
  row: TaskResultRow;
  task: Task;
  codes: ReturnType<typeof useResultCodes>;
  onClose: () => void;
}

/** 合并查看: one entity of a joint task with every department's result and item findings side by side, read-only. */
export function CombinedResultDialog({ row, task, codes, onClose }: CombinedResultDialogProps) {
  const itemName = new Map(task.items.map((i) => [i.id, i.name]));
  const parts = row.departments ?? [];
  return (
    <Dialog open onClose={onClose} maxWidth="xl" fullWidth aria-labelledby="combined-result-title">
      <DialogTitle id="combined-result-title" sx={{ pb: 0.5 }}>
        合并查看：{row.name}
        <Typography component="div" variant="body2" color="text.secondary" sx={{ fontFamily: 'Consolas, monospace' }}>
          {row.code}　第 {row.position} 户　各部门的检查结果（只读；修改请选择该部门后录入）
        </Typography>
      </DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${Math.max(parts.length, 1)}, minmax(260px, 1fr))`, gap: 1.5, pt: 1 }}>
          {parts.map((d) => (
            <DepartmentColumn key={d.departmentId} row={row} part={d} itemName={itemName} codes={codes} />
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}

function Field({ label, text }: { label: string; text: string }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, py: 0.25 }}>
      <Typography variant="body2" color="text.secondary" sx={{ width: 64, flexShrink: 0 }}>
        {label}
      </Typography>
      <Typography variant="body2" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {text || '—'}
      </Typography>
    </Box>
  );
}

interface DepartmentColumnProps {
  row: TaskResultRow;
  part: DepartmentResult;
  itemName: Map<number, string>;
  codes: ReturnType<typeof useResultCodes>;
}

/** One department's column: its team, its result and its own items' findings. */
function DepartmentColumn({ row, part, itemName, codes }: DepartmentColumnProps) {
  const r = part.result;
  return (
    <Paper variant="outlined" data-testid="combined-department" sx={{ p: 1.5, minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }}>
          {part.name}
        </Typography>
        <Chip size="small" label={part.role} variant="outlined" />
        <ResultStatusChip row={{ ...row, team: part.team, result: r }} />
      </Box>
      <Field label="检查组" text={part.team.map((t) => t.name).join('、')} />
      {r ? (
        <>
          <Box sx={{ display: 'flex', gap: 1, py: 0.25 }}>
            <Typography variant="body2" color="text.secondary" sx={{ width: 64, flexShrink: 0 }}>
              检查结果
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {r.codes.map((c) => (
                <Chip key={c} size="small" label={codes.describe(c)} color={codes.problem(c) ? 'warning' : 'success'} variant="outlined" />
              ))}
            </Box>
          </Box>
          <Field label="检查日期" text={r.inspectedOn ?? ''} />
          <Field label="核查方式" text={r.methods.join('、')} />
          <Field label="后续处置" text={r.disposal} />
          <Field label="发现问题" text={r.findings} />
          <Field label="备注" text={r.notes} />
          <Field label="录入员" text={r.enteredBy} />
          <Field label="审核员" text={r.reviewedBy} />
        </>
      ) : (
        <Typography variant="body2" color="text.disabled" sx={{ py: 1 }}>
          尚未录入检查结果
        </Typography>
      )}
      <Typography variant="body2" sx={{ fontWeight: 600, mt: 1, mb: 0.5 }}>
        检查事项（{part.itemIds.length} 项）
      </Typography>
      {part.itemIds.map((id) => {
        const f = r?.itemFindings.find((x) => x.itemId === id);
        return (
          <Box key={id} sx={{ borderTop: 1, borderColor: 'divider', py: 0.5 }} data-testid="combined-item">
            <Typography variant="body2">{itemName.get(id) ?? `事项 ${id}`}</Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {!f ? '未录入' : f.checked ? `已检查${f.problem ? `　发现问题：${f.problem}` : '　未发现问题'}` : '未检查'}
              {f?.handling ? `　处置：${f.handling}` : ''}
            </Typography>
          </Box>
        );
      })}
    </Paper>
  );
}
