/** The static server of the built deck: the exporter's own code, re-exported for tests. */
export * from '../../scripts/lib/static-server.ts';
