import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import TableViewIcon from '@mui/icons-material/TableView';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { ListToolbar } from '../common/ListToolbar.tsx';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';
import { InspectorTagFilter } from './InspectorTagFilter.tsx';
import type { InspectorTagCount } from './inspector-types.ts';

interface InspectorsToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  tags: readonly InspectorTagCount[];
  tag: string | null;
  onTag: (tag: string | null) => void;
  departmentId: number | '';
  onDepartment: (id: number | '') => void;
  onImport: () => void;
  onImportConflicts: () => void;
  onAdd: () => void;
  onExport: () => void;
  onTemplate: (kind: 'inspectors' | 'conflicts') => void;
}

/** The search box, the 所属部门 and 执法领域 filters and the inspector list's actions. */
export function InspectorsToolbar(props: InspectorsToolbarProps) {
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const template = (kind: 'inspectors' | 'conflicts') => {
    setMenu(null);
    props.onTemplate(kind);
  };
  return (
    <ListToolbar
      search={props.search}
      onSearch={props.onSearch}
      searchLabel="搜索执法检查人员"
      placeholder="姓名、证号、科室或电话"
      maxLength={100}
      searchWidth={260}
      filters={
        <>
          <DepartmentSelect
            label="所属部门"
            value={props.departmentId}
            onChange={props.onDepartment}
            emptyLabel="全部部门"
            size="small"
            sx={{ width: 180, '& .MuiFormHelperText-root': { display: 'none' } }}
          />
          <InspectorTagFilter tags={props.tags} value={props.tag} onChange={props.onTag} />
        </>
      }
    >
      <Button variant="contained" startIcon={<FileUploadIcon />} onClick={props.onImport}>
        导入人员
      </Button>
      <Button variant="outlined" startIcon={<AddIcon />} onClick={props.onAdd}>
        新增
      </Button>
      <Button variant="outlined" startIcon={<PersonOffIcon />} onClick={props.onImportConflicts}>
        导入回避关系
      </Button>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={props.onExport}>
        导出 Excel
      </Button>
      <Button startIcon={<TableViewIcon />} onClick={(e) => setMenu(e.currentTarget)} aria-haspopup="menu">
        下载导入模板
      </Button>
      <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => template('inspectors')}>执法检查人员导入模板</MenuItem>
        <MenuItem onClick={() => template('conflicts')}>回避关系导入模板</MenuItem>
      </Menu>
    </ListToolbar>
  );
}
