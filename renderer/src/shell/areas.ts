import type { SvgIconComponent } from '@mui/icons-material';
import BadgeIcon from '@mui/icons-material/Badge';
import BarChartIcon from '@mui/icons-material/BarChart';
import AssignmentIcon from '@mui/icons-material/Assignment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import ListAltIcon from '@mui/icons-material/ListAlt';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import SettingsIcon from '@mui/icons-material/Settings';
import StorefrontIcon from '@mui/icons-material/Storefront';

export type AreaId = 'items' | 'entities' | 'inspectors' | 'tasks' | 'results' | 'todo' | 'stats' | 'settings';

export interface Area {
  id: AreaId;
  title: string;
  icon: SvgIconComponent;
  /** For areas not built yet: one sentence of what they will do. */
  upcoming?: string;
}

/** Every area of the program, in the order of the left navigation. */
export const AREAS: readonly Area[] = [
  { id: 'items', title: '事项清单', icon: ListAltIcon },
  { id: 'entities', title: '检查对象名录库', icon: StorefrontIcon },
  { id: 'inspectors', title: '执法人员名录库', icon: BadgeIcon },
  { id: 'tasks', title: '抽查任务', icon: AssignmentIcon },
  { id: 'results', title: '检查结果', icon: FactCheckIcon },
  { id: 'todo', title: '待办', icon: PendingActionsIcon },
  { id: 'stats', title: '统计', icon: BarChartIcon },
  { id: 'settings', title: '设置', icon: SettingsIcon },
];

export function areaById(id: string): Area | undefined {
  return AREAS.find((area) => area.id === id);
}
