/** Which deck folder a command works on: DECK_SLIDES names it, `slides/` is the default. */
import { DEFAULT_SLIDES_DIR } from '../contract/index.ts';

/** The deck folder named by the DECK_SLIDES environment variable, else `slides`. */
export function slidesDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_SLIDES || DEFAULT_SLIDES_DIR;
}
