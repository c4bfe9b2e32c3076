import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { parseOrThrow } from '../validate.ts';
import { taskCode } from './task-schema.ts';

/** 年度抽查工作计划: the year's plan, whose batches are the tasks that name it. */
export const planInputSchema = z.object({
  year: z.number({ error: '请填写年度' }).int('年度应为整数，如 2026').min(2015, '年度不能早于 2015').max(2100, '年度不能晚于 2100'),
  name: z.string().trim().min(1, '计划名称不能为空').max(100, '计划名称不能超过 100 字'),
  docNo: z.string().trim().max(50, '文号不能超过 50 字').default(''),
  notes: z.string().trim().max(2000, '备注不能超过 2000 字').default(''),
});

export type PlanInput = z.input<typeof planInputSchema>;

export interface Plan {
  id: number;
  year: number;
  name: string;
  docNo: string;
  notes: string;
  /** The batches: tasks created under this plan. */
  tasks: { id: number; code: string; name: string }[];
}

export function listPlans(db: Db): Plan[] {
  const plans = db.prepare('SELECT id, year, name, doc_no AS docNo, notes FROM plans ORDER BY year DESC, name').all() as Omit<
    Plan,
    'tasks'
  >[];
  const tasks = db.prepare('SELECT id, plan_id, year, number, name FROM tasks WHERE plan_id IS NOT NULL ORDER BY year, number').all() as {
    id: number;
    plan_id: number;
    year: number;
    number: number;
    name: string;
  }[];
  return plans.map((p) => ({
    ...p,
    tasks: tasks.filter((t) => t.plan_id === p.id).map((t) => ({ id: t.id, code: taskCode(t.year, t.number), name: t.name })),
  }));
}

export function savePlan(db: Db, input: { id?: number | undefined; plan: PlanInput }): Plan {
  const p = parseOrThrow(planInputSchema, input.plan);
  return db.transaction(() => {
    const other = db.prepare('SELECT id FROM plans WHERE year = ? AND name = ?').pluck().get(p.year, p.name) as number | undefined;
    if (other !== undefined && other !== input.id) throw fieldError({ name: '该年度已有同名计划' });
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db.prepare('INSERT INTO plans (year, name, doc_no, notes) VALUES (?, ?, ?, ?)').run(p.year, p.name, p.docNo, p.notes)
          .lastInsertRowid,
      );
    } else if (
      db.prepare('UPDATE plans SET year = ?, name = ?, doc_no = ?, notes = ? WHERE id = ?').run(p.year, p.name, p.docNo, p.notes, id)
        .changes === 0
    ) {
      throw new AppError('该计划已不存在，请刷新列表。');
    }
    return listPlans(db).find((x) => x.id === id)!;
  })();
}
