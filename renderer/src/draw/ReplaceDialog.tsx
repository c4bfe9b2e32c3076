import { api } from '../api/client.ts';
import type { DrawnEntity, DrawnInspector, DrawRecord } from '../tasks/task-types.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

interface ReplaceDialogProps {
  draw: DrawRecord;
  entity: DrawnEntity;
  inspector: DrawnInspector;
  onClose: () => void;
  /** Done: what happened, in one sentence (周七 递补 李二). */
  onReplaced: (text: string) => void;
}

/** 递补: the inspector who cannot go is replaced by a random pick; the reason is required. */
export function ReplaceDialog({ draw, entity, inspector, onClose, onReplaced }: ReplaceDialogProps) {
  // A joint team's members are each department's own draw: the replacement comes from the same one.
  const joint = draw.params.departments !== undefined;
  async function replace(reason: string, operator: string) {
    const updated = await api.run('draws:replace', {
      drawId: draw.id,
      entityCode: entity.code,
      certNo: inspector.certNo,
      reason,
      operator,
    });
    const now = updated.selected.find((e) => e.entityId === entity.entityId)?.inspectors.find((i) => i.slot === inspector.slot);
    onReplaced(now ? `已随机抽取 ${now.name}（${now.certNo}）递补 ${inspector.name}` : '已递补');
  }
  return (
    <ReasonDialog
      title="递补执法人员"
      reasonLabel="递补理由"
      reasonHint="如：病休、出差、与检查对象有利害关系"
      confirmLabel="随机递补"
      onConfirm={replace}
      onClose={onClose}
    >
      检查对象“{entity.name}”的检查组中，<strong>{inspector.name}</strong>（执法证号 {inspector.certNo}
      {joint ? `，${inspector.departmentName}` : ''}）不能前往。
      {joint ? (
        <>
          系统将从<strong>{inspector.departmentName}</strong>
          可派的执法人员中随机抽取一名接替（递补限于同一部门，不能指定），结果立即记录，可以复核。
        </>
      ) : (
        '系统将从可派的执法人员中随机抽取一名接替（不能指定），结果立即记录，可以复核。'
      )}
    </ReasonDialog>
  );
}
