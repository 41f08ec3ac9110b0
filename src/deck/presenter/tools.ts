/** The presenter's tools on the audience's screen: a laser pointer that follows the mouse (L), and reveal's zoom. */
import Zoom from 'reveal.js/plugin/zoom';
import type { Listeners, RevealDeck } from '../reveal-deck.ts';
import './laser-pointer.css';

/** The L key. */
const KEY_L = 76;
/** On `<html>` while the pointer is on: the mouse cursor gives way to the pointer. */
export const POINTER_ON_CLASS = 'laser-pointer-on';

/** Adds L for the laser pointer, and reveal's zoom plugin; what they add is removed with `listeners`. */
export function installPresenterTools(deck: RevealDeck, listeners: Listeners, options: { readonly reducedMotion: boolean }): void {
  installLaserPointer(deck, listeners);
  const zoom = Zoom();
  deck.registerPlugin(zoom);
  // The zoom eases the page in over 0.8 s; a viewer who asked for less motion gets the zoomed view at once.
  if (options.reducedMotion) document.body.style.transition = 'none';
  listeners.onRemove(() => zoom.destroy?.());
}

/** The pointer: a red dot, shown where the mouse is while L has it on. */
function installLaserPointer(deck: RevealDeck, listeners: Listeners): void {
  const root = document.documentElement;
  const dot = document.createElement('div');
  dot.className = 'laser-pointer';
  dot.setAttribute('aria-hidden', 'true');
  dot.hidden = true;
  document.body.append(dot);

  const follow = (event: PointerEvent): void => {
    if (!root.classList.contains(POINTER_ON_CLASS)) return;
    dot.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
    dot.hidden = false;
  };
  listeners.window('pointermove', follow, { passive: true });
  // Out of the window, the pointer has nothing to point at.
  listeners.window('pointerout', (event) => {
    if (event.relatedTarget === null) dot.hidden = true;
  });

  deck.addKeyBinding({ keyCode: KEY_L, key: 'L', description: 'Laser pointer on or off' }, () => {
    const on = root.classList.toggle(POINTER_ON_CLASS);
    if (!on) dot.hidden = true;
  });
  listeners.onRemove(() => {
    deck.removeKeyBinding(KEY_L);
    root.classList.remove(POINTER_ON_CLASS);
    dot.remove();
  });
}
