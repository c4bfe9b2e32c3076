import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { DrawnInspector } from '../tasks/task-types.ts';

export interface DepartmentGroup {
  departmentId: number;
  departmentName: string;
  members: DrawnInspector[];
}

/** A joint team split by department, in slot order: the lead's members (with the 组长) come first. */
export function groupByDepartment(members: DrawnInspector[]): DepartmentGroup[] {
  const groups: DepartmentGroup[] = [];
  for (const m of [...members].sort((a, b) => a.slot - b.slot)) {
    const group = groups.find((g) => g.departmentId === m.departmentId);
    if (group) group.members.push(m);
    else groups.push({ departmentId: m.departmentId, departmentName: m.departmentName, members: [m] });
  }
  return groups;
}

/** One department's members of a joint team, under its name. */
export function DepartmentLine({ group, children }: { group: DepartmentGroup; children: ReactNode }) {
  return (
    <Box
      role="group"
      aria-label={group.departmentName}
      data-testid="team-department"
      data-department={group.departmentName}
      sx={{ display: 'grid', gridTemplateColumns: '14em 1fr', columnGap: 1, alignItems: 'center' }}
    >
      <Box
        component="span"
        sx={{ color: 'text.secondary', fontSize: '0.8rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        title={group.departmentName}
      >
        {group.departmentName}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>{children}</Box>
    </Box>
  );
}
