import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import ListAltIcon from '@mui/icons-material/ListAlt';
import SearchIcon from '@mui/icons-material/Search';
import TableViewIcon from '@mui/icons-material/TableView';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';

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
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
      <TextField
        type="search"
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
        placeholder="名称、代码、法定代表人或住所"
        sx={{ width: 320, bgcolor: 'background.paper' }}
        slotProps={{
          htmlInput: { 'aria-label': '搜索市场主体', maxLength: 200 },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <Box sx={{ flex: 1 }} />
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
    </Box>
  );
}
