/** Scheduling work that slide 1 does not need until after it has been painted. */

/** Resolves after the next frame has been painted (a frame callback, then a task after it). */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
