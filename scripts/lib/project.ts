/** The project folder (where vite.config.ts is), for scripts that run from anywhere. */
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
