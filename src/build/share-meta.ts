/** What a shared link of the deck shows before it is opened: preview tags and a text outline. Pure. */
import { escapeHtml } from '../slides/html.ts';

/** The image a link preview shows. */
export interface PreviewImage {
  /** Where the build writes it, relative to the page, e.g. `assets/preview-1a2b3c.png`. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
  /** The image in words. */
  readonly alt: string;
}

/** What link previews show of the deck. */
export interface ShareInfo {
  readonly title: string;
  readonly description: string;
  /** Absent in builds that have no image to point at (the single file, unless the deck's URL is known). */
  readonly image?: PreviewImage;
  /** The deployed deck's address (from DECK_URL); without it, URLs are relative to the page. */
  readonly siteUrl?: string;
}

/** A file of the build as a link: absolute under the deck's address when known, else relative to the page. */
export function shareUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : `./${path}`;
}

/** Open Graph and Twitter card tags (title, description, preview image) for link previews. */
export function renderShareMeta(info: ShareInfo): string {
  const tag = (attribute: 'property' | 'name', key: string, value: string | number): string =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}">`;
  const tags = [
    tag('property', 'og:type', 'website'),
    tag('property', 'og:locale', 'zh_CN'),
    tag('property', 'og:title', info.title),
    tag('property', 'og:description', info.description),
  ];
  if (info.siteUrl) tags.push(tag('property', 'og:url', info.siteUrl));
  if (info.image) {
    const url = shareUrl(info.image.path, info.siteUrl);
    tags.push(
      tag('property', 'og:image', url),
      tag('property', 'og:image:type', 'image/png'),
      tag('property', 'og:image:width', info.image.width),
      tag('property', 'og:image:height', info.image.height),
      tag('property', 'og:image:alt', info.image.alt),
    );
  }
  tags.push(
    tag('name', 'twitter:card', info.image ? 'summary_large_image' : 'summary'),
    tag('name', 'twitter:title', info.title),
    tag('name', 'twitter:description', info.description),
  );
  if (info.image)
    tags.push(tag('name', 'twitter:image', shareUrl(info.image.path, info.siteUrl)), tag('name', 'twitter:image:alt', info.image.alt));
  return tags.join('\n');
}

/**
 * The deck as text for a browser without JavaScript: title, description and the slides' headings in
 * order, each with its chart. The main landmark is a role, not a `<main>` element: HTML allows no
 * `<main>` inside `<noscript>`.
 */
export function renderNoscriptOutline(outline: {
  readonly title: string;
  readonly description: string;
  readonly headings: readonly string[];
  /** Markup shown under each heading (the slide's chart, drawn at build time), by slide. */
  readonly figures?: readonly string[];
}): string {
  const items = outline.headings.map((heading, i) => `<li>${escapeHtml(heading)}${outline.figures?.[i] ?? ''}</li>`).join('');
  return (
    `<noscript><div class="deck-outline" role="main"><h1>${escapeHtml(outline.title)}</h1><p>${escapeHtml(outline.description)}</p>` +
    `<p>本演示需要启用 JavaScript。内容提要：</p><ol>${items}</ol></div></noscript>`
  );
}
