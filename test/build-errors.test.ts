/** A broken deck fails `vite build` with the file, the line and what to do, and leaves no site behind. */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { drawingSeries } from '../src/charts/drawing.ts';
import { frameOf } from '../src/charts/frame.ts';
import type { ChartDefinition, ChartSpec } from '../src/charts/types.ts';
import { BROKEN } from './support/broken-decks.ts';
import { buildDeckSite } from './support/build.ts';
import { useDeckCopies } from './support/deck-copy.ts';

/** Charts that build but give options the browser could not draw, next to the real ones. */
vi.mock('../src/charts/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/charts/index.ts')>();
  const fake = (option: Record<string, unknown>): ChartDefinition => ({
    description: 'a test chart',
    build: (): ChartSpec => ({ title: '测试', summary: '测试图表', option }),
  });
  const charts: Record<string, ChartDefinition> = {
    ...actual.CHARTS,
    'test-formatter': fake({ series: [{ type: 'bar', label: { formatter: (): string => '' } }] }),
    'test-no-series': fake({ xAxis: { type: 'category' } }),
    'test-bold': fake({ series: [{ type: 'bar', label: { fontWeight: 'bold' } }] }),
    // Two labels on one spot: what the build's check of every drawn chart is there to catch.
    'test-crowded': {
      description: 'labels on top of each other',
      build: (context): ChartSpec => {
        const label = (text: string) => ({
          lines: [{ text, fontSize: 24, lineHeight: 30, color: '#1c1b1a' }],
          dx: 17,
          dy: 0,
          align: 'left' as const,
          verticalAlign: 'middle' as const,
        });
        const dot = (id: string, y: number, text: string) =>
          ({ id, x: 100, y, shape: 'dot', width: 14, height: 14, color: '#9e1b17', label: label(text) }) as const;
        const drawing = { marks: [dot('a', 100, '会议认为'), dot('b', 106, '会议指出')], links: [] };
        return { title: '测试', summary: '测试图表', option: { series: [drawingSeries(drawing, frameOf(context))] } };
      },
    },
    'test-throws': {
      description: 'a test chart the speech cannot feed',
      build: () => {
        throw new Error('the speech names no attending units');
      },
    },
  };
  return { ...actual, CHARTS: charts };
});

const copyDeck = useDeckCopies();

describe('a broken deck fails the build, naming the file, the line and what to do', () => {
  test('the suite covers at least twelve broken decks', () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(12);
  });

  test.each(BROKEN.map((c) => [c.name, c] as const))('%s', async (_name, { breakDeck, message }) => {
    const dir = copyDeck();
    const { file, line } = breakDeck(dir);
    const outDir = join(dir, '..', 'dist');
    const error: unknown = await buildDeckSite({ outDir, slidesDir: dir }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error, 'the build succeeded').toBeInstanceOf(Error);
    const text = (error as Error).message;
    // The file as an absolute path (the folder is outside the project), with the line when there is one.
    expect(text).toContain(line === undefined ? `${join(dir, file)}: ` : `${join(dir, file)}:${line}: `);
    expect(text).toMatch(message);
    expect(existsSync(outDir), 'a site was written').toBe(false);
  });
});
