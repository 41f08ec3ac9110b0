/** Writing a file all at once: readers see the old file or the whole new one, never a half-written one. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `data` to a temporary file beside `path`, then renames it over `path`; on failure no temporary file is left. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  // Same folder as the target: a rename within one file system is atomic.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
