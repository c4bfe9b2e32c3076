import fs from 'node:fs/promises';

/**
 * Where a zip's bytes come from: an open file, read at positions, or a file already in memory.
 * Reading at positions lets an entry be inflated straight from its place in the file, and a file
 * that shrinks under us shows up as a short read instead of a stream waiting forever.
 */
export interface ZipSource {
  size: number;
  /** `length` bytes from `position`; fewer only where the file ends (it shrank). */
  read(position: number, length: number): Promise<Buffer>;
}

export interface FileZipSource extends ZipSource {
  close(): Promise<void>;
}

/** A file opened once for the whole read: every entry comes from this one handle. */
export async function fileZipSource(file: string): Promise<FileZipSource> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(position, length) {
        const buffer = Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
      close: () => handle.close(),
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

export function bufferZipSource(bytes: Buffer): ZipSource {
  return { size: bytes.length, read: async (position, length) => bytes.subarray(position, Math.min(position + length, bytes.length)) };
}
