import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { DetailDrawer } from '../common/DetailDrawer.tsx';
import { FactList } from '../common/FactList.tsx';
import { Section } from '../common/Section.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { CertExpiry } from './CertExpiry.tsx';
import { ConflictsSection } from './ConflictsSection.tsx';
import { DRAWN_STATUS, NOT_DRAWN_MARK, TAGS_LABEL } from './inspector-options.ts';
import { TagChips } from './TagChips.tsx';
import type { Inspector } from './inspector-types.ts';

interface InspectorDetailPanelProps {
  inspector: Inspector | null;
  version: number;
  onClose: () => void;
  onEdit: (inspector: Inspector) => void;
  onConflictsChanged: () => void;
}

/** One inspector: the 执法证, 科室/所, 执法领域 / 业务专长 as chips, status, and the declared 回避. */
export function InspectorDetailPanel({ inspector, version, onClose, onEdit, onConflictsChanged }: InspectorDetailPanelProps) {
  return (
    <DetailDrawer
      open={inspector !== null}
      label="执法检查人员详情"
      overline={inspector ? `执法证号 ${inspector.certNo}` : ''}
      title={inspector?.name ?? ''}
      onClose={onClose}
      header={
        inspector && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
            <Chip
              size="small"
              label={inspector.status === DRAWN_STATUS ? inspector.status : `${inspector.status} · ${NOT_DRAWN_MARK}`}
              color={inspector.status === DRAWN_STATUS ? 'success' : 'default'}
            />
            <CertExpiry inspector={inspector} />
            <Box sx={{ flex: 1 }} />
            <Button variant="contained" startIcon={<EditIcon />} onClick={() => onEdit(inspector)}>
              编辑
            </Button>
          </Box>
        )
      }
    >
      {inspector && (
        <>
          <Section title="基本信息">
            <FactList
              facts={[
                { label: '所属科室/所', value: inspector.unit },
                { label: '联系电话', value: inspector.phone },
                { label: '备注', value: inspector.notes },
                { label: '来源', value: `${inspector.source}（${formatDateTime(inspector.updatedAt)}）` },
              ]}
            />
          </Section>
          <Section title={TAGS_LABEL}>
            <TagChips tags={inspector.tags} empty="（未填写）" />
          </Section>
          <ConflictsSection inspectorId={inspector.id} version={version} onChanged={onConflictsChanged} />
        </>
      )}
    </DetailDrawer>
  );
}
