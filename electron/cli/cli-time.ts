/** Recorded moments (ISO, UTC) in this PC's time, as the screens and documents show them. */
const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-11-24 10:32:05, for list columns; an unreadable value is printed as stored. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** 2026年11月24日 10:32:05, in sentences (no leading zeros in the date, as documents write it). */
export function chineseTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
