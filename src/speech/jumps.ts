/**
 * A newspaper report continued on a later page: `（下转第3版）` where it breaks off, and
 * `（上接第1版）` with the headline repeated (`■…推进会召开`) where it goes on, other articles
 * between the two. The two halves are put back together, the marks and the repeated headline
 * left out. Pure.
 */

/** A line of a report, with the source line it came from. */
export interface NumberedLine {
  readonly line: string;
  readonly number: number;
}

/** Where a report breaks off to another page, at the end of a line: `（下转第3版）`, `（转A2版）`. */
const RE_JUMP_OUT = /[（(]下?转第?\s*[A-Z]?\d{1,3}\s*版[）)]$/;
/** The same mark broken over two lines: `…问题。（下` / `转第3版）`. */
const RE_JUMP_OUT_HEAD = /[（(]下?$/;
const RE_JUMP_OUT_TAIL = /^下?转第?\s*[A-Z]?\d{1,3}\s*版[）)]$/;
/** Where it goes on: `（上接第1版）`, alone or in the page's masthead. */
const RE_JUMP_IN = /[（(]上?接第?\s*[A-Z]?\d{1,3}\s*版[）)]/;
/** The headline repeated over the continuation: `■全市…推进会召开`. */
const RE_REPEATED_HEADLINE = /^[■□▲△◆◇●]/;
/** How a paper's article opens: `本报讯`, `本网讯`, `（记者 杨帆）`, `新华社北京3月5日电`. */
export const RE_NEWS_LEAD =
  /^(?:(?:本报|本网|本台|本刊|本站|[^，。\s]{1,8}(?:网|报|台|社))讯|[\u3400-\u9fff]{2,8}讯(?=[（【\s\u3000])|[（【][^）】]{0,30}(?:记者|通讯员)|新华社[^，。]{0,12}电)/;
/** The longest line taken for the headline of the article after the continuation. */
const MAX_HEADLINE_CHARS = 40;

/** Where the report breaks off: the line whose end is the mark, and how many lines the mark takes. */
function jumpOut(lines: readonly NumberedLine[]): { at: number; text: string; span: number } | undefined {
  for (const [i, { line }] of lines.entries()) {
    const whole = RE_JUMP_OUT.exec(line);
    if (whole) return { at: i, text: line.slice(0, whole.index), span: 1 };
    const next = lines[i + 1]?.line ?? '';
    const head = RE_JUMP_OUT_HEAD.exec(line);
    if (head && RE_JUMP_OUT_TAIL.test(next)) return { at: i, text: line.slice(0, head.index), span: 2 };
  }
  return undefined;
}

/** The end of the continuation: the headline of the next article (a short line over a paper's lead), or the end. */
function continuationEnd(lines: readonly NumberedLine[], from: number): number {
  const next = lines.findIndex(
    (l, i) =>
      i > from && [...l.line].length <= MAX_HEADLINE_CHARS && !/[，。；：！？]/.test(l.line) && RE_NEWS_LEAD.test(lines[i + 1]?.line ?? ''),
  );
  return next === -1 ? lines.length : next;
}

/** The report's lines with a continuation on a later page moved to where the report broke off. */
export function spliceJumps(lines: readonly NumberedLine[]): NumberedLine[] {
  const out = jumpOut(lines);
  if (!out) return [...lines];
  const into = lines.findIndex((l, i) => i >= out.at + out.span && RE_JUMP_IN.test(l.line));
  if (into === -1) return [...lines];
  const start = into + 1 + (RE_REPEATED_HEADLINE.test(lines[into + 1]?.line ?? '') ? 1 : 0);
  const end = continuationEnd(lines, start);
  const marker = lines[into]!.line.replace(RE_JUMP_IN, '').trim();
  const broken = out.text.trim();
  return [
    ...lines.slice(0, out.at),
    ...(broken === '' ? [] : [{ ...lines[out.at]!, line: broken }]),
    ...lines.slice(start, end),
    ...lines.slice(out.at + out.span, into),
    ...(marker === '' ? [] : [{ ...lines[into]!, line: marker }]),
    ...lines.slice(end),
  ];
}
