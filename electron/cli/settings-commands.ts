import type { Command } from 'commander';
import { invoke } from '../api/dispatch.ts';
import type { CallOutput } from '../api/contract.ts';
// The label table is plain data with no imports; the one runtime import of the core a command
// makes, until the contract hands the labels out (see cli-boundary.test.ts).
import { SETTINGS_LABELS, type SettingsKey } from '../core/settings/settings-labels.ts';
import { CliFailure, isRefusal } from './cli-error.ts';
import type { CliSession } from './session.ts';

type Settings = CallOutput<'settings:get'>;

const KEYS = Object.keys(SETTINGS_LABELS) as SettingsKey[];
const short = (key: SettingsKey) => SETTINGS_LABELS[key].replace(/（.*）$/, '');

/** A setting by the label the 设置 screen shows (公示期限 or 公示期限（工作日）); else the valid labels. */
function keyOf(session: CliSession, label: string): SettingsKey {
  const wanted = label.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  return (
    KEYS.find((k) => SETTINGS_LABELS[k] === wanted || short(k) === wanted) ??
    session.fail(`没有名为“${label}”的设置项。可用的设置项：${KEYS.map((k) => SETTINGS_LABELS[k]).join('、')}。`)
  );
}

/** `shuangsuiji settings list | get 标签 | set 标签 值`: the bureau's settings by their screen labels. */
export function registerSettingsCommands(program: Command, session: CliSession): void {
  const settings = program.command('settings').description(`单位设置（${KEYS.map((k) => SETTINGS_LABELS[k]).join('、')}）`);
  settings
    .command('list')
    .description('列出全部设置：每行一个“名称<Tab>值”')
    .action(async () => {
      const { ctx, out } = session.open();
      const values = await invoke(ctx, 'settings:get', {});
      out.print(values, (v: Settings) => KEYS.map((k) => `${SETTINGS_LABELS[k]}\t${v[k]}`));
    });
  settings
    .command('get <label>')
    .description('只输出一项设置的值（便于脚本使用），如：settings get 联系人')
    .action(async (label: string) => {
      const key = keyOf(session, label);
      const { ctx, out } = session.open();
      const values = await invoke(ctx, 'settings:get', {});
      out.print({ [key]: values[key] }, () => [String(values[key])]);
    });
  settings
    .command('set <label> <value>')
    .description('修改一项设置（按设置页的规则检查），如：settings set 联系人 张建国')
    .action(async (label: string, value: string) => {
      const key = keyOf(session, label);
      const { ctx, out } = session.open();
      let saved: Settings;
      try {
        saved = await invoke(ctx, 'settings:save', { [key]: value });
      } catch (err) {
        if (!isRefusal(err)) throw err;
        const reason = err.fields?.[key] ?? err.message;
        throw new CliFailure(`设置项“${SETTINGS_LABELS[key]}”不能设为“${value}”：${reason}`);
      }
      out.print(saved, (s) => [`已保存：${SETTINGS_LABELS[key]} = ${s[key]}`]);
    });
}
