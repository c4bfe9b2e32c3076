import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
import { CliFailure, isRefusal } from './cli-error.ts';
import type { CliSession } from './session.ts';

type Settings = CallOutput<'settings:get'>;
type Labels = CallOutput<'app:vocabulary'>['settingsLabels'];
type SettingsKey = keyof Labels;

const keysOf = (labels: Labels) => Object.keys(labels) as SettingsKey[];
const short = (label: string) => label.replace(/（.*）$/, '');

/** A setting by the label the 设置 screen shows (公示期限 or 公示期限（工作日）); else the valid labels. */
function keyOf(session: CliSession, labels: Labels, label: string): SettingsKey {
  const wanted = label.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  return (
    keysOf(labels).find((k) => labels[k] === wanted || short(labels[k]) === wanted) ??
    session.fail(
      `没有名为“${label}”的设置项。可用的设置项：${keysOf(labels)
        .map((k) => labels[k])
        .join('、')}。`,
    )
  );
}

/** `shuangsuiji settings list | get 标签 | set 标签 值`: the bureau's settings by their screen labels. */
export function registerSettingsCommands(program: Command, session: CliSession): void {
  const settings = program.command('settings').description('单位设置，按“设置”页上的名称读写（如 联系人、联系电话、公示期限）');
  settings
    .command('list')
    .description('列出全部设置：每行一个“名称<Tab>值”')
    .action(async () => {
      const { ctx, out } = session.open();
      const { settingsLabels: labels } = await invoke(ctx, 'app:vocabulary', {});
      const values = await invoke(ctx, 'settings:get', {});
      out.print(values, (v: Settings) => keysOf(labels).map((k) => `${labels[k]}\t${v[k]}`));
    });
  settings
    .command('get <label>')
    .description('只输出一项设置的值（便于脚本使用），如：settings get 联系人')
    .action(async (label: string) => {
      const { ctx, out } = session.open();
      const key = keyOf(session, (await invoke(ctx, 'app:vocabulary', {})).settingsLabels, label);
      const values = await invoke(ctx, 'settings:get', {});
      out.print({ [key]: values[key] }, () => [String(values[key])]);
    });
  settings
    .command('set <label> <value>')
    .description('修改一项设置（按设置页的规则检查），如：settings set 联系人 张建国')
    .action(async (label: string, value: string) => {
      const { ctx, out } = session.open();
      const labels = (await invoke(ctx, 'app:vocabulary', {})).settingsLabels;
      const key = keyOf(session, labels, label);
      let saved: Settings;
      try {
        saved = await invoke(ctx, 'settings:save', { [key]: value });
      } catch (err) {
        if (!isRefusal(err)) throw err;
        const reason = err.fields?.[key] ?? err.message;
        throw new CliFailure(`设置项“${labels[key]}”不能设为“${value}”：${reason}`);
      }
      out.print(saved, (s) => [`已保存：${labels[key]} = ${s[key]}`]);
    });
}
