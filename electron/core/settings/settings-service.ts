import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { parseOrThrow } from '../validate.ts';
import { shortLabel, type SettingsKey } from './settings-labels.ts';

export const DEFAULT_BUREAU_NAME = '大同县市场和质量监督管理局';

const L = {
  bureauName: shortLabel('bureauName'),
  docPrefix: shortLabel('docPrefix'),
  contactName: shortLabel('contactName'),
  contactPhone: shortLabel('contactPhone'),
  publicationDays: shortLabel('publicationDays'),
  authorityCode: shortLabel('authorityCode'),
};

/** The bureau's own details that documents print: name, 文号 prefix, contact person and phone. */
export const settingsSchema = z.object({
  bureauName: z
    .string({ error: `${L.bureauName}必须是文字` })
    .trim()
    .min(1, `${L.bureauName}不能为空`)
    .max(60, `${L.bureauName}不能超过 60 字`),
  docPrefix: z
    .string({ error: `${L.docPrefix}必须是文字` })
    .trim()
    .min(1, `${L.docPrefix}不能为空`)
    .max(20, `${L.docPrefix}不能超过 20 字`)
    .regex(/^[^〔〕\[\]\d\s]+$/, `${L.docPrefix}只写机关代字（如“大同县市监”），年份和序号由程序生成`),
  contactName: z
    .string({ error: `${L.contactName}必须是文字` })
    .trim()
    .max(20, `${L.contactName}不能超过 20 字`),
  contactPhone: z
    .string({ error: `${L.contactPhone}必须是文字` })
    .trim()
    .regex(/^[\d\-－ ()（）转]*$/, `${L.contactPhone}只能包含数字、连字符和括号`),
  /** 公示期限: working days after the last inspection (国发〔2019〕5号: results published promptly). */
  publicationDays: z.coerce
    .number({ error: `${L.publicationDays}必须是数字` })
    .int(`${L.publicationDays}必须是整数`)
    .min(1, `${L.publicationDays}至少 1 个工作日`)
    .max(60, `${L.publicationDays}不能超过 60 个工作日`),
  /**
   * 机关代码: the 6 digits the national numbers of plans and tasks start with (DOMAIN.md, national
   * numbering); empty until the bureau knows it, and then nothing gets a national number.
   */
  authorityCode: z
    .string({ error: `${L.authorityCode}必须是文字` })
    .trim()
    .regex(/^(\d{6})?$/, `${L.authorityCode}应为 6 位数字（如 140221），不知道时可留空`),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  bureauName: DEFAULT_BUREAU_NAME,
  docPrefix: '大同县市监',
  contactName: '',
  contactPhone: '',
  publicationDays: 20,
  authorityCode: '',
  // Exactly the keys of the label table too: a setting without a label fails to compile.
} satisfies Record<SettingsKey, unknown>;

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of KEYS) if (typeof stored[key] === 'string') merged[key] = stored[key];
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Saves the given settings; any not given keep their current value. */
export function saveSettings(db: Db, input: Partial<Record<keyof Settings, unknown>>): Settings {
  const settings = parseOrThrow(settingsSchema, { ...getSettings(db), ...input });
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const key of KEYS) put.run(key, String(settings[key]));
  })();
  return settings;
}

/** Flags the program keeps for itself in the same table (e.g. that the default list was loaded). */
export function getFlag(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(`flag:${key}`) as { value: string } | undefined;
  return row?.value;
}

export function setFlag(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    `flag:${key}`,
    value,
  );
}
