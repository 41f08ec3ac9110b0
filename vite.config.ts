import { defineConfig } from 'vite';
import { deckViteConfig, slidesDirFromEnv } from './src/build/vite-config.ts';

// DECK_SLIDES=<folder> builds or serves another deck; the default is slides/.
export default defineConfig(deckViteConfig({ slidesDir: slidesDirFromEnv() }));
