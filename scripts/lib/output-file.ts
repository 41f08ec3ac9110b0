/** The exporters' output file: checked before any work, written all at once, with errors that say what to do. */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { unwritableMessage, unwritableReason } from './export-messages.ts';

/** An export that cannot be done, with a message that says what to do. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** Fails early, before building or printing, when `what` (e.g. "the PDF") could not be written at `file`. */
export async function checkWritable(file: string, what: string): Promise<void> {
  const parent = dirname(file);
  const fail = (code: string | undefined, where = parent): never => {
    throw new ExportError(unwritableMessage(file, unwritableReason(code, where), what));
  };
  const parentStat = await stat(parent).catch((error: NodeJS.ErrnoException) => fail(error.code));
  if (!parentStat.isDirectory()) fail('ENOTDIR');
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) fail('EISDIR');
}

/** Writes the output atomically (never half a file); a file-system error becomes an ExportError. */
export async function writeOutput(file: string, data: Uint8Array, what: string): Promise<void> {
  await writeFileAtomic(file, data).catch((error: NodeJS.ErrnoException) => {
    throw new ExportError(unwritableMessage(file, unwritableReason(error.code, dirname(file)), what));
  });
}
