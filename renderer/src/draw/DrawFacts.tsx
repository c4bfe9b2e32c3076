import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { DrawProof } from '../../../electron/api/types.ts';
import { CopyableText } from '../common/CopyableText.tsx';
import { formatCount, formatDateTime } from '../common/format-time.ts';
import type { DrawRecord } from '../tasks/task-types.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" color="text.secondary" sx={{ pt: 0.25 }}>
        {label}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

/** The words the printed record uses too (draw-record-facts.ts). */
export const PLAIN_SEED = '一键抽取（未经监督人见证随机数）';

/** 见证抽取 or 一键抽取, in one line; the parts are shown in full below the drawn list. */
function SeedMode({ proof }: { proof: DrawProof | null }) {
  if (!proof) return <Typography color="text.secondary">…</Typography>;
  const parts = proof.seedParts;
  return parts.mode === 'witnessed' ? (
    <Typography data-testid="seed-mode">
      <Chip size="small" color="success" label="见证抽取" sx={{ mr: 1 }} />
      先公布承诺值，再由监督人输入随机数 {parts.witnessDigits}
      {parts.publicValue ? `，公开随机值“${parts.publicValue}”` : ''}（详见下方）
    </Typography>
  ) : (
    <Typography data-testid="seed-mode">
      <Chip size="small" color="warning" variant="outlined" label="一键抽取" sx={{ mr: 1 }} />
      {PLAIN_SEED}
    </Typography>
  );
}

/** What makes a draw checkable: who, when, the algorithm, the pool, the seed, how it was made, the fingerprint. */
export function DrawFacts({ draw, proof }: { draw: DrawRecord; proof: DrawProof | null }) {
  const { closed, repeat } = draw.params.excluded;
  return (
    <Box
      component="dl"
      aria-label="抽取记录"
      sx={{ display: 'grid', gridTemplateColumns: '7em 1fr 7em 1fr', columnGap: 1.5, rowGap: 0.75, m: 0 }}
    >
      <Row label="抽取记录">
        <Typography data-testid="draw-id">
          #{draw.id}　算法 {draw.algorithm}
        </Typography>
      </Row>
      <Row label="抽取时间">
        <Typography data-testid="drawn-at">{formatDateTime(draw.drawnAt)}</Typography>
      </Row>
      <Row label="操作人">
        <Typography data-testid="draw-operator">{draw.operator}</Typography>
      </Row>
      <Row label="监督人">
        <Typography data-testid="draw-witness">{draw.witness}</Typography>
      </Row>
      <Row label="候选名单">
        <Typography>
          {formatCount(draw.poolSize)} 个（已排除注销等 {closed} 个、近期已抽查 {repeat} 个）
        </Typography>
      </Row>
      <Row label="抽中">
        <Typography>{draw.selected.length} 户</Typography>
      </Row>
      <Box sx={{ gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: '7em 1fr', columnGap: 1.5, rowGap: 0.75 }}>
        {draw.params.departments && (
          <Row label="联合抽查">
            {/* Each department drew its own members on its own stream (ALGORITHM.md §5a), the lead first. */}
            <Typography data-testid="draw-departments">
              {draw.params.departments.map((d) => `${d.role === '牵头' ? '牵头' : '参与'}　${d.name}（每户 ${d.perEntity} 名）`).join('；')}
            </Typography>
          </Row>
        )}
        <Row label="随机种子">
          <CopyableText text={draw.seed} label="随机种子" testId="draw-seed" />
        </Row>
        <Row label="种子来源">
          <SeedMode proof={proof} />
        </Row>
        <Row label="名单指纹">
          <CopyableText text={draw.poolHash} label="候选名单指纹" testId="draw-pool-hash" />
        </Row>
      </Box>
    </Box>
  );
}
