let lastMs = -1;
let lastText = '';

/**
 * Now, as the schema's defaults write it (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')). Bulk writers
 * bind it instead of leaving it to the default: formatting the time in SQL for every row cost an
 * import of 100,000 rows a tenth of its time. Formatting it in JavaScript costs as much, so the
 * text is made once per millisecond (every row written within it has the same time anyway).
 */
export function timestamp(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastText = new Date(ms).toISOString();
  }
  return lastText;
}
