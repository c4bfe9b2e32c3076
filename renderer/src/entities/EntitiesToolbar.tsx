import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import ListAltIcon from '@mui/icons-material/ListAlt';
import TableViewIcon from '@mui/icons-material/TableView';
import Button from '@mui/material/Button';
import { ListToolbar } from '../common/ListToolbar.tsx';

interface EntitiesToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  onImport: () => void;
  onAdd: () => void;
  onExport: () => void;
  onTemplate: () => void;
  onRosters: () => void;
}

/** The search box and the roster's actions. */
export function EntitiesToolbar(props: EntitiesToolbarProps) {
  return (
    <ListToolbar
      search={props.search}
      onSearch={props.onSearch}
      searchLabel="搜索市场主体"
      placeholder="名称、代码、法定代表人或住所"
      searchWidth={320}
    >
      <Button variant="contained" startIcon={<FileUploadIcon />} onClick={props.onImport}>
        导入名录
      </Button>
      <Button variant="outlined" startIcon={<AddIcon />} onClick={props.onAdd}>
        新增
      </Button>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={props.onExport}>
        导出 Excel
      </Button>
      <Button startIcon={<TableViewIcon />} onClick={props.onTemplate}>
        下载导入模板
      </Button>
      <Button startIcon={<ListAltIcon />} onClick={props.onRosters}>
        管理名录
      </Button>
    </ListToolbar>
  );
}
