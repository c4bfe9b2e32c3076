import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../electron/api/contract.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { issuesByField } from '../../../electron/core/validate.ts';
import { tempContext } from '../temp-db.ts';
import { messageGaps } from './schema-walk.ts';

describe('every rule of every contract call', () => {
  it.each(Object.keys(contract))('%s: has a Chinese message of its own, and every field a Chinese name', (name) => {
    const spec = contract[name as keyof typeof contract];
    expect(messageGaps(spec.input as z.ZodType)).toEqual([]);
  });
});

describe('a rule without a message of its own', () => {
  const bare = z.object({
    inspectorsPerEntity: z.number().int().min(2).max(10),
    department: z.string().max(100),
    itemIds: z.array(z.number()).min(1),
    entityType: z.enum(['企业', '个体工商户']),
    periodStart: z.iso.date(),
    repeatOverrides: z.array(z.object({ reason: z.string().min(1) })),
  });

  it('is answered in Chinese naming the field by its label and the limit, never with zod English or locale text', () => {
    const fields = issuesByField(
      bare.safeParse({
        inspectorsPerEntity: 11,
        department: 'x'.repeat(101),
        itemIds: [],
        entityType: '公司',
        periodStart: '2026-02-30',
        repeatOverrides: [{ reason: '' }],
      }).error!,
    );
    expect(fields).toEqual({
      inspectorsPerEntity: '每户执法人员不能超过 10',
      department: '实施部门不能超过 100 个字',
      itemIds: '抽查事项至少 1 项',
      entityType: '主体类型只能是：企业、个体工商户',
      periodStart: '检查开始日期的格式不对，应为日期，如 2026-12-01',
      'repeatOverrides.0.reason': '请填写理由',
    });
  });

  it('names the lower limit, a wrong type and a fraction where an integer is due', () => {
    const messages = Object.values(issuesByField(bare.safeParse({ inspectorsPerEntity: 1 }).error!));
    expect(messages).toContain('每户执法人员不能小于 2');
    expect(messages).toContain('请填写实施部门');
    expect(issuesByField(bare.safeParse({ inspectorsPerEntity: 2.5 }).error!).inspectorsPerEntity).toBe('每户执法人员应为整数');
    expect(issuesByField(bare.safeParse({ inspectorsPerEntity: '3' }).error!).inspectorsPerEntity).toBe('每户执法人员应为数字，实际是文字');
  });
});

describe('每户执法人员 above its maximum at the door', () => {
  it('is refused naming the field and the limit, with no English and no zod wording', async () => {
    const task = { name: '测试任务', itemIds: [1], count: 3, inspectorsPerEntity: 11 };
    const answer = await dispatch(tempContext(), 'tasks:save', { task });
    expect(answer.ok).toBe(false);
    const { message, fields } = (answer as { error: { message: string; fields: Record<string, string> } }).error;
    expect(fields['task.inspectorsPerEntity']).toMatch(/^每户执法人员不能超过 10 名/);
    expect(message).not.toMatch(/[A-Za-z]|期望|数值过大/);
  });
});
