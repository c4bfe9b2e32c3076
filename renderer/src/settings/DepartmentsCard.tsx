import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { asApiCallError, type ApiCallError } from '../api/api-error.ts';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { ownShortName, type Department } from '../departments/department-types.ts';
import { DepartmentDialog } from './DepartmentDialog.tsx';

/** Which dialog is open: none, 添加 (null) or 编辑 (a department). */
type Editing = { department: Department | null } | null;

/**
 * 部门: 本局 first (its name is the 单位名称 above), then the departments it inspects with in a
 * 部门联合抽查. A 停用 department stays on the records that name it and can be restored.
 */
export function DepartmentsCard() {
  const notify = useNotify();
  const departments = useCall('departments:list', { includeRetired: true });
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const list = departments.data ?? [];

  async function setRetired(d: Department, retired: boolean) {
    try {
      const input = { id: d.id, name: d.name, shortName: ownShortName(d), contact: d.contact, phone: d.phone, retired };
      await api.run('departments:save', { department: input });
      setError(null);
      departments.reload();
      notify.success(`已${retired ? '停用' : '恢复'}“${d.name}”`);
    } catch (err) {
      setError(asApiCallError(err));
    }
  }

  return (
    <Paper variant="outlined" component="section" sx={{ p: 3 }} aria-labelledby="departments-title">
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" id="departments-title" sx={{ flex: 1 }}>
          部门
        </Typography>
        <Button variant="outlined" onClick={() => setEditing({ department: null })}>
          添加部门
        </Button>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        部门联合抽查中的本局和其他部门。抽查事项的“实施部门”、执法检查人员的“所属部门”从这里选择；简称用于文号和落款。
        停用的部门不能再被选用，已有的记录仍保留。
      </Typography>
      <ErrorAlert error={error ?? departments.error} />
      <Table size="small" aria-label="部门名单">
        <TableHead>
          <TableRow>
            <TableCell>名称</TableCell>
            <TableCell>简称</TableCell>
            <TableCell>联系人</TableCell>
            <TableCell>联系电话</TableCell>
            <TableCell>状态</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((d) => (
            <TableRow key={d.id} sx={d.retired ? { '& td': { color: 'text.disabled' } } : {}}>
              <TableCell>
                {d.name}
                {d.isOwn && <Chip label="本局" size="small" color="primary" variant="outlined" sx={{ ml: 1 }} />}
                {d.isOwn && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    名称即上方“单位信息”中的单位名称，在那里修改
                  </Typography>
                )}
              </TableCell>
              <TableCell>{ownShortName(d) || '—'}</TableCell>
              <TableCell>{d.contact || '—'}</TableCell>
              <TableCell>{d.phone || '—'}</TableCell>
              <TableCell>{d.retired ? '已停用' : '在用'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" onClick={() => setEditing({ department: d })} aria-label={`编辑 ${d.name}`}>
                  编辑
                </Button>
                {!d.isOwn && (
                  <Button
                    size="small"
                    onClick={() => void setRetired(d, !d.retired)}
                    aria-label={`${d.retired ? '恢复' : '停用'} ${d.name}`}
                  >
                    {d.retired ? '恢复' : '停用'}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
          {list.length === 1 && (
            <TableRow>
              <TableCell colSpan={6} sx={{ color: 'text.secondary' }}>
                还没有其他部门。开展部门联合抽查前，请添加参与的部门，如 县应急管理局。
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editing && (
        <DepartmentDialog
          department={editing.department}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            departments.reload();
            notify.success(editing.department ? `已保存“${saved.name}”` : `已添加“${saved.name}”`);
          }}
        />
      )}
    </Paper>
  );
}
