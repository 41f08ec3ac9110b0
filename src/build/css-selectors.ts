/**
 * The classes a CSS selector requires: those outside any functional pseudo-class, which an element
 * it matches (or an ancestor or earlier sibling of it) must carry. `:is(.a, .b)` requires neither,
 * and `:not(.a)` forbids rather than requires.
 * Pure: selector text in, class names out. Selectors are the build's own, already valid CSS.
 */

const RE_IDENT = /^-?(?:[_a-zA-Z\u00a0-\uffff-]|\\.)(?:[\w\u00a0-\uffff-]|\\.)*/;

/** The index just past the bracket or parenthesis group opening at `open`. */
function skipGroup(selector: string, open: number): number {
  const opening = selector[open];
  const closing = opening === '[' ? ']' : ')';
  let depth = 0;
  let quote = '';
  for (let i = open; i < selector.length; i++) {
    const char = selector[i]!;
    if (char === '\\') i++;
    else if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === opening) depth++;
    else if (char === closing && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced "${opening}" in the selector "${selector}"`);
}

/** The classes `selector` names outside attribute selectors and the arguments of pseudo-classes. */
export function requiredClasses(selector: string): string[] {
  const classes: string[] = [];
  let i = 0;
  while (i < selector.length) {
    const char = selector[i]!;
    if (char === '\\') {
      i += 2;
    } else if (char === '[' || char === '(') {
      i = skipGroup(selector, i);
    } else if (char === '.') {
      const name = RE_IDENT.exec(selector.slice(i + 1))?.[0] ?? '';
      classes.push(name.replace(/\\(.)/g, '$1'));
      i += 1 + name.length;
    } else {
      // An identifier is read whole, so a `.` inside an escaped name is not taken for a class.
      i += RE_IDENT.exec(selector.slice(i))?.[0].length || 1;
    }
  }
  return classes;
}
