import Box from '@mui/material/Box';
import { FileRowsTable } from './FileRowsTable.tsx';
import type { ImportInspection } from './import-types.ts';

interface SampleTableProps {
  inspection: ImportInspection;
  columns: Record<string, number>;
}

/** The file's first rows under its own header; each column says which field it fills. */
export function SampleTable({ inspection, columns }: SampleTableProps) {
  const labelOf = new Map(inspection.fields.map((f) => [f.key, f.label]));
  const fieldsAt = (index: number) =>
    Object.entries(columns)
      .filter(([, i]) => i === index)
      .map(([key]) => labelOf.get(key) ?? key);
  return (
    <FileRowsTable
      label="文件中的前几行"
      headers={inspection.headers.map((h) => h.title)}
      rows={inspection.sample}
      maxHeight={260}
      columnNote={(i) => {
        const fields = fieldsAt(i);
        return fields.length > 0 ? (
          <Box sx={{ color: 'primary.main', fontSize: '0.8rem' }}>→ {fields.join('、')}</Box>
        ) : (
          <Box sx={{ color: 'text.disabled', fontSize: '0.8rem' }}>不导入</Box>
        );
      }}
    />
  );
}
