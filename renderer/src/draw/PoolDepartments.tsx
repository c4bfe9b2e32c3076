import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Box from '@mui/material/Box';
import type { PoolPreview } from '../tasks/task-types.ts';

type DepartmentPreview = NonNullable<PoolPreview['departments']>[number];

/**
 * A joint task's inspectors per department before the draw: each department draws its own, so a
 * shortfall in one stops the whole draw and is named here, before 开始抽取.
 */
export function PoolDepartments({ departments }: { departments: DepartmentPreview[] }) {
  const short = departments.filter((d) => d.shortfall);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Table size="small" aria-label="各部门可派执法人员" sx={{ maxWidth: 760, '& th, & td': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '7em' }}>角色</TableCell>
            <TableCell>部门</TableCell>
            <TableCell sx={{ width: '9em' }} align="right">
              可派执法人员
            </TableCell>
            <TableCell sx={{ width: '8em' }} align="right">
              每户需要
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {departments.map((d) => (
            <TableRow key={d.departmentId} data-testid="pool-department" data-department={d.name}>
              <TableCell>{d.role === '牵头' ? '牵头部门' : '参与部门'}</TableCell>
              <TableCell>{d.name}</TableCell>
              <TableCell align="right" sx={{ color: d.shortfall ? 'error.main' : undefined, fontWeight: d.shortfall ? 600 : undefined }}>
                {d.eligible} 名
              </TableCell>
              <TableCell align="right">{d.perEntity} 名</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {short.map((d) => (
        <Alert key={d.departmentId} severity="warning" data-testid="pool-department-shortfall">
          {d.shortfall}
        </Alert>
      ))}
    </Box>
  );
}
