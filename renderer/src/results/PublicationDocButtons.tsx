import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableViewIcon from '@mui/icons-material/TableView';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { PublicationSummary } from '../../../electron/api/types.ts';
import { api } from '../api/client.ts';
import { useCall } from '../common/use-call.ts';

type Save = (label: string, pdf: boolean, write: (path: string) => Promise<unknown>) => void;

/**
 * The 公示 among a task's 文书: the latest stored publication, as published. None yet: the buttons
 * are off and say where a 公示 is made, so no 公示 ever prints results not reviewed (尚未录入).
 * A joint task's departments each publish their own: the latest of each (or of `departmentId`).
 */
export function PublicationDocButtons(props: { taskId: number; departmentId?: number | undefined; disabled: boolean; save: Save }) {
  const list = useCall('publication:list', { taskId: props.taskId, departmentId: props.departmentId });
  const publications = list.data?.publications ?? [];
  const departments = list.data?.departments ?? [];
  const latest: { p: PublicationSummary | null; whose: string }[] =
    departments.length === 0 || props.departmentId !== undefined
      ? [{ p: publications.at(-1) ?? null, whose: '' }]
      : departments.flatMap((d) => {
          const p = publications.filter((x) => x.departmentId === d.departmentId).at(-1);
          return p ? [{ p, whose: `（${d.shortName}）` }] : [];
        });
  const none = latest.every((l) => l.p === null);
  return (
    <>
      {(none ? [{ p: null, whose: '' }] : latest).map(({ p, whose }) => (
        <LatestButtons key={p?.id ?? 0} taskId={props.taskId} p={p} whose={whose} disabled={props.disabled} save={props.save} />
      ))}
      {list.data && none && (
        <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }} data-testid="no-publication">
          尚未生成公示：在“检查结果 → 公示期限”中对已审核的结果生成公示后，在此打印。
        </Typography>
      )}
    </>
  );
}

function LatestButtons(props: { taskId: number; p: PublicationSummary | null; whose: string; disabled: boolean; save: Save }) {
  const { p } = props;
  const write = (path: string) => api.run('docs:publication', { taskId: props.taskId, publicationId: p!.id, path });
  const label = p ? `${p.kind === '更正公示' ? '更正公示' : '抽查结果公示'} #${p.id}${props.whose}` : '抽查结果公示';
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<PictureAsPdfIcon />}
        disabled={props.disabled || !p}
        onClick={() => props.save(label, true, write)}
      >
        {label} (PDF)
      </Button>
      <Button
        variant="outlined"
        startIcon={<TableViewIcon />}
        disabled={props.disabled || !p}
        onClick={() => props.save(label, false, write)}
      >
        {label} (Excel)
      </Button>
    </>
  );
}
