import { describe, expect, test } from 'vitest';
import { PREVIEW_SIZE, previewTextOf, renderPreviewSvg, wrapText } from './preview-image.ts';

describe('wrapText', () => {
  test.each([
    ['一二三四五六', 3, ['一二三', '四五六']],
    ['一二三', 3, ['一二三']],
    // ASCII counts half: 2021 (4 × 0.55) + 年 fits in 3.2 em
    ['2021年度', 3.2, ['2021年', '度']],
    // a closing mark never starts a line
    ['一二三，四五', 3, ['一二三，', '四五']],
    ['', 3, []],
  ])('%s in %f em', (text, maxEm, lines) => {
    expect(wrapText(text, maxEm)).toEqual(lines);
  });

  test('cuts to maxLines with an ellipsis', () => {
    expect(wrapText('一二三四五六七八九', 3, 2)).toEqual(['一二三', '四五…']);
  });
});

test('previewTextOf reads the kicker, heading and first paragraph of a title slide', () => {
  const html =
    '<section id="title" class="layout-title"><div class="slide-frame"><header class="slide-head"><p class="kicker">会议报告 · 2021年</p>' +
    '<h1 id="x">2021年度&amp;会议</h1></header><div class="slide-body"><p>贯彻落实\n精神</p></div></div><aside class="notes">不用</aside></section>';
  expect(previewTextOf(html)).toEqual({ kicker: '会议报告 · 2021年', title: '2021年度&会议', subtitle: '贯彻落实 精神' });
});

test('renderPreviewSvg draws every line of the text, escaped, at the preview size', () => {
  const svg = renderPreviewSvg({ kicker: 'K<', title: '标题', subtitle: '副标题' }, 'Noto Sans SC');
  expect(svg).toContain(`width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}"`);
  expect(svg).toContain('>K&lt;</text>');
  expect(svg).toContain('>标题</text>');
  expect(svg).toContain('>副标题</text>');
  expect(svg).toContain('font-family="Noto Sans SC"');
});

test('a layer of one weight draws only that text, with or without the background', () => {
  const text = { kicker: '甲', title: '乙', subtitle: '丙' };
  const bold = renderPreviewSvg(text, 'F', { weight: 700, background: false });
  expect(bold).toContain('>乙</text>');
  expect(bold).not.toContain('>甲</text>');
  expect(bold).not.toContain('<rect');
  const regular = renderPreviewSvg(text, 'F', { weight: 400, image: 'data:image/png;base64,AA==' });
  expect(regular).toContain('>甲</text>');
  expect(regular).toContain('>丙</text>');
  expect(regular).not.toContain('>乙</text>');
  expect(regular).toContain('<image href="data:image/png;base64,AA=="');
});
