import type { ReactNode, Ref } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';

interface ListToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  /** The search box's accessible name, e.g. 搜索市场主体. */
  searchLabel: string;
  placeholder: string;
  searchWidth?: number;
  maxLength?: number;
  searchRef?: Ref<HTMLInputElement>;
  /** Beside the search box (a filter switch). */
  filters?: ReactNode;
  /** The list's actions, at the right. */
  children: ReactNode;
}

/** Above every list: the search box on the left, the actions on the right, wrapping on a narrow window. */
export function ListToolbar({
  search,
  onSearch,
  searchLabel,
  placeholder,
  searchWidth = 300,
  maxLength = 200,
  searchRef,
  filters,
  children,
}: ListToolbarProps) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
      <TextField
        type="search"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        placeholder={placeholder}
        {...(searchRef ? { inputRef: searchRef } : {})}
        sx={{ width: searchWidth, bgcolor: 'background.paper' }}
        slotProps={{
          htmlInput: { 'aria-label': searchLabel, maxLength },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {filters}
      <Box sx={{ flex: 1 }} />
      {children}
    </Box>
  );
}
