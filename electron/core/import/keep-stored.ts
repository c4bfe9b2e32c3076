/**
 * What a row does not say, an existing record keeps: the fields of columns the file lacks, and
 * blank cells where a blank says nothing (outcome.keep). Without this a two-column roster (code
 * and name) re-imported would set a 吊销 entity back to 存续 and a 退休 inspector back to 在岗 —
 * both drawable again — and blank every 登记机关 the clerk had.
 */
export function withStored<T extends object>(fromFile: T, stored: T, keep: readonly string[]): T {
  if (keep.length === 0) return fromFile;
  const merged = { ...fromFile };
  for (const key of keep) {
    if (key in stored) (merged as Record<string, unknown>)[key] = (stored as Record<string, unknown>)[key];
  }
  return merged;
}

/** The columns (field keys) an import has no column for: constant for a whole import. */
export function unmappedFields(specKeys: readonly string[], columns: Record<string, number>): string[] {
  return specKeys.filter((key) => columns[key] === undefined);
}
