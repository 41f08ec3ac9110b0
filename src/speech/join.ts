/** Joining the lines that PDF extraction broke, keeping a map back to source lines. */

/** Whitespace that extraction left at line starts and ends: ASCII space, tab, the ideographic space U+3000. */
const RE_EDGE_SPACE = /^[ \t\u3000\uFEFF]+|[ \t\u3000\r]+$/g;

export interface JoinedText {
  /** The first non-blank line (the headline), a newline, then every other line joined without separator. */
  readonly text: string;
  /** Offset in `text` where each joined source line starts, with its 1-based line number. */
  readonly lineStarts: readonly { readonly offset: number; readonly line: number }[];
}

/**
 * Joins a speech whose lines were broken mid-sentence: drops blank lines and the
 * stray indentation left at line starts, and concatenates what remains. Chinese
 * needs no space between joined lines; the spaces inside a line are kept.
 */
export function joinLines(source: string): JoinedText {
  const lines = source.split('\n');
  const lineStarts: { offset: number; line: number }[] = [];
  let text = '';
  lines.forEach((raw, index) => {
    const line = raw.replace(RE_EDGE_SPACE, '');
    if (line === '') return;
    // The headline stands on a line of its own; everything after it is one run of text.
    if (lineStarts.length === 1) text += '\n';
    lineStarts.push({ offset: text.length, line: index + 1 });
    text += line;
  });
  return { text, lineStarts };
}

/** Returns the 1-based source line that the character at `offset` of a joined text came from. */
export function sourceLineAt(joined: JoinedText, offset: number): number {
  const starts = joined.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return starts[low]?.line ?? 1;
}
