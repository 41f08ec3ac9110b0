import { defineConfig } from 'vite';
import { deckViteConfigFromEnv } from './src/build/vite-config.ts';

// DECK_SLIDES=<folder> builds or serves another deck (default slides/); DECK_URL=<address> makes
// link-preview URLs absolute; `--mode single` builds the one-file deck into dist-single/.
export default defineConfig(({ mode }) => deckViteConfigFromEnv(mode));
