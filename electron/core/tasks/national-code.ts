import dayjs from 'dayjs';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { AppError, fieldError } from '../errors.ts';
import { getSettings } from '../settings/settings-service.ts';
import { taskCode } from './task-schema.ts';

/**
 * 公示系统编号: the numbers 国家企业信用信息公示系统 knows a plan and a task by (DOMAIN.md, national
 * numbering). Plan: 6-digit 机关代码 + year + "1" + 3-digit sequence (14 digits); task: 机关代码 +
 * yyyyMMdd + "1" + sequence (18 digits). The bureau's own 编号 (2026-001) stays for its paper.
 */
const PLAN_FORMAT = /^\d{6}(\d{4})1\d{3}$/;
const TASK_FORMAT = /^\d{6}(\d{8})1\d{3}$/;

export const PLAN_CODE_RULE = '计划的公示系统编号应为 14 位数字：6 位机关代码 + 4 位年份 + 1 + 3 位序号，如 14022120261001';
export const TASK_CODE_RULE = '任务的公示系统编号应为 18 位数字：6 位机关代码 + 8 位日期（年月日）+ 1 + 3 位序号，如 140221202612011001';

/** A task's two numbers and its plan's, as the task detail and the export show them. */
export interface NationalCodes {
  /** 机关代码 from 设置 ('' while not set: nothing can be numbered then). */
  authorityCode: string;
  task: { id: number; code: string; name: string; nationalCode: string | null; createdOn: string };
  plan: NationalPlan | null;
}

interface TaskRow {
  id: number;
  year: number;
  number: number;
  name: string;
  plan_id: number | null;
  national_code: string | null;
  created_at: string;
}
interface PlanRow {
  id: number;
  year: number;
  name: string;
  national_code: string | null;
}

function taskRow(db: Db, taskId: number): TaskRow {
  const row = db.prepare('SELECT id, year, number, name, plan_id, national_code, created_at FROM tasks WHERE id = ?').get(taskId) as
    TaskRow | undefined;
  if (!row) throw new AppError('找不到该抽查任务，请刷新列表。', { cause: `task ${taskId} not found` });
  return row;
}

function planRow(db: Db, planId: number): PlanRow {
  const row = db.prepare('SELECT id, year, name, national_code FROM plans WHERE id = ?').get(planId) as PlanRow | undefined;
  if (!row) throw new AppError('找不到该年度抽查工作计划，请刷新列表。', { cause: `plan ${planId} not found` });
  return row;
}

/**
 * The day a task's number carries: the day it was created, on this PC's calendar. Not the
 * inspection period (it is edited until the draw, and a number must not change under a clerk who
 * has already typed it into the national system) nor the draw (a task is registered there before).
 */
function createdOn(task: TaskRow): string {
  return dayjs(task.created_at).format('YYYY-MM-DD');
}

export function nationalCodes(db: Db, taskId: number): NationalCodes {
  const t = taskRow(db, taskId);
  return {
    authorityCode: getSettings(db).authorityCode,
    task: { id: t.id, code: taskCode(t.year, t.number), name: t.name, nationalCode: t.national_code, createdOn: createdOn(t) },
    plan: t.plan_id === null ? null : nationalPlan(db, t.plan_id),
  };
}

function authorityCode(db: Db): string {
  const code = getSettings(db).authorityCode;
  if (!code) throw new AppError('尚未设置机关代码：请先在“设置”中填写本局的 6 位机关代码（如 140221），再生成公示系统编号。');
  return code;
}

/** The next free number under a prefix: one more than the highest taken, plans and tasks alike. */
function nextCode(db: Db, table: 'plans' | 'tasks', prefix: string): string {
  const taken = db.prepare(`SELECT national_code FROM ${table} WHERE national_code LIKE ? || '___'`).pluck().all(prefix) as string[];
  const highest = Math.max(0, ...taken.map((c) => Number(c.slice(prefix.length))).filter(Number.isFinite));
  if (highest >= 999) throw new AppError(`编号 ${prefix}… 的 3 位序号已用完（999 个），请在公示系统中取得编号后手工填写。`);
  return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}

function assignPlan(db: Db, p: PlanRow, actor: string): void {
  if (p.national_code !== null) return;
  const code = nextCode(db, 'plans', `${authorityCode(db)}${p.year}1`);
  db.prepare('UPDATE plans SET national_code = ? WHERE id = ?').run(code, p.id);
  appendAudit(db, {
    actor,
    action: '编发公示系统编号',
    subject: `计划 ${p.year}年 ${p.name}`,
    details: { planId: p.id, nationalCode: code },
  });
}

