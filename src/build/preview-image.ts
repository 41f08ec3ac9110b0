/** The link-preview image of the deck: its title slide drawn as SVG at 1200×630. Pure: text in, SVG out. */
import { PALETTE } from '../contract/index.ts';
import { escapeHtml } from '../slides/html.ts';
import { htmlToText } from '../slides/markdown.ts';

/** The size link previews ask for (Open Graph and Twitter's large card). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The title slide's parts, as the build rendered them. */
const RE_KICKER = /<p class="kicker">([\s\S]*?)<\/p>/;
const RE_TITLE = /<h1\b[^>]*>([\s\S]*?)<\/h1>/;
const RE_BODY = /<div class="slide-body">([\s\S]*?)<\/div>/;
/** Characters that must not start a line in Chinese text (kept on the line before). */
const RE_NO_LINE_START = /^[，。、；：！？）」』”’》〉】,.;:!?)]$/;
/** Characters drawn about half as wide as a CJK character. */
const RE_HALF_WIDTH = /^[\x20-\x7e]$/;

/** The colours of the title slide (theme.css and the slide's background). */
const COLOURS = { background: PALETTE.redDeep, text: PALETTE.white, kicker: PALETTE.goldLight, rule: PALETTE.gold } as const;

/** What the preview shows: the title slide's kicker, heading and first paragraph. */
export interface PreviewText {
  readonly kicker: string;
  readonly title: string;
  readonly subtitle: string;
}

/** The text of a title slide's `<section>`; the heading is required, the rest may be empty. */
export function previewTextOf(sectionHtml: string): PreviewText {
  const text = (re: RegExp): string =>
    htmlToText(re.exec(sectionHtml)?.[1] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  return { kicker: text(RE_KICKER), title: text(RE_TITLE), subtitle: text(RE_BODY) };
}

/** A character's advance in em: ASCII is about half a CJK character. */
function advance(char: string): number {
  return RE_HALF_WIDTH.test(char) ? 0.55 : 1;
}

/**
 * Breaks text into lines of at most `maxEm` ems (SVG has no wrapping), at most `maxLines` lines;
 * a closing punctuation mark stays on its line, and a cut last line ends in `…`.
 */
export function wrapText(text: string, maxEm: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const char of text) {
    const w = advance(char);
    if (width + w > maxEm && line !== '' && !RE_NO_LINE_START.test(char)) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += char;
    width += w;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, -1).join('')}…`;
  return kept;
}

/** Which part of the preview one SVG draws: text of one weight only, and whether the background and an image layer go under it. */
export interface PreviewLayer {
  /** Draw only the text of this weight; default: all text. */
  readonly weight?: 400 | 700;
  /** Draw the background colour and the gold rule. Default true. */
  readonly background?: boolean;
  /** A PNG (data URL) of the full size drawn over the background, under the text. */
  readonly image?: string;
}

/** The SVG of the preview, in the deck's title-slide look; `fontFamily` must be a font the renderer has. */
export function renderPreviewSvg(text: PreviewText, fontFamily: string, layer: PreviewLayer = {}): string {
  const { width, height } = PREVIEW_SIZE;
  const left = 96;
  const titleSize = 64;
  const subtitleSize = 30;
  const titleLines = wrapText(text.title, (width - 2 * left) / titleSize, 3);
  const subtitleLines = wrapText(text.subtitle, (width - 2 * left) / subtitleSize, 3);
  const background = layer.background ?? true;
  const drawn = (weight: 400 | 700): boolean => layer.weight === undefined || layer.weight === weight;
  // Stack the blocks from the top, then centre the whole stack vertically.
  const blocks: string[] = [];
  let y = 0;
  if (text.kicker) {
    y += 30;
    if (drawn(400))
      blocks.push(
        `<text x="${left}" y="${y}" font-size="26" font-weight="400" letter-spacing="3" fill="${COLOURS.kicker}">${escapeHtml(text.kicker)}</text>`,
      );
    y += 36;
  }
  for (const line of titleLines) {
    y += titleSize * 1.25;
    if (drawn(700))
      blocks.push(
        `<text x="${left}" y="${y - titleSize * 0.25}" font-size="${titleSize}" font-weight="700" fill="${COLOURS.text}">${escapeHtml(line)}</text>`,
      );
  }
  y += 24;
  if (background) blocks.push(`<rect x="${left}" y="${y}" width="120" height="6" fill="${COLOURS.rule}"/>`);
  y += 6 + 24;
  for (const line of subtitleLines) {
    y += subtitleSize * 1.5;
    if (drawn(400))
      blocks.push(
        `<text x="${left}" y="${y - subtitleSize * 0.4}" font-size="${subtitleSize}" font-weight="400" fill="${COLOURS.text}">${escapeHtml(line)}</text>`,
      );
  }
  const top = Math.max(0, Math.round((height - y) / 2));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (background ? `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>` : '') +
    (layer.image ? `<image href="${layer.image}" x="0" y="0" width="${width}" height="${height}"/>` : '') +
    `<g transform="translate(0 ${top})" font-family="${escapeHtml(fontFamily)}">${blocks.join('')}</g>` +
    `</svg>`
  );
}
