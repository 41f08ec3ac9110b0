/** What the exporter tells its user: errors that say what to do, and progress. Pure. */

/** No browser: where we looked, and how to get one. */
export function missingBrowserMessage(chromePath: string | undefined, candidates: readonly string[]): string {
  const looked = chromePath
    ? `CHROME_PATH is set to "${chromePath}", but no file is there`
    : `no Chrome or Chromium found (looked at CHROME_PATH, then ${candidates.join(', ')})`;
  return `${looked}. Install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to the executable of an installed Chrome or Chromium.`;
}

/** The output (`what`: "the PDF", "the PowerPoint file") cannot be written where asked. */
export function unwritableMessage(path: string, reason: string, what = 'the PDF'): string {
  return `cannot write ${what} to "${path}": ${reason}. Choose another path with --out FILE.`;
}

/** Why a path cannot take the PDF, from the error the file system gave. */
export function unwritableReason(code: string | undefined, parent: string): string {
  switch (code) {
    case 'ENOENT':
      return `the folder "${parent}" does not exist`;
    case 'ENOTDIR':
      return `"${parent}" is not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return `no permission to write in "${parent}"`;
    case 'EROFS':
      return `"${parent}" is on a read-only file system`;
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ? `the file system said ${code}` : 'unknown error';
  }
}

/** A size in kB or MB, for the closing line. */
export function formatBytes(bytes: number): string {
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** The closing line: what was written, counted in pages (PDF) or slides (PowerPoint). */
export function doneMessage(
  result: { readonly file: string; readonly pages: number; readonly bytes: number },
  unit: 'page' | 'slide' = 'page',
): string {
  return `wrote ${result.file}: ${result.pages} ${unit}${result.pages === 1 ? '' : 's'}, ${formatBytes(result.bytes)}`;
}
