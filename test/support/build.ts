/** Building a deck with Vite: the exporter's own code, re-exported for tests. */
export * from '../../scripts/lib/build-site.ts';
