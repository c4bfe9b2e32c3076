/**
 * 执法领域 / 业务专长 are free tags (食品安全, 特种设备, 计量…) as a personnel list writes them, never
 * the item categories: a list separates them with 、，,;；/ or spaces.
 */
const TAG_SEPARATORS = /[、,，;；/／\s]+/;

/** The tags of one cell, trimmed, without repeats, in the order written. */
export function parseTags(raw: string): string[] {
  const tags = raw
    .normalize('NFKC')
    .split(TAG_SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** How tags are stored in one TEXT column and printed in a cell. */
export const TAG_JOINER = '、';
