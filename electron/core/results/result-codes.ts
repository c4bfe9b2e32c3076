import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { fieldError } from '../errors.ts';
import { parseOrThrow } from '../validate.ts';
import type { ResultCode } from './result-schema.ts';

export function listResultCodes(db: Db): ResultCode[] {
  return (
    db.prepare('SELECT code, label, problem, active FROM result_codes ORDER BY sort, code').all() as {
      code: string;
      label: string;
      problem: number;
      active: number;
    }[]
  ).map((r) => ({
    code: r.code,
    label: r.label,
    problem: r.problem === 1,
    active: r.active === 1,
  }));
}

/** The whole list as the 设置 screen sends it; order is the order shown in menus. */
export const resultCodesSchema = z
  .array(
    z.object({
      code: z.string({ error: '代码不能为空' }).trim().min(1, '代码不能为空').max(4, '代码不超过 4 个字符'),
      label: z.string({ error: '名称不能为空' }).trim().min(1, '名称不能为空').max(60, '名称不超过 60 个字'),
      problem: z.boolean({ error: '请选择是否属于发现问题' }),
      active: z.boolean({ error: '请选择是否启用' }),
    }),
    { error: '检查结果代码应为列表' },
  )
  .min(1, '检查结果代码表不能为空')
  .max(100, '检查结果代码不超过 100 个');

/**
 * Replaces the result code list (provinces differ). A code already used by a result cannot be
 * removed, only made inactive, so old results keep their meaning.
 */
export function saveResultCodes(db: Db, input: z.input<typeof resultCodesSchema>): ResultCode[] {
  const codes = parseOrThrow(resultCodesSchema, input);
  const seen = new Set<string>();
  for (const c of codes) {
    if (seen.has(c.code)) throw fieldError({ codes: `代码 ${c.code} 重复` });
    seen.add(c.code);
  }
  db.transaction(() => {
    const used = db.prepare('SELECT DISTINCT value FROM results, json_each(results.codes)').pluck().all() as string[];
    const missing = used.filter((u) => !seen.has(u));
    if (missing.length > 0) throw fieldError({ codes: `代码 ${missing.join('、')} 已被检查结果使用，不能删除，可设为停用` });
    db.prepare('DELETE FROM result_codes').run();
    const insert = db.prepare('INSERT INTO result_codes (code, label, problem, sort, active) VALUES (?, ?, ?, ?, ?)');
    codes.forEach((c, i) => insert.run(c.code, c.label, c.problem ? 1 : 0, i + 1, c.active ? 1 : 0));
  })();
  return listResultCodes(db);
}
