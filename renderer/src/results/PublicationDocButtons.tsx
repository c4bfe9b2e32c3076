import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableViewIcon from '@mui/icons-material/TableView';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { api } from '../api/client.ts';
import { useCall } from '../common/use-call.ts';

/**
 * The 公示 among a task's 文书: the latest stored publication, as published. None yet: the buttons
 * are off and say where a 公示 is made, so no 公示 ever prints results not reviewed (尚未录入).
 */
export function PublicationDocButtons(props: {
  taskId: number;
  disabled: boolean;
  save: (label: string, pdf: boolean, write: (path: string) => Promise<unknown>) => void;
}) {
  const list = useCall('publication:list', { taskId: props.taskId });
  const latest = list.data?.publications.at(-1) ?? null;
  const write = (path: string) => api.run('docs:publication', { taskId: props.taskId, publicationId: latest!.id, path });
  const label = latest ? `${latest.kind === '更正公示' ? '更正公示' : '抽查结果公示'} #${latest.id}` : '抽查结果公示';
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<PictureAsPdfIcon />}
        disabled={props.disabled || !latest}
        onClick={() => props.save(label, true, write)}
      >
        {label} (PDF)
      </Button>
      <Button
        variant="outlined"
        startIcon={<TableViewIcon />}
        disabled={props.disabled || !latest}
        onClick={() => props.save(label, false, write)}
      >
        {label} (Excel)
      </Button>
      {list.data && !latest && (
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }} data-testid="no-publication">
          尚未生成公示：在“检查结果 → 公示期限”中对已审核的结果生成公示后，在此打印。
        </Typography>
      )}
    </>
  );
}
