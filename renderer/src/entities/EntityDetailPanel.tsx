import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { DetailDrawer } from '../common/DetailDrawer.tsx';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { FactList } from '../common/FactList.tsx';
import { Section } from '../common/Section.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { EntityHistory } from './EntityHistory.tsx';
import { RegStatusChip } from './RegStatusChip.tsx';
import type { Entity, EntityDetail } from './entity-types.ts';

interface EntityDetailPanelProps {
  /** The row clicked: shown at once, while its history loads. */
  entity: Entity | null;
  detail: EntityDetail | null;
  error: unknown;
  onClose: () => void;
  onEdit: (entity: Entity) => void;
}

function factsOf(e: Entity) {
  return [
    { label: '法定代表人', value: e.legalRep },
    { label: '住所', value: e.address },
    { label: '所属区域', value: e.area },
    { label: '登记机关', value: e.regAuthority },
    { label: '管辖单位', value: e.jurisdiction },
    { label: '行业门类', value: e.industry },
    { label: '主体类型', value: e.entityType },
    { label: '登记状态', value: e.regStatus },
    { label: '成立日期', value: e.established ?? '' },
    { label: '联系电话', value: e.phone },
    { label: '信用风险分类', value: e.riskClass ?? '未分类' },
    { label: '备注', value: e.notes },
  ];
}

/** One market entity: every field, its 名录, where it came from and what changed since. */
export function EntityDetailPanel({ entity: clicked, detail, error, onClose, onEdit }: EntityDetailPanelProps) {
  const entity = detail?.entity ?? clicked;
  return (
    <DetailDrawer
      open={clicked !== null}
      label="检查对象详情"
      overline={entity?.code ?? ''}
      title={entity?.name ?? ''}
      onClose={onClose}
      header={
        entity && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
            <RegStatusChip status={entity.regStatus} />
            <Chip size="small" label={entity.entityType} />
            <Box sx={{ flex: 1 }} />
            <Button variant="contained" startIcon={<EditIcon />} onClick={() => onEdit(entity)}>
              编辑
            </Button>
          </Box>
        )
      }
    >
      {entity && (
        <>
          {entity.codeFlagged && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="code-flagged">
              该代码的校验位不符合国家标准，是在确认无误（早期试点代码）后接受的。
            </Alert>
          )}
          <Section title="基本信息">
            <FactList facts={factsOf(entity)} />
          </Section>
          <Section title="所属名录">
            {entity.rosters.length === 0 ? (
              <Typography color="text.disabled">不在任何名录中</Typography>
            ) : (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="entity-rosters">
                {entity.rosters.map((r) => (
                  <Chip key={r} label={r} variant="outlined" color="primary" />
                ))}
              </Box>
            )}
          </Section>
          <Section title="来源">
            <Typography variant="body2">
              {entity.source || '—'}　（首次录入 {formatDateTime(entity.createdAt)}，最后更新 {formatDateTime(entity.updatedAt)}）
            </Typography>
          </Section>
          <Section title="修改记录">
            <ErrorAlert error={error} />
            {detail ? <EntityHistory history={detail.history} /> : !error && <Typography color="text.disabled">正在读取…</Typography>}
          </Section>
        </>
      )}
    </DetailDrawer>
  );
}
