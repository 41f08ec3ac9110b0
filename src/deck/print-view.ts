/**
 * reveal's print view (`?print-pdf`), which the PDF export prints: its styles and, for a handout,
 * the speaker notes (shipped apart from the slides) must be in the page before reveal lays it out.
 */
import { type DeckPlugin, Listeners } from './reveal-deck.ts';

/** Puts each slide's notes into its section as reveal's `<aside class="notes">`. */
export function attachNotes(root: ParentNode, notesById: Readonly<Record<string, string>>): void {
  for (const [id, html] of Object.entries(notesById)) {
    const section = root.querySelector(`section#${CSS.escape(id)}`);
    if (!section || section.querySelector(':scope > aside.notes')) continue;
    const aside = document.createElement('aside');
    aside.className = 'notes';
    aside.innerHTML = html;
    section.append(aside);
  }
}

/** Loads the notes chunk and attaches the notes to the slides. */
export async function loadNotes(root: ParentNode): Promise<void> {
  const { default: notesById } = await import('virtual:deck/notes');
  attachNotes(root, notesById);
}

/** The print view's styles and notes, loaded before reveal starts (reveal waits for a plugin's promise). */
export function printViewPlugin(): DeckPlugin {
  const listeners = new Listeners();
  return {
    id: 'print-view',
    async init() {
      await Promise.all([import('./styles/print.css'), loadNotes(document)]);
      listeners.onRemove(() => {
        for (const aside of document.querySelectorAll('section > aside.notes')) aside.remove();
      });
    },
    destroy() {
      listeners.removeAll();
    },
  };
}
