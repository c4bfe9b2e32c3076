import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { tempContext } from '../temp-db.ts';

describe('a call with values of the wrong type', () => {
  it('is refused in Chinese naming each field and both types, with no English type name', async () => {
    const answer = await dispatch(tempContext(), 'results:set', { taskId: 'x', entityIds: '3', result: 5 });
    expect(answer.ok).toBe(false);
    const { message, fields } = (answer as { error: { message: string; fields: Record<string, string> } }).error;
    expect(fields).toEqual({ taskId: '缺少编号', entityIds: '检查对象应为列表，实际是文字', result: '检查结果应为一组内容，实际是数字' });
    expect(message).not.toMatch(/[A-Za-z]/);
  });

  it('asks for a missing field without a message of its own by its name', async () => {
    const answer = await dispatch(tempContext(), 'results:set', { taskId: 1, entityIds: [1] });
    expect(answer).toMatchObject({ ok: false, error: { fields: { result: '请填写检查结果' } } });
  });
});
