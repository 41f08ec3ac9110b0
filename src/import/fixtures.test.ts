/** Every fixture report, with the outline it was written to have: the forms of the genre, one per file. */
import { describe, expect, test } from 'vitest';
import { type ExpectedList, OUTLINES } from '../../test/support/fixture-outlines.ts';
import { FIXTURE_SPEECHES } from '../../test/support/fixtures.ts';
import { parseSpeech } from '../speech/index.ts';
import { type OutlineList, outlineOf } from './outline.ts';

/** The outline's list in the table's shape. */
function shape(list: OutlineList): ExpectedList {
  return {
    style: list.style,
    ...(list.announced !== undefined ? { announced: list.announced } : {}),
    items: list.items,
    ...(list.inner.length > 0 ? { inner: Object.fromEntries(list.inner.map((i) => [i.item, shape(i.list)])) } : {}),
  };
}

test('every fixture report has its outline here', () => {
  expect(FIXTURE_SPEECHES.map((f) => f.name)).toEqual(Object.keys(OUTLINES).sort());
});

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  const expected = OUTLINES[name]!;
  const outline = outlineOf(parseSpeech(fixture.source));

  test('its title, parts and lists are the ones it was written with', () => {
    expect(outline.title).toBe(expected.title);
    expect(outline.titleDerived).toBe(expected.derived ?? false);
    expect(outline.parts.map((p) => p.label)).toEqual(expected.parts);
    expect(outline.lists.map(shape)).toEqual(expected.lists);
    expect(outline.warnings).toHaveLength(expected.warnings ?? 0);
    if (expected.credits) expect(outline.credits).toEqual(expected.credits);
    if (expected.speakers) expect(outline.speakers).toEqual(expected.speakers);
    if (expected.presiders) expect(outline.presiders).toEqual(expected.presiders);
  });

  test('the numbered list of tasks (else another list of tasks) is the priorities', () => {
    expect(outline.lists.findIndex((l) => l.main)).toBe(outline.lists.length > 0 ? (expected.main ?? 0) : -1);
  });
});
