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
