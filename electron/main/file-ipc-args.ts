import { z } from 'zod';

/**
 * The arguments of the files:* IPC channels, checked like every call of the contract: the page
 * is not trusted to send what the preload's types promise.
 */
const title = z.string().max(200);
const filters = z
  .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).max(20) }))
  .max(10);

export const pickOpenArgs = z.object({ title, filters });
/** Only a name: the folder the save dialog opens in is the system's choice, not the page's. */
export const pickSaveArgs = z.object({
  title,
  defaultName: z
    .string()
    .max(200)
    .transform((name) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')),
  filters,
});
export const pickFolderArgs = z.object({ title });
export const fileArg = z.string().min(1).max(4096);

/** Parses IPC arguments; a malformed one is refused in Chinese (and never reaches a dialog). */
export function parseIpcArgs<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error('拒绝访问：文件操作的参数无效。');
  return parsed.data;
}
