const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const MAX_LENGTH = 150;

/**
 * The name a transferred file is stored under: the base name the page sent, without anything
 * Windows cannot hold. `.`, `..` and an empty name would name the folder itself (or its parent),
 * so they become `file`; a device name (CON, NUL…) gets a leading underscore.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let safe = base
    .replace(/[:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (safe === '') return 'file';
  if (WINDOWS_DEVICE.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return safe;
}
