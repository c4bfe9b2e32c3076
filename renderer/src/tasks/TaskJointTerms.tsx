import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Task } from './task-types.ts';

/** A joint task's departments, the lead first: each with its items and how many it sends to each entity. */
export function TaskJointTerms({ task }: { task: Task }) {
  const items = new Map(task.items.map((i) => [i.id, `${i.seq ?? '—'} ${i.name}`]));
  return (
    <Table size="small" aria-label="联合抽查部门" sx={{ gridColumn: '1 / -1', mt: 1.5 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '7em' }}>角色</TableCell>
          <TableCell sx={{ width: '14em' }}>部门</TableCell>
          <TableCell>抽查事项</TableCell>
          <TableCell sx={{ width: '9em', whiteSpace: 'nowrap' }}>每户执法人员</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {task.departments.map((d) => (
          <TableRow key={d.departmentId} data-testid="joint-term">
            <TableCell>{d.role === '牵头' ? '牵头部门' : '参与部门'}</TableCell>
            <TableCell>{d.name}</TableCell>
            <TableCell>{d.itemIds.map((id) => items.get(id) ?? `事项 ${id}`).join('；')}</TableCell>
            <TableCell>{d.perEntity} 名</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
