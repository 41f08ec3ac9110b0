/** The priority tracker: which of the N priorities a slide presents, and where the talk stands. */
import { markerNumeral, type Priority, shortTitles } from '../speech/index.ts';
import { escapeHtml } from './html.ts';

/** Labels longer than this may wrap onto two lines; shorter ones always stay on one. */
export const TRACKER_SHORT_LABEL = 6;

/** The tracker's HTML for the slide of priority `current` (1-based). */
export function renderTracker(
  priorities: readonly Priority[],
  current: number,
  slideIdOfPriority: (n: number) => string | undefined,
): string {
  const labels = shortTitles(priorities);
  const items = priorities.map((p, i) => {
    const n = i + 1;
    const state = n < current ? 'is-done' : n === current ? 'is-current' : 'is-next';
    const length = [...labels[i]!].length > TRACKER_SHORT_LABEL ? ' is-long' : '';
    const marker = escapeHtml(markerNumeral(p));
    const label = `<span class="tracker-num">${marker}</span><span class="tracker-label">${escapeHtml(labels[i]!)}</span>`;
    const id = slideIdOfPriority(n);
    const current_ = n === current ? ' aria-current="step"' : '';
    const inner = id ? `<a href="#/${id}"${current_}>${label}</a>` : `<span${current_}>${label}</span>`;
    return `<li class="${state}${length}">${inner}</li>`;
  });
  return `<nav class="tracker" aria-label="工作重点 ${current}/${priorities.length}"><ol>${items.join('')}</ol></nav>`;
}
