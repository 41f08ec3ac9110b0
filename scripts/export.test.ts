/** `npm run export` fails clearly: exit code 1, a message that says what to do, and no file left behind. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from './lib/build-site.ts';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
let dir: string;

/** Runs the exporter as a user would, with these arguments and environment changes. */
function runExport(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/export.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } }, (error, _stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stderr });
    });
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-errors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('no browser: says how to install one or set CHROME_PATH, exits 1, writes nothing', async () => {
  const out = join(dir, 'deck.pdf');
  const { code, stderr } = await runExport(['--out', out], { CHROME_PATH: join(dir, 'no-such-chrome') });
  expect(code).toBe(1);
  expect(stderr).toContain(`CHROME_PATH is set to "${join(dir, 'no-such-chrome')}", but no file is there`);
  expect(stderr).toContain('apt-get install chromium');
  expect(readdirSync(dir)).toEqual([]);
});

test('an output folder that does not exist: names it, exits 1, writes nothing', async () => {
  const out = join(dir, 'missing', 'deck.pdf');
  const { code, stderr } = await runExport(['--out', out]);
  expect(code).toBe(1);
  expect(stderr).toContain(
    `cannot write the PDF to "${out}": the folder "${join(dir, 'missing')}" does not exist. Choose another path with --out FILE.`,
  );
  expect(readdirSync(dir)).toEqual([]);
});

test('an output path that is a folder: says so, exits 1, leaves the folder as it was', async () => {
  const out = join(dir, 'a-folder');
  mkdirSync(out);
  const { code, stderr } = await runExport(['--out', out]);
  expect(code).toBe(1);
  expect(stderr).toContain(`cannot write the PDF to "${out}": it is a folder.`);
  expect(readdirSync(dir)).toEqual(['a-folder']);
  expect(readdirSync(out)).toEqual([]);
});

test('a wrong argument: the usage, exit 2', async () => {
  const { code, stderr } = await runExport(['--pages']);
  expect(code).toBe(2);
  expect(stderr).toContain('unknown argument "--pages"');
  expect(stderr).toContain('usage: npm run export');
});

test('an unknown format: says which formats there are, exit 2', async () => {
  const { code, stderr } = await runExport(['--format', 'docx']);
  expect(code).toBe(2);
  expect(stderr).toContain('unknown format "docx": use --format pdf or --format pptx');
});

test('PowerPoint into a folder that does not exist: names it, exits 1, writes nothing', async () => {
  const out = join(dir, 'missing', 'deck.pptx');
  const { code, stderr } = await runExport(['--format', 'pptx', '--out', out]);
  expect(code).toBe(1);
  expect(stderr).toContain(`cannot write the PowerPoint file to "${out}": the folder "${join(dir, 'missing')}" does not exist.`);
  expect(readdirSync(dir)).not.toContain('missing');
});

test('PowerPoint of a deck that does not build: one line with the file and what to do, exit 1, no file left', async () => {
  const slides = mkdtempSync(join(tmpdir(), 'export-broken-'));
  try {
    writeFileSync(join(slides, 'speech.txt'), readFileSync(join(PROJECT_ROOT, 'slides', 'speech.txt')));
    writeFileSync(join(slides, '01.md'), '---\nid: a\nlayout: nonsense\n---\n# 标题\n');
    const out = join(dir, 'broken.pptx');
    const { code, stderr } = await runExport(['--format', 'pptx', '--slides', slides, '--out', out]);
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((line) => line && !line.endsWith('…'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^export: .*01\.md:3: unknown layout "nonsense"/);
    expect(readdirSync(dir).filter((name) => name.includes('broken'))).toEqual([]);
  } finally {
    rmSync(slides, { recursive: true, force: true });
  }
});
