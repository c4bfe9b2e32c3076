import { describe, expect, it } from 'vitest';
import { callNames, contract } from '../../../electron/api/contract.ts';
import { dispatch } from '../../../electron/api/dispatch.ts';
import { tempContext } from '../temp-db.ts';

describe('the contract and its dispatcher', () => {
  it('has a handler and a Chinese summary for every call, named domain:verb', () => {
    for (const name of callNames) {
      expect(typeof contract[name].handle, name).toBe('function');
      expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      expect(contract[name].summary).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('runs a valid call', async () => {
    const ctx = tempContext();
    const result = await dispatch(ctx, 'items:list', { search: '有机' });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && (result.data as { name: string }[]).map((i) => i.name)).toEqual(['有机产品认证监督抽查']);
  });

  it('refuses input that breaks the schema, with the field marked in Chinese', async () => {
    const ctx = tempContext();
    const result = await dispatch(ctx, 'items:create', { name: '', category: '市场监管执法事项' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fields).toEqual({ name: '抽查事项不能为空' });
    const wrongType = await dispatch(ctx, 'items:get', { id: 'abc' });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/请检查/);
  });

  it('answers an unknown call and an unexpected failure in Chinese with a reference, never a stack', async () => {
    const logged: string[] = [];
    const ctx = { ...tempContext(), log: (l: string) => logged.push(l) };
    const unknown = await dispatch(ctx, 'items:drop', {});
    expect(!unknown.ok && unknown.error.message).toMatch(/未知的操作/);
    ctx.db.exec('DROP TABLE settings');
    const broken = await dispatch(ctx, 'settings:get', {});
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.error.message).toMatch(/参考号 [0-9A-F]{6}/);
      expect(broken.error.message).not.toMatch(/at |Error/);
      expect(logged.some((l) => l.includes(broken.error.ref!) && l.includes('no such table'))).toBe(true);
    }
  });

  it('saves settings and marks a bad 文号 prefix', async () => {
    const ctx = tempContext();
    const got = await dispatch(ctx, 'settings:get', {});
    expect(got.ok && got.data).toMatchObject({ bureauName: '大同县市场和质量监督管理局', docPrefix: '大同县市监' });
    const bad = await dispatch(ctx, 'settings:save', {
      bureauName: '大同县市场和质量监督管理局',
      docPrefix: '大同县市监〔2026〕',
      contactName: '张三',
      contactPhone: '0352-1234567',
    });
    expect(!bad.ok && bad.error.fields?.docPrefix).toMatch(/机关代字/);
    const good = await dispatch(ctx, 'settings:save', {
      bureauName: '大同县市场监督管理局',
      docPrefix: '同县市监',
      contactName: '张三',
      contactPhone: '0352-1234567',
    });
    expect(good.ok).toBe(true);
    const again = await dispatch(ctx, 'settings:get', {});
    expect(again.ok && again.data).toMatchObject({ bureauName: '大同县市场监督管理局', contactName: '张三' });
  });
});
