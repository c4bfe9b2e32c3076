import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useNotify } from '../common/notify.tsx';
import { useCall } from '../common/use-call.ts';
import { goTo } from '../shell/use-hash-route.ts';
import { NationalCodeDialog } from './NationalCodeDialog.tsx';

type Editing = 'task' | 'plan' | null;

const TASK_HINT = '18 位数字：机关代码 + 年月日 + 1 + 3 位序号';
const PLAN_HINT = '14 位数字：机关代码 + 年份 + 1 + 3 位序号';

function CodeLine({ label, own, code, onEdit }: { label: string; own: string; code: string | null; onEdit: () => void }) {
  return (
    <>
      <Typography color="text.secondary">{label}</Typography>
      <Typography sx={{ wordBreak: 'break-all' }}>{own}</Typography>
      <Typography
        data-testid={`national-${label}`}
        sx={{ fontFamily: 'Consolas, monospace' }}
        color={code ? 'text.primary' : 'text.disabled'}
      >
        {code ?? '（尚无）'}
      </Typography>
      <Button size="small" onClick={onEdit}>
        {code ? '修改' : '填写'}
      </Button>
    </>
  );
}

/**
 * 公示系统编号 of the task and its plan, beside the bureau's own 编号: given by the program from the
 * 机关代码, or typed in as 国家企业信用信息公示系统 gave them.
 */
export function NationalCodes({ taskId }: { taskId: number }) {
  const notify = useNotify();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<unknown>(null);
  const codes = useCall('gsxt:codes', { taskId }, version);
  const data = codes.data;
  if (!data) return <ErrorAlert error={codes.error} />;
  const missing = data.task.nationalCode === null || (data.plan !== null && data.plan.nationalCode === null);
  const reload = () => setVersion((v) => v + 1);

  async function assign() {
    setError(null);
    try {
      const done = await api.run('gsxt:assign', { taskId });
      notify.success(`已生成公示系统编号：任务 ${done.task.nationalCode}${done.plan ? `，计划 ${done.plan.nationalCode}` : ''}`);
      reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Paper variant="outlined" component="section" aria-label="公示系统编号" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          公示系统编号
        </Typography>
        <Typography variant="body2" color="text.secondary">
          国家企业信用信息公示系统用的编号；本局编号仍用于纸质文书
        </Typography>
        <Box sx={{ flex: 1 }} />
        {missing &&
          (data.authorityCode ? (
            <Button size="small" variant="outlined" onClick={() => void assign()}>
              按机关代码 {data.authorityCode} 生成编号
            </Button>
          ) : (
            <Button size="small" onClick={() => goTo('settings')}>
              生成编号需先在“设置”中填写机关代码
            </Button>
          ))}
      </Box>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: '5em minmax(8em, max-content) 12em max-content',
          alignItems: 'center',
          columnGap: 3,
          rowGap: 0.5,
        }}
      >
        <CodeLine label="抽查任务" own={`本局编号 ${data.task.code}`} code={data.task.nationalCode} onEdit={() => setEditing('task')} />
        {data.plan && <CodeLine label="抽查计划" own={data.plan.name} code={data.plan.nationalCode} onEdit={() => setEditing('plan')} />}
      </Box>
      {editing && (
        <NationalCodeDialog
          what={editing === 'task' ? '抽查任务' : '年度抽查工作计划'}
          name={editing === 'task' ? `${data.task.code} ${data.task.name}` : (data.plan?.name ?? '')}
          current={editing === 'task' ? data.task.nationalCode : (data.plan?.nationalCode ?? null)}
          hint={editing === 'task' ? TASK_HINT : PLAN_HINT}
          save={(code) =>
            editing === 'task'
              ? api.run('gsxt:setTaskCode', { taskId, code })
              : api.run('gsxt:setPlanCode', { planId: data.plan!.id, code })
          }
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
            notify.success('公示系统编号已保存');
          }}
        />
      )}
    </Paper>
  );
}
