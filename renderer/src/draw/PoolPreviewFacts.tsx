import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatCount } from '../common/format-time.ts';
import { scopeText } from '../tasks/task-terms.ts';
import type { PoolPreview, Task } from '../tasks/task-types.ts';
import { PoolDepartments } from './PoolDepartments.tsx';

function Figure({ label, value, unit, testId }: { label: string; value: number; unit: string; testId: string }) {
  return (
    <Box sx={{ px: 2, py: 1, bgcolor: 'action.hover', borderRadius: 1, minWidth: 140 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="div" data-testid={testId}>
        {formatCount(value)}
        <Box component="span" sx={{ fontSize: '0.55em', ml: 0.5, color: 'text.secondary' }}>
          {unit}
        </Box>
      </Typography>
    </Box>
  );
}

/**
 * 候选 N 个, 本次抽取 K 户, 可派执法人员 M 名, and who was left out and why; for a joint task,
 * each department's inspectors and any shortfall.
 */
export function PoolPreviewFacts({ preview, task }: { preview: PoolPreview; task: Task }) {
  const drawing = preview.quotas.reduce((sum, q) => sum + q.count, 0);
  const groups = preview.quotas
    .filter((q) => q.group !== '')
    .map((q) => `${q.group === '未分类' ? '未分类' : `${q.group} 类`} ${q.count} 户`);
  const out = preview.inspectorsExcluded;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="pool-preview">
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Figure label="候选检查对象" value={preview.poolSize} unit="个" testId="pool-size" />
        <Figure label="本次抽取" value={drawing} unit="户" testId="pool-drawing" />
        <Figure label="可派执法人员" value={preview.inspectors} unit="名" testId="pool-inspectors" />
      </Box>
      {preview.departments && <PoolDepartments departments={preview.departments} />}
      <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'text.secondary', typography: 'body2', '& li': { py: 0.25 } }}>
        <li>
          抽取范围：{task.roster ?? '全部检查对象名录库'}；{scopeText(task.filters)}
          {groups.length > 0 && `；按信用风险分类抽取 ${groups.join('，')}`}
        </li>
        <li data-testid="pool-excluded">
          检查对象：已排除注销、吊销等状态的 {preview.excluded.closed} 个
          {task.repeatWindowMonths > 0 && `，近 ${task.repeatWindowMonths} 个月已因相同事项抽查的 ${preview.excluded.repeat} 个`}
        </li>
        <li data-testid="pool-inspectors-excluded">
          执法人员：非在岗 {out.status} 名、执法证过期或未填有效期 {out.certificate} 名不参与抽取
          {preview.requiredTags.length > 0 &&
            `；另有 ${out.tags} 人不具备所需执法领域（${preview.requiredTags.join('、')}${preview.departments ? '，只约束本局' : ''}）`}
          ；需回避的人员抽取时逐户排除
        </li>
      </Box>
    </Box>
  );
}
