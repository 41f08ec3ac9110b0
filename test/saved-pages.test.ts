/**
 * A report saved from the templates of the sites that publish the genre (test/support/page-templates.ts)
 * gives the outline of its text, and none of the template's furniture reaches the text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readReportFile } from '../src/input/index.ts';
import { parseSpeech } from '../src/speech/index.ts';
import { FIXTURE_SPEECHES } from './support/fixtures.ts';
import { civilizationOfficePage, FURNITURE, governmentPortalPage, mediaCentrePage, weChatPage } from './support/page-templates.ts';
import { outlineOf, reportParagraphs } from './support/report-formats.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saved-pages-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATES = [
  ['a government portal (tables, GBK by http-equiv)', governmentPortalPage, 'gbk'],
  ['a civilization office (<br> lines in one div)', civilizationOfficePage, 'utf-8'],
  ['a media centre (article, spans, &emsp;)', mediaCentrePage, 'gbk'],
  ['a WeChat public account (content hidden until shown by script)', weChatPage, 'utf-8'],
] as const;

/**
 * Reports that open with their headline and carry no credit but the attribution: a caption, a byline
 * or an editor line is page furniture on a site, kept or dropped by the page reader's own rules.
 */
const PUBLISHED = FIXTURE_SPEECHES.filter((fixture) => {
  const speech = parseSpeech(fixture.source);
  return (
    !speech.headlineDerived &&
    reportParagraphs(fixture.source)[0] === speech.headline.text &&
    speech.credits.every((c) => c === speech.attribution)
  );
});

test('most fixtures are published as they are', () => {
  expect(PUBLISHED.length).toBeGreaterThanOrEqual(FIXTURE_SPEECHES.length / 2);
});

let written = 0;
describe.each(PUBLISHED.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const paragraphs = reportParagraphs(fixture.source);
  const furniture = FURNITURE.filter((word) => !fixture.source.includes(word));

  test.each(TEMPLATES)('saved from %s', async (_template, pageOf, encoding) => {
    const path = join(dir, `${++written}.html`);
    writeFileSync(path, pageOf(paragraphs));
    const read = await readReportFile(path);
    expect(read.encoding).toBe(encoding);
    expect(outlineOf(read.text)).toEqual(outlineOf(fixture.source));
    expect(read.text.split('\n\n')).toEqual(paragraphs);
    for (const word of furniture) expect(read.text).not.toContain(word);
  });
});
