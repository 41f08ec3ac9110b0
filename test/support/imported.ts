/** Building an imported deck with the build's own code, and reading what its slides quote. */
import type { ChartDefinition } from '../../src/charts/types.ts';
import { IMPORTED_CHARTS, type ImportResult } from '../../src/import/index.ts';
import { buildDeck, type DeckModel } from '../../src/slides/deck.ts';
import { htmlToText } from '../../src/slides/markdown.ts';

/** Builds an imported deck as `vite build` would, with `charts` as the registry. */
export function buildImported(result: ImportResult, charts: Readonly<Record<string, ChartDefinition>> = {}): DeckModel {
  const [speech, ...slides] = result.files;
  return buildDeck({
    speech: { file: speech!.name, source: speech!.content },
    slides: slides.map((f) => ({ file: f.name, source: f.content })),
    charts,
    assetExists: () => false,
  });
}

/** The list items and quotes of a built deck, without editorial labels or the priority tracker. */
export function quotesOf(deck: DeckModel): string[] {
  return [...deck.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').matchAll(/<(li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .filter(([, , inner]) => !inner!.includes('tracker-num'))
    .map(([, , inner]) => htmlToText(inner!.replace(/^\s*(<p>)?<strong>[^<]*<\/strong>\s*[：:]/, '')).trim());
}

/** A chart that draws anything: stands in for the registry being built elsewhere. */
export function fakeChart(description: string): ChartDefinition {
  return {
    description,
    build: ({ speech }) => ({
      option: { series: [{ type: 'bar', data: speech.priorities.map((p) => p.title.text) }] },
      title: description,
      summary: description,
    }),
  };
}

/** A registry with a drawable chart for every chart the importer may add. */
export const FAKE_REGISTRY: Readonly<Record<string, ChartDefinition>> = Object.fromEntries(
  IMPORTED_CHARTS.map((c) => [c.name, fakeChart(c.heading)]),
);
