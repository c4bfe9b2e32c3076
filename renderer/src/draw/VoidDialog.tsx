import { api } from '../api/client.ts';
import { formatDateTime } from '../common/format-time.ts';
import type { DrawRecord } from '../tasks/task-types.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

/** 作废: the draw stays on record with its reason; the task may then be drawn again. */
export function VoidDialog({ draw, onClose, onVoided }: { draw: DrawRecord; onClose: () => void; onVoided: () => void }) {
  async function voidDraw(reason: string, operator: string) {
    await api.run('draws:void', { id: draw.id, reason, operator });
    onVoided();
  }
  return (
    <ReasonDialog
      title="作废本次抽取"
      reasonLabel="作废理由"
      reasonHint="将永久记入抽取记录和审计日志"
      confirmLabel="作废"
      danger
      onConfirm={voidDraw}
      onClose={onClose}
    >
      抽取记录 #{draw.id}（{formatDateTime(draw.drawnAt)}，操作人 {draw.operator}，监督人 {draw.witness}）作废后不再有效，
      但会永久保留并注明理由；任务可以重新抽取，新的抽取另行记录。
    </ReasonDialog>
  );
}
