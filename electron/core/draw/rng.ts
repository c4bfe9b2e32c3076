import { createHash } from 'node:crypto';

/**
 * The draw's deterministic generator (ALGORITHM.md §2): SHA-256 in counter mode. Block i of a
 * stream is SHA-256(seed ‖ UTF-8(label) ‖ 0x00 ‖ uint64be(i)); the stream is the blocks' bytes in
 * order, read four at a time as big-endian uint32. Different labels give independent streams
 * from one seed, so the entity draw and the team draw cannot disturb each other.
 */
export class DrawRng {
  private readonly prefix: Buffer;
  private counter = 0n;
  private block = Buffer.alloc(0);
  private offset = 0;

  constructor(seedHex: string, label: string) {
    if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new Error('seed must be 64 lowercase hex digits');
    this.prefix = Buffer.concat([Buffer.from(seedHex, 'hex'), Buffer.from(label, 'utf8'), Buffer.from([0])]);
  }

  /** The next uint32 of the stream. */
  nextUint32(): number {
    if (this.offset + 4 > this.block.length) {
      const counter = Buffer.alloc(8);
      counter.writeBigUInt64BE(this.counter++);
      this.block = createHash('sha256').update(this.prefix).update(counter).digest();
      this.offset = 0;
    }
    const value = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  /**
   * An integer in [0, n), unbiased: values at or above the largest multiple of n below 2^32 are
   * rejected and the next value is read.
   */
  below(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 0x1_0000_0000) throw new Error(`below(${n}): n out of range`);
    const limit = Math.floor(0x1_0000_0000 / n) * n;
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }
}

/**
 * Partial Fisher–Yates (ALGORITHM.md §3): the first k members of a shuffled copy of `pool`. For
 * i = 0 … k−1, j = i + below(n − i), swap positions i and j.
 */
export function partialShuffle<T>(pool: readonly T[], k: number, rng: DrawRng): T[] {
  const a = [...pool];
  const take = Math.min(k, a.length);
  for (let i = 0; i < take; i++) {
    const j = i + rng.below(a.length - i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, take);
}
