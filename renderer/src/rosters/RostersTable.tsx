import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatCount } from '../common/format-time.ts';
import type { Roster } from '../entities/entity-types.ts';

interface RostersTableProps {
  rosters: Roster[];
  onEdit: (roster: Roster) => void;
  onDelete: (roster: Roster) => void;
}

/** Each roster: its name, how many entities it holds, the items it serves, 修改 / 删除. */
export function RostersTable({ rosters, onEdit, onDelete }: RostersTableProps) {
  if (rosters.length === 0) {
    return <Typography color="text.disabled">还没有名录。导入市场主体时会自动建立名录，也可以点击“新增名录”。</Typography>;
  }
  return (
    <Table size="small" aria-label="名录">
      <TableHead>
        <TableRow>
          <TableCell>名录名称</TableCell>
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            市场主体
          </TableCell>
          <TableCell>适用的抽查事项</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rosters.map((r) => (
          <TableRow key={r.id}>
            <TableCell sx={{ fontWeight: 600 }}>{r.name}</TableCell>
            <TableCell align="right">{formatCount(r.entityCount)}</TableCell>
            <TableCell>
              {r.items.length === 0 ? (
                <Typography variant="body2" color="text.disabled">
                  未指定
                </Typography>
              ) : (
                r.items.map((i) => <Chip key={i.id} size="small" label={i.name} sx={{ mr: 0.5, mb: 0.5 }} />)
              )}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Button size="small" onClick={() => onEdit(r)}>
                修改
              </Button>
              <Button size="small" color="error" onClick={() => onDelete(r)}>
                删除
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
