import type { PublicationState, TaskState } from './task-types.ts';

type ChipColor = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'error';

/** How a task's state (decided by the core) is coloured in lists. */
export const TASK_STATE_COLORS = {
  未抽取: 'default',
  抽取中: 'warning',
  已抽取: 'info',
  检查中: 'primary',
  已完成: 'success',
  已公示: 'success',
} as const satisfies Record<TaskState, ChipColor>;

/** 公示: due soon amber, overdue red, published green. */
export const PUBLICATION_COLORS = {
  待检查: 'default',
  未到期: 'info',
  即将到期: 'warning',
  已逾期: 'error',
  已公示: 'success',
} as const satisfies Record<PublicationState, ChipColor>;
