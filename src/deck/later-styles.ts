/** Loads the style rules that cannot match before the script runs (src/build/later-styles.ts), after slide 1 is painted. */
import { LATER_STYLES_ATTRIBUTE } from '../contract/index.ts';

/**
 * Enables the page's later style sheets and resolves when they have loaded (or failed: the deck
 * then starts without them rather than not at all). A page without them (the dev server, the
 * single file) resolves at once.
 */
export async function loadLaterStyles(doc: Document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>(`link[${LATER_STYLES_ATTRIBUTE}][disabled]`)];
  await Promise.all(
    links.map(
      (link) =>
        new Promise<void>((resolve) => {
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener(
            'error',
            () => {
              console.error(`the deck's style sheet ${link.href} did not load: later slides, controls and views may show unstyled`);
              resolve();
            },
            { once: true },
          );
          link.disabled = false;
        }),
    ),
  );
}
