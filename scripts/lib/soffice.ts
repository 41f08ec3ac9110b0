/**
 * LibreOffice as a real client of the documents the deck reads and writes: it converts a file
 * (`soffice --headless --convert-to`) with a profile and fonts of its own, so that it runs beside
 * other instances and draws Chinese in the deck's font on a machine without a system CJK font.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../../src/build/fonts.ts';

const run = promisify(execFile);
const PROGRAM_DIR = '/usr/lib/libreoffice/program';
/** The LibreOffice module each conversion needs, with the library that shows it is installed. */
const MODULES = {
  impress: { name: 'Impress', library: 'libsdlo.so', install: 'libreoffice-impress' },
  writer: { name: 'Writer', library: 'libswlo.so', install: 'libreoffice-writer' },
} as const;

/** A LibreOffice module: Impress opens presentations, Writer opens and saves text documents. */
export type OfficeModule = keyof typeof MODULES;

/** LibreOffice's command, or an error saying how to install the module needed (CI's .ci/run does). */
export function requireOffice(module: OfficeModule): string {
  const found = ['/usr/bin/soffice', '/usr/bin/libreoffice', join(PROGRAM_DIR, 'soffice')].find((path) => existsSync(path));
  const { name, library, install } = MODULES[module];
  if (!found || !existsSync(join(PROGRAM_DIR, library)))
    throw new Error(`LibreOffice ${name} is not installed: apt-get install --no-install-recommends ${install}`);
  return found;
}

/**
 * A fontconfig file that adds the deck's font, and stands it in for 微软雅黑 as a receiver's system
 * would stand in its own Chinese font: for LibreOffice only, so the browser tests keep running on a
 * machine without any system CJK font.
 */
function writeFontconfig(dir: string): string {
  const fontDirs = Object.values(SOURCE_FONTS).map((file) => `<dir>${join(SOURCE_FONT_DIR, file, '..')}</dir>`);
  const alias = (family: string): string =>
    `<alias binding="same"><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>`;
  const path = join(dir, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>${fontDirs.join('')}` +
      `<cachedir>${join(dir, 'font-cache')}</cachedir>${alias('微软雅黑')}${alias('Microsoft YaHei')}</fontconfig>\n`,
  );
  return path;
}

/**
 * Converts files with LibreOffice in one run (its own profile and fonts in `workDir`) to `format`, a
 * file extension optionally with an export filter (`docx`, `pdf`, `doc:MS Word 97`); returns the new
 * files' paths, in order.
 */
export async function convertAllWithOffice(
  files: readonly string[],
  format: string,
  workDir: string,
  module: OfficeModule,
): Promise<string[]> {
  const soffice = requireOffice(module);
  mkdirSync(workDir, { recursive: true });
  const env = { ...process.env, FONTCONFIG_FILE: writeFontconfig(workDir), HOME: workDir };
  const args = [
    '--headless',
    `-env:UserInstallation=file://${join(workDir, 'profile')}`,
    '--convert-to',
    format,
    '--outdir',
    workDir,
    ...files,
  ];
  await run(soffice, args, { env, timeout: 120_000 + files.length * 10_000 });
  const extension = format.split(':')[0]!;
  return files.map((file) => {
    const out = join(workDir, `${basename(file, extname(file))}.${extension}`);
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no .${extension} for ${file}`);
    return out;
  });
}

/** Converts one file with LibreOffice (see convertAllWithOffice); returns the new file's path. */
export async function convertWithOffice(file: string, format: string, workDir: string, module: OfficeModule): Promise<string> {
  const [out] = await convertAllWithOffice([file], format, workDir, module);
  return out!;
}
