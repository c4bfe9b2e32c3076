const KEY = 'shuangsuiji.operator';

/**
 * The name the clerk last typed as 操作人, offered again on this computer (the program has no
 * log-in). Only a convenience: every record still carries the name as typed.
 */
export function rememberedOperator(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberOperator(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim());
  } catch {
    // A browser without storage just does not remember.
  }
}
