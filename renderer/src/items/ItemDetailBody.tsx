import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Item } from './item-types.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 2.5 }}>
      <Typography variant="subtitle2" component="h3" color="primary" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Legal text as stored: numbered clauses stay on their own lines. */
function LongText({ text, testId }: { text: string; testId: string }) {
  if (!text) return <Typography color="text.disabled">（未填写）</Typography>;
  return (
    <Typography data-testid={testId} sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, textAlign: 'justify' }}>
      {text}
    </Typography>
  );
}

const FACTS: { label: string; value: (item: Item) => string }[] = [
  { label: '适用对象', value: (i) => i.target || '（未填写）' },
  { label: '实施部门', value: (i) => i.departmentName ?? '' },
  { label: '事项类别', value: (i) => i.category },
  { label: '事项级别', value: (i) => `${i.level}事项` },
  { label: '默认抽查比例', value: (i) => (i.ratio === null ? '未设定' : `${i.ratio}%`) },
  { label: '抽查频次', value: (i) => i.frequency || '未设定' },
];

/** Every field of one item, readable: short facts first, then 检查内容, 检查方式 and 检查依据. */
export function ItemDetailBody({ item }: { item: Item }) {
  const methods = item.method
    .split('\n')
    .map((m) => m.trim())
    .filter(Boolean);
  return (
    <Box>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '7em 1fr', rowGap: 0.75, columnGap: 1, m: 0, mb: 2.5 }}>
        {FACTS.map(({ label, value }) => [
          <Typography key={`${label}-k`} component="dt" color="text.secondary">
            {label}
          </Typography>,
          <Typography key={`${label}-v`} component="dd" sx={{ m: 0 }}>
            {value(item)}
          </Typography>,
        ])}
      </Box>
      <Section title="检查内容">
        <LongText text={item.content} testId="item-content" />
      </Section>
      <Section title="检查方式">
        {methods.length === 0 ? (
          <Typography color="text.disabled">（未填写）</Typography>
        ) : (
          <Box component="ul" data-testid="item-methods" sx={{ m: 0, pl: 3 }}>
            {methods.map((m, i) => (
              <Typography component="li" key={i}>
                {m}
              </Typography>
            ))}
          </Box>
        )}
      </Section>
      <Section title="检查依据">
        <LongText text={item.basis} testId="item-basis" />
      </Section>
    </Box>
  );
}
