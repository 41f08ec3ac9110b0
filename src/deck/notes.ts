/** Speaker notes: shipped apart from the slides and put into them when the speaker view or a handout needs them. */

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
