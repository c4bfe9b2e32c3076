import { createHash } from 'node:crypto';

/** SHA-256 of a UTF-8 string, as 64 lowercase hex digits. */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every level, so the same record always hashes the same,
 * whatever order its fields were built in. For the values the program hashes (strings, integers,
 * decimals, booleans, null; ASCII keys) this is RFC 8785: keys in UTF-16 order, numbers and
 * strings as ECMAScript's JSON.stringify writes them.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export const GENESIS_HASH = '0'.repeat(64);

/** A link of a hash chain: SHA-256 of the previous hash, a newline, and the record. */
export function chainHash(prevHash: string, record: unknown): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(record)}`);
}
