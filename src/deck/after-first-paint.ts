/** Scheduling work that slide 1 does not need until after it has been painted. */

/**
 * Resolves once slide 1 has been painted with its text: the fonts in use have loaded (text set in
 * a `font-display: block` face is invisible until then), a frame has been drawn, and a task has run.
 */
export async function afterFirstPaint(): Promise<void> {
  await document.fonts.ready;
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
