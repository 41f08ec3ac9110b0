/**
 * A finished chart SVG made small for the page it is inlined in (every byte of it comes with the
 * page): numbers to a tenth of a pixel, text positioned by x and y with its family and baseline left
 * to the page's style sheet (charts.css), and runs of lines of one stroke merged into one path. Pure.
 */

/** Numbers in attribute values with more than one decimal. */
const RE_LONG_NUMBER = /(-?\d+\.\d{2,})/g;
const RE_GEOMETRY_ATTRIBUTE = / (d|transform|x|y|width|height)="([^"]*)"/g;
/** A text element as ECharts' SSR writes it (style before position, the position as a translation). */
const RE_SSR_TEXT =
  /<text dominant-baseline="central" text-anchor="(\w+)" style="font-size:([\d.]+)px;font-family:[^;"]*;"(?: xml:space="preserve")?(?: x="([-\d.]+)")?(?: y="([-\d.]+)")? transform="translate\(([-\d.]+) ([-\d.]+)\)"/g;
/** A dot as zrender writes a circle symbol: a unit circle scaled and moved by its transform. */
const RE_DOT =
  /<path d="M1 0A1 1 0 1 1 1 -0\.1A1 1 0 0 1 1 0" transform="matrix\(([-\d.]+),0,0,\1,([-\d.]+),([-\d.]+)\)"([^>]*)>((?:<title>[^<]*<\/title>)?)<\/path>/g;
/** A plain line: a path with only a stroke, no title, no marks. */
const RE_LINE = /<path d="([^"]*)"( fill="none" stroke="[^"]*" stroke-width="[^"]*")><\/path>/g;

/** A number to a tenth, without trailing zeros. */
function tenth(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Geometry attributes with their numbers rounded to a tenth of a pixel. */
export function roundNumbers(svg: string): string {
  return svg.replace(
    RE_GEOMETRY_ATTRIBUTE,
    (_all, name: string, value: string) => ` ${name}="${value.replace(RE_LONG_NUMBER, (n) => tenth(Number(n)))}"`,
  );
}

/** Text placed by `x` and `y` with its size as an attribute; family and `central` baseline come from the page's style sheet. */
export function compactTexts(svg: string): string {
  return svg.replace(RE_SSR_TEXT, (_all, anchor: string, size: string, x = '0', y = '0', tx: string, ty: string) => {
    const at = `x="${tenth(Number(tx) + Number(x))}" y="${tenth(Number(ty) + Number(y))}"`;
    return `<text${anchor === 'start' ? '' : ` text-anchor="${anchor}"`} font-size="${size}" ${at}`;
  });
}

/** Dots as circles: the same disc in a third of the bytes. */
export function dotsAsCircles(svg: string): string {
  return svg.replace(
    RE_DOT,
    (_all, r: string, cx: string, cy: string, rest: string, title: string) =>
      `<circle cx="${tenth(Number(cx))}" cy="${tenth(Number(cy))}" r="${r}"${rest}>${title}</circle>`,
  );
}

/** Consecutive plain lines of the same stroke as one path (same drawing, one element). */
export function mergeLines(svg: string): string {
  let out = '';
  let last = 0;
  let run: { d: string[]; attributes: string; end: number } | undefined;
  const close = (): void => {
    if (!run) return;
    out += `<path d="${run.d.join('')}"${run.attributes}></path>`;
    last = run.end;
    run = undefined;
  };
  for (const match of svg.matchAll(RE_LINE)) {
    const [whole, d, attributes] = match as unknown as [string, string, string];
    if (run && run.end === match.index && run.attributes === attributes) {
      run.d.push(d);
      run.end += whole.length;
      continue;
    }
    close();
    out += svg.slice(last, match.index);
    run = { d: [d], attributes, end: match.index + whole.length };
  }
  close();
  return out + svg.slice(last);
}

/** All of the above. */
export function compactChartSvg(svg: string): string {
  return mergeLines(dotsAsCircles(roundNumbers(compactTexts(svg))));
}
