import type { Ref } from 'react';
import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { ListToolbar } from '../common/ListToolbar.tsx';
import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';

interface ItemsToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  searchRef: Ref<HTMLInputElement>;
  includeRetired: boolean;
  onIncludeRetired: (value: boolean) => void;
  departmentId: number | '';
  onDepartment: (id: number | '') => void;
  onAdd: () => void;
  onExportXlsx: () => void;
  onExportPdf: () => void;
  onImport: () => void;
}

/** Search, the 实施部门 filter, the 显示已停用 switch, and the list's actions. */
export function ItemsToolbar(props: ItemsToolbarProps) {
  return (
    <ListToolbar
      search={props.search}
      onSearch={props.onSearch}
      searchLabel="搜索抽查事项"
      placeholder="在全部内容中搜索（Ctrl+F）"
      searchRef={props.searchRef}
      filters={
        <>
          <DepartmentSelect
            label="实施部门"
            value={props.departmentId}
            onChange={props.onDepartment}
            emptyLabel="全部部门"
            helperText=""
            size="small"
            sx={{ width: 200, '& .MuiFormHelperText-root': { display: 'none' } }}
          />
          <FormControlLabel
            control={<Switch checked={props.includeRetired} onChange={(e) => props.onIncludeRetired(e.target.checked)} />}
            label="显示已停用"
          />
        </>
      }
    >
      <Button variant="contained" startIcon={<AddIcon />} onClick={props.onAdd}>
        新增
      </Button>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={props.onExportXlsx}>
        导出 Excel
      </Button>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={props.onExportPdf}>
        打印清单 (PDF)
      </Button>
      <Button variant="outlined" startIcon={<FileUploadIcon />} onClick={props.onImport}>
        从 Excel 导入
      </Button>
    </ListToolbar>
  );
}
