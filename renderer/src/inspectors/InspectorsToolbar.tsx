import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import SearchIcon from '@mui/icons-material/Search';
import TableViewIcon from '@mui/icons-material/TableView';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

interface InspectorsToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  onImport: () => void;
  onImportConflicts: () => void;
  onAdd: () => void;
  onExport: () => void;
  onTemplate: (kind: 'inspectors' | 'conflicts') => void;
}

/** The search box and the inspector list's actions. */
export function InspectorsToolbar(props: InspectorsToolbarProps) {
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const template = (kind: 'inspectors' | 'conflicts') => {
    setMenu(null);
    props.onTemplate(kind);
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
      <TextField
        type="search"
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
        placeholder="姓名、执法证号、科室或电话"
        sx={{ width: 300, bgcolor: 'background.paper' }}
        slotProps={{
          htmlInput: { 'aria-label': '搜索执法检查人员', maxLength: 100 },
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
    </Box>
  );
}
