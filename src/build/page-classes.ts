/**
 * The classes of the elements a built page can show before the deck's script has run: the page
 * with slide 1 and, for a browser without scripts, the text outline and the charts it shows by
 * reference (`<use href="#chart-…">`) from the later slides, which such a browser builds hidden.
 * A style rule that needs any other class can only match once the script has put the later slides
 * in place, so it can load after slide 1 is painted (later-styles.ts).
 * Pure: page markup in, class names out.
 */
import { parseHTML } from 'linkedom';
import { LATER_SLIDES_ID } from '../contract/index.ts';

/** An element of linkedom's document (the build has no DOM types). */
type PageElement = NonNullable<ReturnType<ReturnType<typeof parseHTML>['document']['querySelector']>>;

/** Every class of `element` and of the elements inside it. */
function classesWithin(element: PageElement, into: Set<string>): void {
  for (const name of element.classList) into.add(name);
  for (const inner of element.querySelectorAll('[class]')) for (const name of inner.classList) into.add(name);
}

/** The classes of the page's elements outside the later slides, and of what the page shows of them by reference. */
export function classesBeforeScript(html: string): ReadonlySet<string> {
  const { document } = parseHTML(html);
  const later = document.getElementById(LATER_SLIDES_ID);
  const isLater = (element: PageElement): boolean => later?.contains(element) === true;
  const classes = new Set<string>();
  for (const element of document.querySelectorAll('[class]')) {
    if (!isLater(element)) for (const name of element.classList) classes.add(name);
  }
  for (const use of document.querySelectorAll('use')) {
    const href = use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '';
    if (isLater(use) || !href.startsWith('#')) continue;
    const shown = document.getElementById(href.slice(1));
    if (!shown) continue;
    // A drawing shown by reference is styled as it stands in its place: its ancestors' classes count too.
    classesWithin(shown, classes);
    for (let ancestor = shown.parentElement; ancestor && ancestor !== later; ancestor = ancestor.parentElement)
      for (const name of ancestor.classList) classes.add(name);
  }
  return classes;
}
