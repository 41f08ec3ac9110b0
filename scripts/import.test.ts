import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PROJECT_ROOT } from '../test/support/build.ts';
import { FIXTURE_SPEECHES } from '../test/support/fixtures.ts';
import { parseImportArgs, runImport, type WriteFile } from './import.ts';
import { encodeGb18030 } from './lib/report-text.ts';

let dir: string;
let errors: string[];
let logs: string[];
const run = (argv: string[], writeFile?: WriteFile): Promise<number> =>
  runImport(argv, { charts: {}, log: (l) => logs.push(l), error: (l) => errors.push(l), ...(writeFile ? { writeFile } : {}) });
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fixture = FIXTURE_SPEECHES.find((f) => f.name === 'ten-priorities.txt')!;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-test-'));
  errors = [];
  logs = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line', () => {
  test('takes a report, --out, --force and --dry-run; the default folder is decks/<name>', () => {
    expect(parseImportArgs(['a/report.txt'])).toEqual({ input: 'a/report.txt', out: join('decks', 'report'), force: false, dryRun: false });
    expect(parseImportArgs(['r.txt', '--out', 'x', '--force'])).toEqual({ input: 'r.txt', out: 'x', force: true, dryRun: false });
    expect(parseImportArgs(['--dry-run', 'r.txt', '--out=y'])).toEqual({ input: 'r.txt', out: 'y', force: false, dryRun: true });
  });

  test.each([
    [[], /which report\?/],
    [['r.txt', '--out'], /--out needs a folder/],
    [['r.txt', '--outdir', 'x'], /unknown option --outdir/],
    [['a.txt', 'b.txt'], /one report at a time/],
    [['r.txt', '--out', '--force'], /--out needs a folder/],
    [['r.txt', '--force=yes'], /--force takes no value/],
  ])('%j is refused with the usage', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message);
    expect(() => parseImportArgs(argv)).toThrow(/usage: npm run import/);
  });
});

describe('bad input stops with a clear message and writes nothing', () => {
  test.each([
    ['an empty file', '', /is empty/],
    ['a file of blank lines', '\n  \n\u3000\n', /is empty/],
    ['bytes of no text encoding', Buffer.from([0xe4, 0xbc, 0x9a, 0x0a, 0xff, 0xff]), /:2: the file is neither UTF-8 nor GB18030/],
    ['a zip archive named .txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /named as a text file but is a zip archive/],
    ['binary data', Buffer.from([0x01, 0x02, 0x03, 0x04, 0x00, 0x00]), /binary data/],
    [
      'a text with almost no Chinese',
      'hello\nworld, this is not a report\n',
      /report\.txt:2: the report's body holds 0 Chinese characters/,
    ],
    ['a text of one line', '只有一行文字', /:1: the speech has a single line/],
  ])('%s', async (_name, content, message) => {
    const input = file('report.txt', content);
    const out = join(dir, 'deck');
    expect(await run([input, '--out', out])).toBe(1);
    expect(errors.join('\n')).toMatch(message);
    expect(errors.join('\n')).toContain('report.txt');
    expect(existsSync(out)).toBe(false);
  });

  test('a file of another kind, with no LibreOffice to convert it', async () => {
    vi.stubEnv('SOFFICE_PATH', '');
    expect(await run([file('report.doc', 'x'), '--out', join(dir, 'deck')])).toBe(1);
    vi.unstubAllEnvs();
    expect(errors[0]).toMatch(/report\.doc: the file is an old-style Word file \(\.doc\): open it in Word or WPS and save it as \.docx/);
  });

  test('a missing file', async () => {
    expect(await run([join(dir, 'nope.txt'), '--out', join(dir, 'deck')])).toBe(1);
    expect(errors[0]).toMatch(/nope\.txt: no such file/);
  });

  test('a count announced but not marked is a warning: the deck is made from the items found', async () => {
    const ten = FIXTURE_SPEECHES.find((f) => f.name === 'ten-priorities.txt')!;
    const input = file('report.txt', ten.source.replace('十是', '另外'));
    expect(await run([input, '--out', join(dir, 'deck')])).toBe(0);
    expect(logs.join('\n')).toMatch(/warning: line \d+: the text announces 10 items .* but 9 were found/);
    expect(errors).toEqual([]);
  });
});

describe('what the presenter sees', () => {
  test('the outline comes first: title, date, speakers, parts, each list with its style and items', async () => {
    expect(await run([fixture.path, '--out', join(dir, 'deck')])).toBe(0);
    expect(logs.slice(0, 2)).toEqual([`read ${fixture.path} (txt, utf-8)`, `found in ${fixture.path}:`]);
    const printed = logs.join('\n');
    for (const expected of [
      /title: .+/,
      /date: .+/,
      /speakers: .+/,
      /parts: .+\(line \d+\)/,
      /list 1 \(the priorities\): \d+ items marked \S+/,
      /charts: /,
    ]) {
      expect(printed).toMatch(expected);
    }
    expect(logs.findIndex((l) => l.startsWith('imported '))).toBeGreaterThan(logs.findIndex((l) => /list 1/.test(l)));
  });

  test('--dry-run prints the outline and writes nothing, even where a folder exists', async () => {
    const out = join(dir, 'deck');
    mkdirSync(out);
    expect(await run([fixture.path, '--out', out, '--dry-run'])).toBe(0);
    expect(logs.join('\n')).toMatch(/title: [\s\S]*dry run: \d+ slides would be written to .*; nothing was written/);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['deck']);
  });

  test('a report without a headline line says its title was taken from the lead', async () => {
    const derived = FIXTURE_SPEECHES.find((f) => f.name === 'no-parts-county-routine.txt')!;
    expect(await run([derived.path, '--dry-run'])).toBe(0);
    expect(logs.join('\n')).toMatch(/title: 我县召开全县文明办主任工作例会 \(no headline line: taken from the lead\)/);
  });
});

