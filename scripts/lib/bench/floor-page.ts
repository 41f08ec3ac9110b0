/**
 * The benchmark's floor: a static page with slide 1's text, font and colours and no script, written
 * beside a built deck so that it is served the same way. No page that shows the same title in the
 * same font can paint it much sooner; the deck's paint time is reported as a ratio to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_STACK, PALETTE, STAGE } from '../../../src/contract/index.ts';
import { PAGE_FILE } from '../site-files.ts';

/** The floor page's name beside the deck's page. */
export const FLOOR_FILE = 'floor.html';
/** The heading the benchmark waits for on the floor page. */
export const FLOOR_TITLE_SELECTOR = 'h1, h2';

const RE_FONT_STYLE = /<style id="deck-fonts">[\s\S]*?<\/style>/;
const RE_FONT_PRELOAD = /<link rel="preload"[^>]*as="font"[^>]*>/g;
const RE_FIRST_SECTION = /<section\b([^>]*)>([\s\S]*?)<\/section>/;
const RE_BACKGROUND_COLOR = /\bdata-background-color="([^"]*)"/;

/** The slide's sizes on the 1920×1080 stage, as the theme sets them (src/deck/styles/), for a screen of that size. */
const FLOOR_CSS = [
  `html,body{margin:0;height:100%}`,
  `body{font-family:${FONT_STACK};font-size:36px;line-height:1.6;display:flex;flex-direction:column;justify-content:center;` +
    `box-sizing:border-box;width:${STAGE.width}px;height:${STAGE.height}px;padding:144px 192px}`,
  `p{margin:0}`,
  `h1,h2{font-size:84px;font-weight:700;line-height:1.25;margin:0}`,
  `.kicker{font-size:32px;margin:0 0 12px}`,
  `.slide-body{margin-top:48px}`,
];

/** Builds the floor page from the built deck's page: its font faces (slide 1's glyphs inside), any font preloads, and slide 1's markup. */
export function floorPage(deckPage: string): string {
  const fonts = RE_FONT_STYLE.exec(deckPage)?.[0];
  const section = RE_FIRST_SECTION.exec(deckPage);
  if (!fonts || !section) throw new Error(`${PAGE_FILE} has no font faces or no slide: the floor page copies them from it`);
  const background = RE_BACKGROUND_COLOR.exec(section[1]!)?.[1];
  // A red slide has light text; a paper one ink.
  const colours = background
    ? `body{background:${background};color:${PALETTE.white}}.kicker{color:${PALETTE.goldLight}}`
    : `body{background:${PALETTE.paper};color:${PALETTE.ink}}.kicker{color:${PALETTE.red}}`;
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(deckPage.match(RE_FONT_PRELOAD) ?? []),
    fonts,
    `<style>${[...FLOOR_CSS, colours].join('\n')}</style>`,
    `</head><body>${section[2]}</body></html>`,
  ].join('\n');
}

/** A page that is neither the floor nor the deck, loaded first in each freshly launched browser (bench.ts). */
export const WARM_UP_FILE = 'warm-up.html';
const WARM_UP_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>warm-up</title></head><body><p>warm-up</p></body></html>\n';

/** Writes the warm-up page beside the built deck's page. */
export function writeWarmUpPage(siteDir: string): string {
  writeFileSync(join(siteDir, WARM_UP_FILE), WARM_UP_PAGE);
  return WARM_UP_FILE;
}

/** Writes the floor page beside the built deck's page. */
export function writeFloorPage(siteDir: string): string {
  writeFileSync(join(siteDir, FLOOR_FILE), floorPage(readFileSync(join(siteDir, PAGE_FILE), 'utf8')));
  return FLOOR_FILE;
}
