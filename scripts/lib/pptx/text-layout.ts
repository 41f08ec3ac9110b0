/**
 * How many lines a paragraph takes in a box of a given width, from the font's real advance widths:
 * the same greedy line breaking PowerPoint does for Chinese (any character boundary, never a
 * closing mark at a line start or an opening mark at a line end, Latin words kept whole). Pure:
 * the widths come from a function the caller passes (fontkit on the deck's font in the exporter).
 */

/** The advance width of one character in em (at 1 px), regular or bold. */
export type CharWidth = (char: string, bold: boolean) => number;

/** A stretch of text in one weight. */
export interface MeasuredRun {
  readonly text: string;
  readonly bold: boolean;
}

/** A paragraph's type setting. */
export interface TextStyle {
  /** Font size in stage px. */
  readonly fontPx: number;
  /** Extra space after each character, in em (CSS `letter-spacing`). */
  readonly letterSpacingEm?: number;
}

/**
 * The share of a line's width the text may fill. The boxes are measured with the deck's Noto Sans
 * SC; the receiver's font (Microsoft YaHei or a substitute) sets CJK characters at the same 1 em but
 * Latin letters and digits slightly wider, and PowerPoint's wrapping differs in detail: 6 % kept free.
 */
export const FIT_RATIO = 0.94;

/** Marks that may not start a line: they stay with the character before them. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』”’〉】〕…·%,.;:!?)]}']);
/** Marks that may not end a line: they go with the character after them. */
const NO_LINE_END = new Set([...'（《「『“‘〈【〔([{']);
/** Characters of a Latin word or number, kept on one line. */
const RE_WORD_CHAR = /[A-Za-z0-9_\-'.]/;

/** A piece of text that is never broken, with its width in px. */
interface Cluster {
  readonly text: string;
  readonly width: number;
}

/** Cuts the runs into unbreakable clusters, each with its width at the style's size. */
export function clusters(runs: readonly MeasuredRun[], style: TextStyle, charWidth: CharWidth): Cluster[] {
  const spacing = (style.letterSpacingEm ?? 0) * style.fontPx;
  const result: { text: string; width: number }[] = [];
  let previous = '';
  for (const run of runs) {
    for (const char of run.text) {
      const width = charWidth(char, run.bold) * style.fontPx + spacing;
      const last = result.at(-1);
      const joins =
        last !== undefined &&
        (NO_LINE_START.has(char) || NO_LINE_END.has(previous) || (RE_WORD_CHAR.test(previous) && RE_WORD_CHAR.test(char)));
      if (joins) {
        last.text += char;
        last.width += width;
      } else result.push({ text: char, width });
      previous = char;
    }
  }
  return result;
}

/** The paragraph's lines, broken greedily to fit `widthPx` (of which FIT_RATIO is used). */
export function breakLines(runs: readonly MeasuredRun[], style: TextStyle, widthPx: number, charWidth: CharWidth): string[] {
  const room = widthPx * FIT_RATIO;
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const cluster of clusters(runs, style, charWidth)) {
    if (line && used + cluster.width > room) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    if (!line && cluster.text.trim() === '') continue; // a space at a line start takes no room
    line += cluster.text;
    used += cluster.width;
    // A cluster wider than the line (a long URL) is broken by characters: count its extra lines.
    while (used > room && [...line].length > 1) {
      const chars = [...line];
      let fit = 0;
      let width = 0;
      for (const char of chars) {
        const w = charWidth(char, runs[0]?.bold ?? false) * style.fontPx;
        if (fit > 0 && width + w > room) break;
        width += w;
        fit++;
      }
      lines.push(chars.slice(0, fit).join(''));
      line = chars.slice(fit).join('');
      used -= width;
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** The widest line's width in px, for boxes that size to their text (the tracker's short labels). */
export function naturalWidth(runs: readonly MeasuredRun[], style: TextStyle, charWidth: CharWidth): number {
  return clusters(runs, style, charWidth).reduce((sum, cluster) => sum + cluster.width, 0) / FIT_RATIO;
}
