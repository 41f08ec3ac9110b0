import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../../src/contract/index.ts';
import { FRAME, FRAME_BOTTOM, INNER_WIDTH, TRACKER } from './geometry.ts';
import { planTracker } from './plan-tracker.ts';
import type { PlanText } from './plan-types.ts';
import type { TrackerItem } from './slide-content.ts';
import type { CharWidth } from './text-layout.ts';

/** CJK 1 em, the rest half an em. */
const fakeWidth: CharWidth = (char) => (/[\u3000-\u9fff]/.test(char) ? 1 : 0.5);
const MARKERS = [...'一二三四五六七八九十'];
const items = (labels: readonly string[], current: number): TrackerItem[] =>
  labels.map((label, i) => ({
    state: i + 1 < current ? 'done' : i + 1 === current ? 'current' : 'next',
    marker: MARKERS[i]!,
    label,
    target: `priority-${i + 1}`,
  }));
const boxes = (labels: readonly string[], current = 1) =>
  planTracker(items(labels, current), fakeWidth).elements.filter((e): e is PlanText => e.kind === 'text');

describe('planTracker', () => {
  test('no priorities, no tracker', () => {
    expect(planTracker([], fakeWidth)).toEqual({ elements: [], top: FRAME_BOTTOM });
  });

  test.each([
    ['seven, two long', ['根本遵循', '基本职责', '根本任务', '方向目标', '文明城区创建这一龙头工程', '创新发展第一动力', '机制保障']],
    [
      'ten short',
      [
        '健全组织体系',
        '壮大骨干队伍',
        '打造服务品牌',
        '推进阵地建设',
        '完善激励机制',
        '强化保障措施',
        '加强信息管理',
        '深化专业服务',
        '加强宣传引导',
        '抓好工作落实',
      ],
    ],
    ['two', ['强化思想引领', '抓好工作落实']],
  ])('%s: the items fit in the frame, in order, one of them current', (_, labels) => {
    const texts = boxes(labels, 2);
    expect(texts).toHaveLength(labels.length);
    expect(texts[0]!.box.x).toBe(FRAME.side);
    for (const [i, text] of texts.entries()) {
      expect(text.box.x + text.box.w).toBeLessThanOrEqual(FRAME.side + INNER_WIDTH + 0.001);
      if (i > 0) expect(text.box.x).toBeCloseTo(texts[i - 1]!.box.x + texts[i - 1]!.box.w + TRACKER.gap);
      const paragraph = text.paragraphs[0]!;
      expect(paragraph.lines * paragraph.lineHeightPx + 2 * TRACKER.padY).toBeLessThanOrEqual(text.box.h + 0.001);
      expect(text.link).toBe(`priority-${i + 1}`);
    }
    expect(texts.map((t) => t.fill?.colour)).toEqual(labels.map((_, i) => (i === 1 ? PALETTE.red : undefined)));
    expect(texts[0]!.box.y + texts[0]!.box.h).toBe(FRAME_BOTTOM);
  });

  test('short labels keep their width, long ones share the rest and wrap', () => {
    const texts = boxes(['根本遵循', '基本职责', '根本任务', '方向目标', '文明城区创建这一龙头工程', '创新发展第一动力', '机制保障']);
    expect(texts[0]!.box.w).toBeCloseTo(texts[1]!.box.w);
    expect(texts[4]!.box.w).toBeCloseTo(texts[5]!.box.w);
    expect(texts[4]!.box.w).toBeGreaterThan(texts[0]!.box.w);
  });
});