describe('writing the deck', () => {
  test('a GBK report becomes a deck whose speech.txt is UTF-8', async () => {
    const gbk = file('report.txt', encodeGb18030(fixture.source));
    const out = join(dir, 'deck');
    expect(await run([gbk, '--out', out])).toBe(0);
    expect(readFileSync(join(out, 'speech.txt'), 'utf8')).toBe(fixture.source);
    expect(logs.join('\n')).toContain('(txt, gb18030)');
  });

  test('writes the speech and the slide files into a new folder', async () => {
    const out = join(dir, 'nested', 'deck');
    expect(await run([fixture.path, '--out', out])).toBe(0);
    expect(readFileSync(join(out, 'speech.txt'), 'utf8')).toBe(fixture.source);
    expect(readdirSync(out).filter((n) => n.endsWith('.md')).length).toBeGreaterThan(4);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['deck']);
    expect(logs.join('\n')).toMatch(/items marked/);
  });

  test('never overwrites an existing folder without --force', async () => {
    const out = join(dir, 'deck');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.md'), 'keep me');
    expect(await run([fixture.path, '--out', out])).toBe(1);
    expect(errors[0]).toMatch(/already exists.*--force/);
    expect(readdirSync(out)).toEqual(['mine.md']);
    expect(await run([fixture.path, '--out', out, '--force'])).toBe(0);
    expect(readdirSync(out)).not.toContain('mine.md');
    expect(readdirSync(out)).toContain('speech.txt');
    expect(readdirSync(dir)).toEqual(['deck']);
  });

  test('a failure part-way leaves no partial deck, and with --force keeps the old one', async () => {
    let written = 0;
    const failing: WriteFile = (path, content) => {
      if (++written === 3) throw new Error('disk full');
      writeFileSync(path, content);
    };
    const fresh = join(dir, 'fresh', 'deck');
    expect(await run([fixture.path, '--out', fresh], failing)).toBe(2);
    expect(errors[0]).toMatch(/disk full/);
    expect(readdirSync(dir)).toEqual([]);

    const old = join(dir, 'old');
    mkdirSync(old);
    writeFileSync(join(old, 'mine.md'), 'keep me');
    written = 0;
    expect(await run([fixture.path, '--out', old, '--force'], failing)).toBe(2);
    expect(readdirSync(dir)).toEqual(['old']);
    expect(readdirSync(old)).toEqual(['mine.md']);
  });

  test('npm run import runs the script from the command line', () => {
    const out = join(dir, 'cli-deck');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'import.ts'), fixture.path, '--out', out],
      { encoding: 'utf8', cwd: PROJECT_ROOT },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^read .*\nfound in [\s\S]*\nimported /);
    expect(existsSync(join(out, 'speech.txt'))).toBe(true);
  });
});
