import { formatCount } from '../common/format-time.ts';
import type { ResultImportOutcome } from './result-import-types.ts';

/** What each verdict is called on chips and in sentences. */
export const VERDICT_TEXT = { new: '新增', changed: '更改', unchanged: '不变', refused: '不导入' } as const;

/** The rows 确认导入 writes: new and changed results (unchanged ones are not rewritten). */
export function toWrite(outcome: ResultImportOutcome): number {
  return outcome.counts.new + outcome.counts.changed;
}

/** The preview's headline: what 确认导入 will write, what it leaves alone, and that nothing is written yet. */
export function previewHeadline(outcome: ResultImportOutcome): string {
  const { counts } = outcome;
  const same = counts.unchanged > 0 ? `${formatCount(counts.unchanged)} 户与已录入的相同` : '';
  const refused = counts.refused > 0 ? `${formatCount(counts.refused)} 行不会导入（原因见下方）` : '';
  if (toWrite(outcome) === 0) return `没有需要写入的新结果或更改：${[same, refused].filter(Boolean).join('，')}。`;
  const rest = [same && `${same}，保持不动`, refused]
    .filter(Boolean)
    .map((t) => `${t}；`)
    .join('');
  return `确认导入后将新增 ${formatCount(counts.new)} 户、更改 ${formatCount(counts.changed)} 户的检查结果；${rest}现在还没有写入任何数据。`;
}

/** The notice after 确认导入. */
export function importedNotice(done: ResultImportOutcome): string {
  const { counts } = done;
  const parts = [`新增 ${formatCount(counts.new)} 户`, `更改 ${formatCount(counts.changed)} 户`];
  if (counts.unchanged > 0) parts.push(`${formatCount(counts.unchanged)} 户不变`);
  if (counts.refused > 0) parts.push(`${formatCount(counts.refused)} 行有问题未导入`);
  const whose = [`任务 ${done.tasks.join('、')}`, done.department ?? ''].filter(Boolean).join('，');
  return `已导入 ${formatCount(done.written)} 户的检查结果（${whose}）：${parts.join('，')}`;
}
