/** The one name for reveal's instance in the browser code, and the shape every deck feature takes. */
import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The running reveal.js deck. */
export type RevealDeck = RevealApi;

/**
 * A deck feature as a reveal plugin (reveal's `js/controllers/plugins.js`): reveal calls `init` as
 * it starts and waits for a returned promise; `destroy` undoes what `init` set up.
 */
export interface DeckPlugin extends RevealPlugin {
  readonly id: string;
  init(deck: RevealDeck): void | Promise<void>;
  destroy(): void;
}

/** Listeners added to the window or the deck, removed together when a plugin is destroyed. */
export class Listeners {
  private readonly removers: (() => void)[] = [];

  /** Adds a window listener. */
  window<K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void {
    window.addEventListener(type, listener, options);
    this.removers.push(() => window.removeEventListener(type, listener, options));
  }

  /** Adds a listener to one of reveal's events. */
  deck(deck: RevealDeck, type: string, listener: (event: Event) => void): void {
    deck.on(type, listener);
    this.removers.push(() => deck.off(type, listener));
  }

  /** Adds any other clean-up step. */
  onRemove(remove: () => void): void {
    this.removers.push(remove);
  }

  /** Removes every listener added so far. */
  removeAll(): void {
    for (const remove of this.removers.splice(0)) remove();
  }
}
