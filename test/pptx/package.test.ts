/**
 * The PowerPoint file's structure (unzipped): one slide and one notes page per deck slide, headings
 * in title placeholders, native text with Chinese fonts and language on every run, a native chart,
 * chart pictures as SVG with PNG, and no text stored as a picture.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportPptx, type PptxExportResult } from '../../scripts/lib/export-pptx.ts';
import { OFFICE_FONT, OFFICE_LANG } from '../../scripts/lib/pptx/office.ts';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { readPackage, slideParts } from '../support/pptx.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
let dir: string;
let result: PptxExportResult;
let pkg: Awaited<ReturnType<typeof readPackage>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-pptx-'));
  result = await exportPptx({ out: join(dir, 'deck.pptx'), slidesDir: OUR_SLIDES_DIR });
  pkg = await readPackage(result.file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every `<a:r>` run of a part. */
const runsOf = (xml: string): string[] => xml.match(/<a:r>[\s\S]*?<\/a:r>/g) ?? [];

describe('slides and notes', () => {
  test('one slide and one notes page per deck slide', async () => {
    expect(result.slides).toBe(deck.slides.length);
    expect(slideParts(pkg.paths)).toHaveLength(deck.slides.length);
    expect(slideParts(pkg.paths, 'ppt/notesSlides', 'notesSlide')).toHaveLength(deck.slides.length);
  });

  test('each heading is in its slide title placeholder, so the outline lists it', async () => {
    for (const [i, part] of slideParts(pkg.paths).entries()) {
      const xml = await pkg.text(part);
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\s+idx="\d+"\s+type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
      expect([...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''), part).toBe(deck.slides[i]!.title);
    }
  });

  test('list items are paragraphs with bullets, at their levels', async () => {
    const review = await pkg.text('ppt/slides/slide3.xml');
    expect(review.match(/<a:buChar char="&#x25C6;"\/>/g)).toHaveLength(5);
    const context = await pkg.text('ppt/slides/slide4.xml');
    expect(context.match(/<a:buAutoNum type="circleNumDbPlain" startAt="1"\/>/g)).toHaveLength(3);
  });

  test('every run names the East Asian font and the Chinese language, on slides and notes', async () => {
    const parts = [...slideParts(pkg.paths), ...slideParts(pkg.paths, 'ppt/notesSlides', 'notesSlide')];
    let count = 0;
    for (const part of parts) {
      for (const run of runsOf(await pkg.text(part))) {
        count++;
        expect(run, part).toMatch(new RegExp(`<a:rPr [^>]*lang="${OFFICE_LANG}"`));
        expect(run, part).toContain(`<a:ea typeface="${OFFICE_FONT}"`);
      }
      expect(await pkg.text(part), part).not.toContain('lang="en-US"');
    }
    expect(count).toBeGreaterThan(100);
  });

  test('the notes are the deck notes, one paragraph each', async () => {
    const notes = await pkg.text('ppt/notesSlides/notesSlide1.xml');
    const texts = [...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    expect(texts).toContain('原文 · 标题（第1–1行）');
    expect(texts.some((t) => t?.startsWith('开场：'))).toBe(true);
  });

  test('each paragraph has at most one properties element, and it comes first', async () => {
    for (const part of pkg.paths.filter((p) => /^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\/[^/]+\.xml$/.test(p))) {
      for (const [, inner] of (await pkg.text(part)).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const count = inner!.match(/<a:pPr\b/g)?.length ?? 0;
        expect(count, part).toBeLessThanOrEqual(1);
        if (count === 1) expect(inner!.startsWith('<a:pPr'), part).toBe(true);
      }
    }
  });
});

describe('charts and pictures', () => {
  test('the priorities chart is a native chart with its data in an embedded sheet', async () => {
    const charts = pkg.paths.filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = await pkg.text(charts[0]!);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('更加把牢根本遵循');
    expect(chart).toContain(`<a:ea typeface="${OFFICE_FONT}"/>`);
    expect(pkg.paths.some((p) => /^ppt\/embeddings\/.*\.xlsx$/.test(p))).toBe(true);
  });

  test('the three drawn charts are SVG pictures with a PNG each, and there are no other pictures', async () => {
    const media = pkg.paths.filter((p) => p.startsWith('ppt/media/'));
    expect(media.filter((p) => p.endsWith('.svg'))).toHaveLength(3);
    expect(media.filter((p) => p.endsWith('.png'))).toHaveLength(3);
    expect(media).toHaveLength(6);
    // Pictures sit only on the slides that show a drawn chart: no slide's text is a picture.
    const withPictures = [];
    for (const [i, part] of slideParts(pkg.paths).entries())
      if ((await pkg.text(part)).includes('<p:pic>')) withPictures.push(deck.slides[i]!.chart);
    expect(withPictures.sort()).toEqual(['assessment', 'attendees', 'structure']);
  });
});

describe('the package', () => {
  test('document properties: title, subject and author from the report, language zh-CN', async () => {
    const core = await pkg.text('docProps/core.xml');
    expect(core).toContain(`<dc:title>${deck.speech.headline.text}</dc:title>`);
    expect(core).toContain(`<dc:subject>${deck.speech.lead.sentences[0]!.text}</dc:subject>`);
    expect(core).toContain('<dc:creator>精神文明调查研究处</dc:creator>');
    expect(core).toContain(`<dc:language>${OFFICE_LANG}</dc:language>`);
    expect(`${core}${await pkg.text('docProps/app.xml')}`).not.toContain('PptxGenJS');
  });

  test('every relationship points at a part of the package', async () => {
    for (const rels of pkg.paths.filter((p) => p.endsWith('.rels'))) {
      const folder = rels.replace(/(^|\/)_rels\/[^/]*\.rels$/, '');
      for (const [relationship, target] of (await pkg.text(rels)).matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*>/g)) {
        if (relationship.includes('TargetMode="External"') || target!.startsWith('#')) continue;
        const path = posix.normalize(target!.startsWith('/') ? target!.slice(1) : posix.join(folder, target!));
        expect(pkg.paths, `${rels} → ${target}`).toContain(path);
      }
    }
  });

  test('every part the content types name is in the package, and every slide background is complete', async () => {
    const types = await pkg.text('[Content_Types].xml');
    for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(pkg.paths, part).toContain(part);
    for (const part of pkg.paths.filter((p) => p.endsWith('.xml'))) {
      for (const [background] of (await pkg.text(part)).matchAll(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g))
        expect(background, part).toContain('<a:effectLst/>');
    }
  });
});
