/**
 * How one deck is built: every option with its default, in one type for the Vite plugin, the Vite
 * configuration and the scripts, and the one place the environment is read.
 */
import { DEFAULT_SLIDES_DIR } from '../contract/index.ts';

/** Every option of a deck build. */
export interface DeckBuildOptions {
  /** The deck folder (the speech and one .md file per slide), relative to the project or absolute. Default `slides`. */
  readonly slidesDir: string;
  /** Build one self-contained HTML file into `dist-single/` instead of the site in `dist/`. Default false. */
  readonly singleFile: boolean;
  /** The deployed deck's absolute address: link-preview URLs become absolute. Default: none (relative URLs). */
  readonly siteUrl: string | undefined;
  /** Draw the link-preview image of the title slide. Default true (a PDF export does without). */
  readonly linkPreview: boolean;
}

/** The defaults, used where neither the caller nor the environment says otherwise. */
export const BUILD_DEFAULTS: DeckBuildOptions = { slidesDir: DEFAULT_SLIDES_DIR, singleFile: false, siteUrl: undefined, linkPreview: true };

/** The environment variables a build reads, by the option they set. */
export const BUILD_ENV = { slidesDir: 'DECK_SLIDES', siteUrl: 'DECK_URL' } as const;

/** The environment as the build reads it. */
export type BuildEnv = Readonly<Record<string, string | undefined>>;

/** An absolute http(s) URL. */
const RE_HTTP_URL = /^https?:\/\//i;
/** The last path segment names a file (`index.html`), not a folder. */
const RE_FILE_SEGMENT = /\/[^/]*\.[^/]*$/;

/**
 * The deck's public address, normalised to end in `/` when it names a folder, without query or
 * hash; undefined when empty. Throws when it is not an absolute http(s) URL.
 */
export function parseSiteUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (!RE_HTTP_URL.test(trimmed) || !URL.canParse(trimmed)) {
    throw new Error(
      `${BUILD_ENV.siteUrl}="${trimmed}" is not an absolute http(s) URL: set it to the address the deck is served from, e.g. https://example.org/decks/2021/`,
    );
  }
  const url = new URL(trimmed);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/') && !RE_FILE_SEGMENT.test(url.pathname)) url.pathname += '/';
  return url.href;
}

/**
 * The options of one build, each taken from the first of: what the caller passes (a command-line
 * option, a script's argument), the environment (DECK_SLIDES, DECK_URL), the defaults.
 */
export function resolveBuildOptions(given: Partial<DeckBuildOptions> = {}, env: BuildEnv = process.env): DeckBuildOptions {
  const fromEnv = {
    slidesDir: env[BUILD_ENV.slidesDir] || undefined,
    siteUrl: parseSiteUrl(env[BUILD_ENV.siteUrl]),
  };
  return {
    slidesDir: given.slidesDir ?? fromEnv.slidesDir ?? BUILD_DEFAULTS.slidesDir,
    singleFile: given.singleFile ?? BUILD_DEFAULTS.singleFile,
    siteUrl: 'siteUrl' in given ? parseSiteUrl(given.siteUrl) : (fromEnv.siteUrl ?? BUILD_DEFAULTS.siteUrl),
    linkPreview: given.linkPreview ?? BUILD_DEFAULTS.linkPreview,
  };
}
