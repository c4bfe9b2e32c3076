import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import type { EntityOptions } from './use-import-wizard.ts';

interface EntityImportOptionsProps {
  options: EntityOptions;
  rosters: string[];
  onChange: (change: Partial<EntityOptions>) => void;
}

/** Which 名录 the imported entities join, and whether codes failing the checksum are accepted. */
export function EntityImportOptions({ options, rosters, onChange }: EntityImportOptionsProps) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 3 }}>
      <Autocomplete
        freeSolo
        options={rosters}
        inputValue={options.roster}
        onInputChange={(_event, value) => onChange({ roster: value })}
        sx={{ width: 320 }}
        renderInput={(params) => <TextField {...params} label="导入到名录" helperText="可选已有名录，也可输入新名录的名称" />}
      />
      <FormControlLabel
        sx={{ mt: 0.5 }}
        control={<Checkbox checked={options.acceptFlagged} onChange={(e) => onChange({ acceptFlagged: e.target.checked })} />}
        label="接受校验位不符的代码（早期试点代码）"
      />
    </Box>
  );
}
