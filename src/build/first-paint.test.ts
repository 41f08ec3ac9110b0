import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PALETTE, PHONE_STAGE, SCROLL_VIEW_WIDTH, SPEAKER_VIEW_TARGET, STAGE, STAGE_SCALE_LIMITS } from '../contract/index.ts';
import { firstPaintCss, firstSlideBackground, renderDeepLinkTargets, revealScale, roundsDownAtHalf } from './first-paint.ts';

const input = {
  stage: STAGE,
  phoneStage: PHONE_STAGE,
  phoneWidth: SCROLL_VIEW_WIDTH,
  scaleLimits: STAGE_SCALE_LIMITS,
  firstSection: `<section id="title" class="layout-title" data-background-color="${PALETTE.redDeep}">`,
};

describe("reveal's scale", () => {
  test.each([
    [1920, 1080, 1],
    [1366, 768, 0.71],
    [1024, 768, 0.53],
    [912, 2000, 0.48],
    [1104, 2000, 0.57],
    [100, 100, STAGE_SCALE_LIMITS.min],
    [9000, 9000, STAGE_SCALE_LIMITS.max],
  ])('%i×%i → %d', (width, height, scale) => {
    expect(revealScale({ width, height }, STAGE, STAGE_SCALE_LIMITS)).toBe(scale);
  });

  test('the sides where it rounds an exact half down are exact halves, and reveal rounds them down', () => {
    const sides = roundsDownAtHalf(STAGE.width);
    expect(sides).toContain(1104);
    for (const side of sides) {
      expect(((side * 100) / STAGE.width) % 1).toBe(0.5);
      expect(revealScale({ width: side, height: 99_999 }, STAGE, { min: 0, max: 99 })).toBe(Math.floor((side * 100) / STAGE.width) / 100);
    }
    // 912 / 1920 = 0.475 is an exact half that reveal rounds up, as CSS does: no exception.
    expect(sides).not.toContain(912);
  });
});

describe('the first-paint style sheet', () => {
  const css = firstPaintCss(input);

  test('fits the 16:9 stage on wide screens and the phone stage at the scroll view width and below', () => {
    expect(css).toContain(`@media (min-width:${SCROLL_VIEW_WIDTH + 1}px)`);
    expect(css).toContain(`@media (max-width:${SCROLL_VIEW_WIDTH}px)`);
    expect(css).toContain(`width:${STAGE.width}px;height:${STAGE.height}px`);
    expect(css).toContain(`width:${PHONE_STAGE.width}px;height:${PHONE_STAGE.height}px`);
    expect(css).toContain('(1103.5px <= width < 1104.5px)');
  });

  test("paints slide 1's full-bleed colour, and nothing when it has none", () => {
    expect(css).toContain(`{background:${PALETTE.redDeep}}`);
    const plain = firstPaintCss({ ...input, firstSection: '<section id="a" class="layout-bullets">' });
    expect(plain.match(/background:[^;}]+/g)).toEqual([`background:${PALETTE.ink}`]);
    expect(firstSlideBackground('<section data-background-color="">')).toBeUndefined();
  });

  test("applies only until reveal marks a slide present, or at the speaker view's address", () => {
    const rules = css.split('\n').filter((rule) => rule.includes('{') && !rule.startsWith('@'));
    const speakerRules = rules.filter((rule) => rule.startsWith(':root:has('));
    expect(speakerRules).toEqual([
      `:root:has(.deck-links > [id="${SPEAKER_VIEW_TARGET}"]:target),:root:has(.deck-links > [id="${SPEAKER_VIEW_TARGET}"]:target) body{background:${PALETTE.ink}}`,
    ]);
    for (const rule of rules.filter((r) => !speakerRules.includes(r)))
      expect(rule).toMatch(/^:root:not\(:has\(\.reveal \.slides section\.present/);
  });
});

test("the phone layout (phone.css) applies at reveal's scroll view width and below", () => {
  const phoneCss = readFileSync(new URL('../deck/styles/phone.css', import.meta.url), 'utf8');
  const widths = [...phoneCss.matchAll(/@media \(max-width: (\d+)px\)/g)].map((m) => Number(m[1]));
  expect(widths).toEqual([SCROLL_VIEW_WIDTH]);
});

test('deep-link targets name every slide but the first by number and by id', () => {
  expect(renderDeepLinkTargets(['title', 'meeting', 'priority-1'])).toBe(
    '<div class="deck-links" hidden><a id="/2"></a><a id="/meeting"></a><a id="/3"></a><a id="/priority-1"></a><a id="/speaker_view"></a></div>',
  );
});
