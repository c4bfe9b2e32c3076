import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { DrawnEntity, DrawnInspector } from '../tasks/task-types.ts';
import { InspectorChip } from './InspectorChip.tsx';
import { DepartmentLine, groupByDepartment } from './JointTeam.tsx';

interface DrawnTableProps {
  selected: DrawnEntity[];
  /** A joint draw: each team is shown by department (each department drew its own members). */
  joint?: boolean;
  /** Offered on a live draw: 递补 one inspector of one entity. */
  onReplace?: ((entity: DrawnEntity, inspector: DrawnInspector) => void) | undefined;
}

/**
 * The drawn entities in selection order, each with its team. Once an entity's result is entered
 * its team is no longer offered for 递补 (the core refuses it): who actually went is recorded
 * with the result as 实到执法人员.
 */
export function DrawnTable({ selected, joint = false, onReplace }: DrawnTableProps) {
  const chip = (e: DrawnEntity, i: DrawnInspector) => (
    <InspectorChip key={i.slot} inspector={i} joint={joint} onReplace={onReplace && !e.inspected ? () => onReplace(e, i) : undefined} />
  );
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label="抽中的检查对象">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>序号</TableCell>
            <TableCell>名称</TableCell>
            <TableCell sx={{ width: 190 }}>统一社会信用代码</TableCell>
            <TableCell sx={{ width: 100 }}>所属区域</TableCell>
            <TableCell sx={{ width: joint ? '46%' : '34%' }}>{joint ? '联合检查组（按部门）' : '检查组'}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {selected.map((e) => (
            <TableRow key={e.entityId} data-code={e.code}>
              <TableCell>{e.position}</TableCell>
              <TableCell>{e.name}</TableCell>
              <TableCell sx={{ fontFamily: 'Consolas, monospace' }}>{e.code}</TableCell>
              <TableCell>{e.area}</TableCell>
              <TableCell>
                {joint ? (
                  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
                    {groupByDepartment(e.inspectors).map((g) => (
                      <DepartmentLine key={g.departmentId} group={g}>
                        {g.members.map((i) => chip(e, i))}
                      </DepartmentLine>
                    ))}
                  </Box>
                ) : (
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
                    {e.inspectors.map((i) => chip(e, i))}
                  </Box>
                )}
                {onReplace && e.inspected && (
                  <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>
                    已录入结果，不再递补
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
