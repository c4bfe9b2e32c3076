import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { DrawProof } from '../../../electron/api/types.ts';
import { CopyableText } from '../common/CopyableText.tsx';
import { Section } from '../common/Section.tsx';
import { formatDateTime } from '../common/format-time.ts';
import { PLAIN_SEED } from './DrawFacts.tsx';

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

const OUTCOMES: Record<string, string> = { abandoned: '已放弃', drawn: '已抽取', open: '未完成' };

/** 本任务曾开始抽取 N 次: each start with its time, operator, witness, fate (when and why given up), commitment and revealed secret. */
function Ceremonies({ proof }: { proof: DrawProof }) {
  const parts = proof.seedParts;
  const mine = parts.mode === 'witnessed' ? parts.commitment : null;
  return (
    <Box>
      <Typography data-testid="ceremony-count">
        本任务曾开始抽取 {proof.ceremonies.length} 次
        {mine ? `，第 ${proof.ceremonies.findIndex((c) => c.commitment === mine) + 1} 次完成本次抽取` : ''}
      </Typography>
      <Box component="ol" aria-label="开始抽取记录" sx={{ m: 0, mt: 0.5, pl: 3 }}>
        {proof.ceremonies.map((c) => (
          <Box component="li" key={c.commitment} data-outcome={c.outcome} sx={{ py: 0.5, typography: 'body2' }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              开始 {formatDateTime(c.startedAt)}　操作人 {c.operator}　监督人 {c.witness}
              <Chip
                size="small"
                variant="outlined"
                label={c.commitment === mine ? '本次抽取' : (OUTCOMES[c.outcome] ?? c.outcome)}
                color={c.outcome === 'abandoned' ? 'warning' : 'default'}
              />
            </Box>
            {c.outcome === 'abandoned' && (
              <Box data-testid="ceremony-abandoned" sx={{ color: 'text.secondary' }}>
                放弃时间 {c.endedAt ? formatDateTime(c.endedAt) : '未记录'}　放弃理由 {c.endReason || '未填写'}
              </Box>
            )}
            <Box sx={{ fontFamily: 'Consolas, monospace', fontSize: '0.85em', color: 'text.secondary', wordBreak: 'break-all' }}>
              承诺值 {c.commitment}
              {c.secret && (
                <>
                  <br />
                  秘密随机数 {c.secret}
                </>
              )}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/**
 * 种子来源与核验信息: how the draw's seed was made (见证抽取: C, r, w, v; or 一键抽取), every start of
 * the task up to the draw, and the hashes the printed record carries, all from the draw's 核验包.
 */
export function SeedProofFacts({ proof }: { proof: DrawProof }) {
  const parts = proof.seedParts;
  return (
    <Section title="种子来源与核验信息">
      <Box
        component="dl"
        aria-label="种子来源与核验信息"
        sx={{ display: 'grid', gridTemplateColumns: '9em 1fr', columnGap: 1.5, rowGap: 0.75, m: 0 }}
      >
        {parts.mode === 'witnessed' ? (
          <>
            <Row label="种子来源">
              <Typography>
                见证抽取：{formatDateTime(parts.startedAt)}{' '}
                开始抽取时程序生成秘密随机数并公布承诺值，监督人随后输入随机数；抽取后公布秘密随机数，任何人可核对它与承诺值相符并重算种子。
              </Typography>
            </Row>
            <Row label="承诺值">
              <CopyableText text={parts.commitment} label="承诺值" testId="proof-commitment" />
            </Row>
            <Row label="秘密随机数">
              <CopyableText text={parts.secret} label="秘密随机数" testId="proof-secret" />
            </Row>
            <Row label="监督人随机数">
              <Typography data-testid="proof-witness-digits" sx={{ fontFamily: 'Consolas, monospace' }}>
                {parts.witnessDigits}
              </Typography>
            </Row>
            <Row label="公开随机值">
              <Typography data-testid="proof-public-value">{parts.publicValue || '无'}</Typography>
            </Row>
          </>
        ) : (
          <Row label="种子来源">
            <Typography>{PLAIN_SEED}：随机种子由程序从操作系统的随机数源取得。</Typography>
          </Row>
        )}
        {proof.ceremonies.length > 0 && (
          <Row label="开始抽取">
            <Ceremonies proof={proof} />
          </Row>
        )}
        <Row label="记录哈希">
          <CopyableText text={proof.hash} label="记录哈希" testId="proof-hash" />
        </Row>
        <Row label="上一条记录哈希">
          <CopyableText text={proof.prevHash} label="上一条记录哈希" testId="proof-prev-hash" />
        </Row>
        <Row label="审计链头（抽取时）">
          {proof.auditEntryHash ? (
            <CopyableText text={proof.auditEntryHash} label="审计链头" testId="proof-audit-head" />
          ) : (
            <Typography>无</Typography>
          )}
        </Row>
      </Box>
    </Section>
  );
}
