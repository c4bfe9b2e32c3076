import { z } from 'zod';

/** What every results import takes besides its file and task: the preview, its fingerprint, who imports. */
export const resultImportOptions = {
  /** true: only say what would change (new / changed / unchanged / refused), write nothing. */
  dryRun: z.boolean().default(false),
  /** Write the good rows although some are refused (the clerk saw them in the preview). */
  skipRefused: z.boolean().optional(),
  /** The preview's fingerprint: the import is refused if the file or the results changed since. */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '预览标识无效，请重新预览后再导入')
    .optional(),
  /** The 录入员 (the person signed in on the PC that imports). */
  actor: z.string().max(30, '录入人不能超过 30 字').optional(),
};
