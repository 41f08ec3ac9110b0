import { describe, expect, test } from 'vitest';
import { renderNoscriptOutline, renderShareMeta, shareUrl } from './share-meta.ts';

test.each([
  ['assets/p.png', undefined, './assets/p.png'],
  ['assets/p.png', 'https://example.org/decks/2021/', 'https://example.org/decks/2021/assets/p.png'],
  ['assets/p.png', 'https://example.org/decks/index.html', 'https://example.org/decks/assets/p.png'],
])('shareUrl(%s, %s)', (path, site, expected) => {
  expect(shareUrl(path, site)).toBe(expected);
});

describe('renderShareMeta', () => {
  const image = { path: 'assets/preview-1.png', width: 1200, height: 630, alt: '标题' };

  test('Open Graph and a large Twitter card, with a relative image by default', () => {
    const html = renderShareMeta({ title: '会议 "A" & B', description: '描述', image });
    expect(html).toContain('<meta property="og:title" content="会议 &quot;A&quot; &amp; B">');
    expect(html).toContain('<meta property="og:description" content="描述">');
    expect(html).toContain('<meta property="og:image" content="./assets/preview-1.png">');
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<meta name="twitter:image" content="./assets/preview-1.png">');
    expect(html).not.toContain('og:url');
  });

  test('absolute URLs and og:url when the address is known', () => {
    const html = renderShareMeta({ title: 't', description: 'd', image, siteUrl: 'https://example.org/d/' });
    expect(html).toContain('<meta property="og:url" content="https://example.org/d/">');
    expect(html).toContain('<meta property="og:image" content="https://example.org/d/assets/preview-1.png">');
  });

  test('without an image: a small card and no image tags', () => {
    const html = renderShareMeta({ title: 't', description: 'd' });
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).not.toContain('image');
  });
});

test('renderNoscriptOutline lists the headings in order, escaped', () => {
  const html = renderNoscriptOutline({ title: '标题', description: '描述', headings: ['一', '<二>'] });
  expect(html.startsWith('<noscript><div class="deck-outline" role="main">')).toBe(true);
  // HTML allows no <main> element inside <noscript>: the landmark is a role.
  expect(html).not.toContain('<main');
  expect(html).toContain('<h1>标题</h1><p>描述</p>');
  expect(html).toContain('<ol><li>一</li><li>&lt;二&gt;</li></ol>');
});
