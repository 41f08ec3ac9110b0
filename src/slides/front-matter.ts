/** The small front matter of a slide file: `key: value` lines between `---` fences. */
import { SlideError } from './errors.ts';
import { FENCE } from './format.ts';

/** One front-matter line: a lower-case key, a colon, a value. */
const RE_ENTRY = /^([a-z][a-z-]*):\s*(.*?)\s*$/;

export interface FrontMatter {
  /** The values by key, with the line each was written on. */
  readonly entries: ReadonlyMap<string, { readonly value: string; readonly line: number }>;
  /** The text after the closing fence. */
  readonly body: string;
  /** 1-based line of the file on which `body` starts. */
  readonly bodyLine: number;
}

/**
 * Reads the front matter at the top of a slide file. Only flat `key: value` pairs:
 * enough for a slide, and every mistake can be pointed at by line.
 */
export function parseFrontMatter(source: string, file: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== FENCE) {
    throw new SlideError(
      `a slide file must start with a front matter block: a line "---", then "id: …" and "layout: …", then "---"`,
      file,
      1,
    );
  }
  const entries = new Map<string, { value: string; line: number }>();
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === FENCE) {
      return { entries, body: lines.slice(i + 1).join('\n'), bodyLine: i + 2 };
    }
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const match = RE_ENTRY.exec(text);
    if (!match) {
      // Without a closing fence further down, this line is the content: the fence is what is missing.
      if (!lines.slice(i + 1).some((rest) => rest.trim() === FENCE)) {
        throw new SlideError(
          `the front matter block is never closed: add a line "---" before this line, after the last "key: value"`,
          file,
          i + 1,
        );
      }
      throw new SlideError(`front matter line "${text.trim()}" is not "key: value" (keys are lower-case words)`, file, i + 1);
    }
    const [, key, value] = match as unknown as [string, string, string];
    if (entries.has(key))
      throw new SlideError(`front matter key "${key}" is given twice (first on line ${entries.get(key)!.line})`, file, i + 1);
    entries.set(key, { value: value.replace(/^(["'])(.*)\1$/, '$2'), line: i + 1 });
  }
  throw new SlideError(`the front matter block is never closed: add a line "---" after the last "key: value"`, file, 1);
}
