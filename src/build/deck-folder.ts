/** Which deck folder a command works on: DECK_SLIDES names it, `slides/` is the default. */

/** The deck folder named by the DECK_SLIDES environment variable, else `slides`. */
export function slidesDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_SLIDES || 'slides';
}
