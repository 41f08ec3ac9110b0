/** Scheduling work that slide 1 does not need until after it has been painted. */

/**
 * Resolves once slide 1 has been painted with its text: the fonts in use have loaded (text set in
 * a `font-display: block` face is invisible until then), a frame has been drawn, and a task has run.
 * The page is laid out first, so that the fonts its text needs are loading when `fonts.ready` is read.
 */
export async function afterFirstPaint(): Promise<void> {
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
