/** The facts every layer shares: stage sizes, the font, the palette, readiness marks, page parameters, file names. Pure. */
export * from './chart.ts';
export * from './files.ts';
export * from './font.ts';
export * from './pace-params.ts';
export * from './page.ts';
export * from './palette.ts';
export * from './readiness.ts';
export * from './remote.ts';
export * from './remote-messages.ts';
export * from './stage.ts';
export * from './tokens.ts';
export * from './ui-text.ts';
