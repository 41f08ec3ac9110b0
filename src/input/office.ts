/**
 * Office files the readers do not parse themselves (Word 97 `.doc`, WPS, RTF, OpenDocument),
 * converted to `.docx` by LibreOffice when the machine has it: offices still send reports as
 * `.doc`, and LibreOffice reads them as well as anything we could write.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command names, looked for on the PATH. */
const COMMANDS = ['soffice', 'libreoffice', 'soffice.exe'];
/** Where LibreOffice installs itself on Linux, macOS and Windows, when it is not on the PATH. */
const INSTALL_PATHS = [
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];
/** The longest a conversion may take: LibreOffice's first start with a new profile takes seconds. */
const CONVERSION_TIMEOUT_MS = 120_000;

/**
 * LibreOffice's command: `SOFFICE_PATH` when set (and only it: a path that does not exist means
 * none), else the first on the PATH, else a usual install path; undefined when there is none.
 */
export function findOffice(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const chosen = env.SOFFICE_PATH;
  if (chosen !== undefined) return chosen !== '' && exists(chosen) ? chosen : undefined;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .flatMap((dir) => COMMANDS.map((command) => join(dir, command)));
  return [...onPath, ...INSTALL_PATHS].find((path) => exists(path));
}

/**
 * The file converted to `.docx` by LibreOffice, in a folder of its own (with its own profile, so
 * that it runs beside an open LibreOffice); undefined when LibreOffice fails or writes nothing.
 */
export async function convertToDocx(office: string, bytes: Uint8Array, extension: string): Promise<Uint8Array | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'report-'));
  try {
    // A plain name: LibreOffice names its output after its input, whatever the user's file is called.
    const source = join(dir, `report${extension}`);
    await writeFile(source, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      dir,
      source,
    ];
    await run(office, args, { timeout: CONVERSION_TIMEOUT_MS, env: { ...process.env, HOME: dir } });
    const out = join(dir, 'report.docx');
    return existsSync(out) ? new Uint8Array(await readFile(out)) : undefined;
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
