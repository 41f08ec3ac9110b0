/**
 * Which glyphs go in which font file. The deck's characters are cut into groups by the
 * slide that first shows them, so opening slide 1 downloads only slide 1's glyphs and each
 * later slide only the glyphs not seen before. Pure: text in, groups out.
 */
import { htmlToText } from '../slides/markdown.ts';

/** Weights the theme uses: 400 for all text, 700 for headings and bold. */
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

/** A group is closed once it holds this many new characters, so small slides share a file. */
export const MIN_GROUP_SIZE = 48;
/** Reveal's slide number ("3 / 14") shows on slide 1: its glyphs go in the first group. */
export const SLIDE_NUMBER_TEXT = '0123456789 /';
/** Printable ASCII, for reveal's help screen and anything typed; loaded only when shown. */
export const ASCII_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** Elements the theme sets in bold (700); the theme sets nothing else in bold. */
const RE_BOLD_ELEMENT = /<(h[1-6]|strong|b|th)\b[^>]*>([\s\S]*?)<\/\1>/g;

/** What one slide shows, by weight. */
export interface SlideText {
  readonly regular: string;
  readonly bold: string;
  readonly notes: string;
}

/** The characters of one font file. */
export interface FontGroup {
  readonly weight: Weight;
  /** 1-based slide that first needs this group; `Infinity` for glyphs only notes or UI need. */
  readonly firstSlide: number;
  readonly characters: string;
}

/**
 * What each weight shows of a slide: text in bold elements is drawn only by the bold face, the
 * rest (and the chart's labels) only by the regular face; the notes are regular text shown elsewhere.
 */
export function slideText(sectionHtml: string, chartText: string, notesHtml: string): SlideText {
  const bold = [...sectionHtml.matchAll(RE_BOLD_ELEMENT)].map((m) => htmlToText(m[2]!)).join('');
  const regular = htmlToText(sectionHtml.replace(RE_BOLD_ELEMENT, ' ')) + chartText;
  return { regular, bold, notes: htmlToText(notesHtml) };
}

/** Unique characters of `text` not in `seen`, marking them seen; whitespace other than space is dropped. */
function takeNew(text: string, seen: Set<string>): string {
  let fresh = '';
  for (const char of text) {
    if (seen.has(char) || (/\s/.test(char) && char !== ' ')) continue;
    seen.add(char);
    fresh += char;
  }
  return fresh;
}

/**
 * Groups each weight's characters by the slide that first shows them: slide 1 alone (with the
 * slide-number digits), then runs of slides until a group holds MIN_GROUP_SIZE characters; the
 * remaining characters of the notes and of `screens` (the text of the deck's own screens) last.
 */
export function groupCharacters(
  slides: readonly SlideText[],
  screens: { readonly regular: string; readonly bold: string } = { regular: '', bold: '' },
): FontGroup[] {
  const groups: FontGroup[] = [];
  for (const weight of WEIGHTS) {
    const seen = new Set<string>();
    let pending = '';
    let pendingFrom = 1;
    slides.forEach((slide, index) => {
      const shown = weight === 400 ? slide.regular : slide.bold;
      const extra = index === 0 ? SLIDE_NUMBER_TEXT : '';
      if (pending === '') pendingFrom = index + 1;
      pending += takeNew(shown + extra, seen);
      if (index === 0 || [...pending].length >= MIN_GROUP_SIZE) {
        if (pending) groups.push({ weight, firstSlide: pendingFrom, characters: pending });
        pending = '';
      }
    });
    if (pending) groups.push({ weight, firstSlide: pendingFrom, characters: pending });
    const rest = takeNew((weight === 400 ? slides.map((s) => s.notes).join('') + screens.regular : screens.bold) + ASCII_PRINTABLE, seen);
    if (rest) groups.push({ weight, firstSlide: Infinity, characters: rest });
  }
  return groups;
}
