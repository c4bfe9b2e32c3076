const pad = (n: number) => String(n).padStart(2, '0');

/** A stored UTC timestamp as the clerk's local date and time: 2026-11-24 09:05. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A count in Chinese digit grouping: 12,345. */
export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN');
}

/** Today on the clerk's calendar, as date fields hold it: 2026-11-24. */
export function todayText(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A file size as the clerk reads it: 296 KB, 12.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A 0–1 share as a percentage with one decimal: 12.5%. */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
