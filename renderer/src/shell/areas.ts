import type { SvgIconComponent } from '@mui/icons-material';
import BadgeIcon from '@mui/icons-material/Badge';
import BarChartIcon from '@mui/icons-material/BarChart';
import AssignmentIcon from '@mui/icons-material/Assignment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import ListAltIcon from '@mui/icons-material/ListAlt';
import SettingsIcon from '@mui/icons-material/Settings';
import StorefrontIcon from '@mui/icons-material/Storefront';

export type AreaId = 'items' | 'entities' | 'inspectors' | 'tasks' | 'results' | 'stats' | 'settings';

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
  {
    id: 'tasks',
    title: '抽查任务',
    icon: AssignmentIcon,
    upcoming: '将在这里按事项和名录建立抽查任务，随机抽取检查对象并匹配执法检查人员，留存可复核的抽取记录。',
  },
  {
    id: 'results',
    title: '检查结果',
    icon: FactCheckIcon,
    upcoming: '将在这里逐户录入检查结果和后续处置，生成检查记录表和结果公示。',
  },
  {
    id: 'stats',
    title: '统计',
    icon: BarChartIcon,
    upcoming: '将在这里按年度、事项和检查结果汇总抽查情况，并导出统计表。',
  },
  { id: 'settings', title: '设置', icon: SettingsIcon },
];

export function areaById(id: string): Area | undefined {
  return AREAS.find((area) => area.id === id);
}