/**
 * Gives a task, and the plan it belongs to, a 公示系统编号 where they have none yet; numbers
 * already given (or typed in from the national system) stay. Needs the 机关代码.
 */
export function assignNationalCodes(db: Db, taskId: number, actor = ''): NationalCodes {
  db.transaction(() => {
    const t = taskRow(db, taskId);
    if (t.plan_id !== null) assignPlan(db, planRow(db, t.plan_id), actor);
    if (t.national_code !== null) return;
    const code = nextCode(db, 'tasks', `${authorityCode(db)}${dayjs(t.created_at).format('YYYYMMDD')}1`);
    db.prepare('UPDATE tasks SET national_code = ? WHERE id = ?').run(code, t.id);
    appendAudit(db, {
      actor,
      action: '编发公示系统编号',
      subject: `任务 ${taskCode(t.year, t.number)}`,
      details: { taskId: t.id, nationalCode: code },
    });
  })();
  return nationalCodes(db, taskId);
}

/** A plan with its 公示系统编号 (null while it has none). */
export interface NationalPlan {
  id: number;
  year: number;
  name: string;
  nationalCode: string | null;
}

function nationalPlan(db: Db, planId: number): NationalPlan {
  const p = planRow(db, planId);
  return { id: p.id, year: p.year, name: p.name, nationalCode: p.national_code };
}

/** A plan's 公示系统编号 where it has none yet. */
export function assignPlanNationalCode(db: Db, planId: number, actor = ''): NationalPlan {
  db.transaction(() => assignPlan(db, planRow(db, planId), actor))();
  return nationalPlan(db, planId);
}

/** A yyyyMMdd or yyyy the calendar has (2026-02-30 is not a day), in this century or the next. */
function realDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  if (year < 2000 || year > 2100) return false;
  if (digits.length === 4) return true;
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  return dayjs(iso).isValid() && dayjs(iso).format('YYYY-MM-DD') === iso;
}

/** The number as typed: full-width digits folded, spaces dropped; '' clears it. */
function typedCode(text: string, format: RegExp, rule: string): string | null {
  const code = text.normalize('NFKC').replace(/\s+/g, '');
  if (code === '') return null;
  const m = format.exec(code);
  if (!m || !realDate(m[1]!)) throw fieldError({ code: `“${text.trim()}”不是有效的编号。${rule}` });
  return code;
}

function checkUnique(db: Db, table: 'plans' | 'tasks', code: string | null, id: number): void {
  if (code === null) return;
  const other = db.prepare(`SELECT id FROM ${table} WHERE national_code = ? AND id <> ?`).pluck().get(code, id) as number | undefined;
  if (other === undefined) return;
  const owner =
    table === 'tasks'
      ? (() => {
          const t = taskRow(db, other);
          return `任务 ${taskCode(t.year, t.number)}（${t.name}）`;
        })()
      : `计划“${planRow(db, other).name}”`;
  throw fieldError({ code: `编号 ${code} 已是${owner}的公示系统编号，不能重复使用` });
}

/**
 * The number the national system gave a task, typed in by the clerk instead of the program's own
 * ('' clears it). Checked for format and a real date, and unique among tasks; the 机关代码 part may
 * differ from the bureau's (the system may number under another organ's code).
 */
export function setTaskNationalCode(db: Db, taskId: number, text: string, actor = ''): NationalCodes {
  const code = typedCode(text, TASK_FORMAT, TASK_CODE_RULE);
  db.transaction(() => {
    const t = taskRow(db, taskId);
    checkUnique(db, 'tasks', code, t.id);
    if (code === t.national_code) return;
    db.prepare('UPDATE tasks SET national_code = ? WHERE id = ?').run(code, t.id);
    appendAudit(db, {
      actor,
      action: '填写公示系统编号',
      subject: `任务 ${taskCode(t.year, t.number)}`,
      details: { taskId: t.id, before: t.national_code, nationalCode: code },
    });
  })();
  return nationalCodes(db, taskId);
}

/** The number the national system gave a plan, typed in by the clerk ('' clears it). */
export function setPlanNationalCode(db: Db, planId: number, text: string, actor = ''): NationalPlan {
  const code = typedCode(text, PLAN_FORMAT, PLAN_CODE_RULE);
  db.transaction(() => {
    const p = planRow(db, planId);
    checkUnique(db, 'plans', code, p.id);
    if (code === p.national_code) return;
    db.prepare('UPDATE plans SET national_code = ? WHERE id = ?').run(code, p.id);
    appendAudit(db, {
      actor,
      action: '填写公示系统编号',
      subject: `计划 ${p.year}年 ${p.name}`,
      details: { planId: p.id, before: p.national_code, nationalCode: code },
    });
  })();
  return nationalPlan(db, planId);
}
