import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import type { AppContext } from '../core/app-context.ts';
import type { CliSession } from './session.ts';

type TemplateInfo = CallOutput<'templates:list'>[number];

/** A template by its Chinese name (检查通知书) or its code word (notice), as `templates list` shows both. */
async function templateOf(ctx: AppContext, session: CliSession, ref: string): Promise<TemplateInfo> {
  const list = await invoke(ctx, 'templates:list', {});
  const wanted = ref.trim();
  return (
    list.find((t) => t.label === wanted || t.type === wanted) ??
    session.fail(`没有名为“${ref}”的文书模板。可用的模板：${list.map((t) => t.label).join('、')}。`)
  );
}

/** The template text from a UTF-8 file (a BOM from Notepad is dropped). */
function readText(session: CliSession, file: string): string {
  try {
    return fs.readFileSync(path.resolve(file), 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const missing = (err as { code?: string }).code === 'ENOENT';
    return session.fail(missing ? `文件“${file}”不存在。` : `无法读取文件“${file}”。`);
  }
}

/** `shuangsuiji templates list|show|set|reset|preview`: the bureau's wording of each document. */
export function registerTemplateCommands(program: Command, session: CliSession): void {
  const templates = program.command('templates').description('文书模板（检查通知书等的文字；占位符如 {{单位名称}} 由程序填写）');
  templates
    .command('list')
    .description('列出文书模板：名称、代号、是否已自定、修改时间')
    .action(async () => {
      const { ctx, out } = session.open();
      const list = await invoke(ctx, 'templates:list', {});
      out.print(list, (l) => l.map((t) => `${t.label}\t${t.type}\t${t.custom ? '已自定' : '默认'}\t${t.updatedAt ?? ''}`));
    });
  templates
    .command('show <template>')
    .description('输出模板文字（可存为文件修改后用 templates set 保存），并列出可用的段落和占位符')
    .option('--default', '输出默认模板文字')
    .option('--text-only', '只输出模板文字')
    .action(async (ref: string, o: { default?: boolean; textOnly?: boolean }) => {
      const { ctx, out } = session.open();
      const t = await templateOf(ctx, session, ref);
      const text = o.default ? t.defaultText : t.text;
      out.print(t, () => [
        text.replace(/\n$/, ''),
        ...(o.textOnly
          ? []
          : [
              '',
              `—— 段落：${t.sections.map((s) => `${s.label}${s.required ? '（必需）' : ''}`).join('、')}`,
              `—— 占位符：${t.placeholders.map((p) => `{{${p.name}}} ${p.label}`).join('、')}`,
            ]),
      ]);
    });
  templates
    .command('set <template> <file>')
    .description('用文件中的文字（UTF-8）保存模板；段落和占位符不对时不保存并说明原因')
    .action(async (ref: string, file: string) => {
      const { ctx, out } = session.open();
      const t = await templateOf(ctx, session, ref);
      const saved = await invoke(ctx, 'templates:save', { type: t.type, text: readText(session, file) });
      out.print(saved, (s) => [`已保存${s.label}模板`]);
    });
  templates
    .command('reset <template>')
    .description('恢复默认模板')
    .action(async (ref: string) => {
      const { ctx, out } = session.open();
      const t = await templateOf(ctx, session, ref);
      const saved = await invoke(ctx, 'templates:reset', { type: t.type });
      out.print(saved, (s) => [`已恢复${s.label}的默认模板`]);
    });
  templates
    .command('preview <template>')
    .description('用示例数据生成预览 PDF（默认用当前模板；--text 指定未保存的文字文件）')
    .requiredOption('--out <file>', '保存为 PDF 文件')
    .option('--text <file>', '用该文件中的文字预览（不保存）')
    .action(async (ref: string, o: { out: string; text?: string }) => {
      const { ctx, out } = session.open();
      const t = await templateOf(ctx, session, ref);
      const text = o.text ? readText(session, o.text) : t.text;
      const r = await invoke(ctx, 'templates:preview', { type: t.type, text, path: path.resolve(o.out) });
      out.print(r, (x) => [`已生成${t.label}预览：${x.path}`]);
    });
}
