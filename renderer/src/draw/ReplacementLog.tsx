import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Section } from '../common/Section.tsx';
import { formatDateTime } from '../common/format-time.ts';
import type { DrawRecord } from '../tasks/task-types.ts';

/** 递补记录: who replaced whom for which entity, why, when and by whom. */
export function ReplacementLog({ replacements }: { replacements: DrawRecord['replacements'] }) {
  return (
    <Section title={`递补记录（${replacements.length}）`}>
      <Box component="ol" sx={{ m: 0, pl: 3 }} aria-label="递补记录">
        {replacements.map((r, i) => (
          <Typography component="li" variant="body2" key={i} sx={{ py: 0.25 }}>
            {formatDateTime(r.at)}　{r.entityName}：{r.oldName}（{r.oldCert}）→ <strong>{r.newName}</strong>（{r.newCert}），理由：
            {r.reason}
            {r.operator && `，操作人：${r.operator}`}
          </Typography>
        ))}
      </Box>
    </Section>
  );
}
