/**
 * Deep links in reveal's scroll view (phones held upright). reveal 6 there drops the link the page was
 * opened with (it writes the first slide's hash on start) and scrolls a page short of a link followed
 * later; so the scroll view's links are followed here: the linked slide's page is scrolled into view.
 */
import { SCROLL_VIEW_CLASS } from '../../contract/index.ts';
import { type DeckPlugin, Listeners, type RevealDeck } from '../reveal-deck.ts';

/** `#/<id>` or `#/<n>` (1-based, as the deck numbers its slides; hashOneBasedIndex). */
const RE_SLIDE_HASH = /^#\/([^/]+)/;
/** …and while it builds it. */
const SCROLL_VIEW_LOADING_CLASS = 'loading-scroll-mode';

/** The slide a hash names, if any. */
export function slideOfHash<Slide extends { readonly id: string }>(hash: string, slides: readonly Slide[]): Slide | undefined {
  const name = RE_SLIDE_HASH.exec(hash)?.[1];
  if (!name) return undefined;
  if (/^\d+$/.test(name)) return slides[Number(name) - 1];
  const id = decodeURIComponent(name);
  return slides.find((slide) => slide.id === id);
}

/**
 * Follows deep links in the scroll view: the one the page opened with, and every later one. reveal
 * rewrites the hash as it starts, so the opening link is read when the plugin is made, before reveal.
 */
export function scrollViewLinksPlugin(openedWith: string = window.location.hash): DeckPlugin {
  const listeners = new Listeners();
  return {
    id: 'scroll-view-links',
    init(deck: RevealDeck) {
      // reveal builds its scroll view once it is ready: follow links from then on.
      listeners.deck(deck, 'ready', () => followDeepLinks(deck, openedWith, listeners));
    },
    destroy() {
      listeners.removeAll();
    },
  };
}

function followDeepLinks(deck: RevealDeck, openedWith: string, listeners: Listeners): void {
  const viewport = deck.getViewportElement();
  if (!viewport) return;
  const isReady = (): boolean => viewport.classList.contains(SCROLL_VIEW_CLASS) && !viewport.classList.contains(SCROLL_VIEW_LOADING_CLASS);
  const follow = (hash: string): void => {
    if (!isReady()) return;
    slideOfHash(hash, deck.getSlides())?.closest('.scroll-page')?.scrollIntoView();
  };
  // reveal may build the scroll view after it has started, or build it again on a resize while the page settles
  // (each time from its own idea of the current slide): follow the opening link whenever it is (re)built.
  follow(openedWith);
  // A rebuild can add and remove the loading class within one task: the old values, not the current one, show it.
  const wasBuilding = (oldClass: string | null): boolean => {
    const classes = (oldClass ?? '').split(/\s+/);
    return !classes.includes(SCROLL_VIEW_CLASS) || classes.includes(SCROLL_VIEW_LOADING_CLASS);
  };
  const observer = new MutationObserver((records) => {
    if (isReady() && records.some((record) => wasBuilding(record.oldValue))) follow(openedWith);
  });
  observer.observe(viewport, { attributes: true, attributeFilter: ['class'], attributeOldValue: true });
  listeners.onRemove(() => observer.disconnect());
  // The opening link matters until the viewer does something; a later switch (a phone turned) keeps their place.
  for (const input of ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const) {
    listeners.window(input, () => observer.disconnect(), { once: true, capture: true, passive: true });
  }
  // After reveal has handled the change itself.
  listeners.window('hashchange', () => requestAnimationFrame(() => follow(window.location.hash)));
  listeners.deck(deck, 'slidechanged', () => {
    if (isReady()) settleCurrentSlide(deck);
  });
}

/**
 * When the scroll view moves to a slide while it is still settling, reveal can leave the slide it
 * started on marked `present` and the address on that slide (seen under load: the page shows the
 * linked slide, reveal's indices say so, but the first slide keeps `present` and `#/title`). Each
 * change makes the current slide the only present one and the address name it, so a link copied
 * from a phone opens the slide being read.
 */
function settleCurrentSlide(deck: RevealDeck): void {
  const current = deck.getCurrentSlide();
  if (!current) return;
  for (const slide of deck.getSlides()) if (slide !== current) slide.classList.remove('present');
  const hash = `#/${current.id || deck.getSlides().indexOf(current) + 1}`;
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}
