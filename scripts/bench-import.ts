/** Times the importer (parse, draft, build check) on our speech and on a text 100 times its length. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHARTS } from '../src/charts/index.ts';
import { importReport } from '../src/import/index.ts';
import { buildDeck } from '../src/slides/deck.ts';

const ROOT = join(import.meta.dirname, '..');
/** How many copies of the speech's body the long text holds. */
const COPIES = 100;

/** Our speech with its body (between the headline and the attribution) repeated `copies` times. */
function repeated(source: string, copies: number): string {
  const lines = source.split('\n');
  const attributionAt = lines.findLastIndex((line) => line.trim() !== '');
  return [lines[0], ...Array.from({ length: copies }, () => lines.slice(1, attributionAt).join('\n')), ...lines.slice(attributionAt)].join(
    '\n',
  );
}

function time(label: string, source: string): void {
  const started = performance.now();
  const result = importReport(source, { charts: CHARTS });
  const imported = performance.now();
  const [speech, ...slides] = result.files;
  buildDeck({
    speech: { file: speech!.name, source: speech!.content },
    slides: slides.map((f) => ({ file: f.name, source: f.content })),
    charts: CHARTS,
    assetExists: () => false,
  });
  const checked = performance.now();
  console.log(
    `${label}: ${source.length} characters → ${slides.length} slides; import ${(imported - started).toFixed(0)} ms, build check ${(checked - imported).toFixed(0)} ms`,
  );
}

const source = readFileSync(join(ROOT, 'slides', 'speech.txt'), 'utf8');
time('our speech', source);
time(`${COPIES}× our speech`, repeated(source, COPIES));
