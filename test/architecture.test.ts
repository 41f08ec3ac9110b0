/**
 * The layers of the code and the one-way arrows between them (README, "Architecture"): every import
 * of a source file goes to its own layer or one it may use. The compiler checks which libraries each
 * layer sees (tsconfig.*.json); this checks which of our own modules it imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from './support/build.ts';

/** Each layer, the folder it is (relative to the project), and the layers it may import from. */
const LAYERS = {
  contract: { folder: 'src/contract', uses: [] },
  speech: { folder: 'src/speech', uses: ['contract'] },
  charts: { folder: 'src/charts', uses: ['contract', 'speech'] },
  pace: { folder: 'src/pace', uses: ['contract'] },
  slides: { folder: 'src/slides', uses: ['contract', 'speech', 'charts', 'pace'] },
  import: { folder: 'src/import', uses: ['contract', 'speech', 'charts', 'slides'] },
  input: { folder: 'src/input', uses: ['contract', 'speech'] },
  build: { folder: 'src/build', uses: ['contract', 'speech', 'charts', 'slides', 'import'] },
  deck: { folder: 'src/deck', uses: ['contract', 'charts', 'pace'] },
  main: { folder: 'src/main.ts', uses: ['contract', 'deck'] },
  scripts: { folder: 'scripts', uses: ['contract', 'pace', 'speech', 'charts', 'slides', 'import', 'input', 'build'] },
} as const satisfies Record<string, { folder: string; uses: readonly string[] }>;
type Layer = keyof typeof LAYERS;

/** Layers compiled without Node: they may not import Node's modules either. */
const WITHOUT_NODE: readonly Layer[] = ['contract', 'pace', 'speech', 'charts', 'slides', 'import', 'deck', 'main'];

/** `import … from '…'`, `export … from '…'`, `import('…')`: the module a statement names. */
const RE_IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The layer a project-relative path belongs to, if any. */
function layerOf(path: string): Layer | undefined {
  return (Object.keys(LAYERS) as Layer[]).find((layer) => {
    const folder = LAYERS[layer].folder;
    return path === folder || path.startsWith(`${folder}/`);
  });
}

/** Every source file of the layers (tests excluded: they may use any layer). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The modules a file imports, as written. */
function importsOf(source: string): string[] {
  return [...source.matchAll(RE_IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

const files = [...sourceFiles(join(PROJECT_ROOT, 'src')), ...sourceFiles(join(PROJECT_ROOT, 'scripts'))].map((path) => ({
  path: relative(PROJECT_ROOT, path),
  imports: importsOf(readFileSync(path, 'utf8')),
}));

describe('the layers', () => {
  test('every source file belongs to a layer', () => {
    expect(files.filter((f) => !layerOf(f.path) && !f.path.endsWith('.d.ts')).map((f) => f.path)).toEqual([]);
  });

  test('every import goes to the same layer or one below it', () => {
    const wrongWay: string[] = [];
    for (const file of files) {
      const from = layerOf(file.path);
      if (!from) continue;
      for (const specifier of file.imports.filter((s) => s.startsWith('.'))) {
        const target = relative(PROJECT_ROOT, resolve(dirname(join(PROJECT_ROOT, file.path)), specifier));
        const to = layerOf(target);
        if (to && to !== from && !(LAYERS[from].uses as readonly string[]).includes(to)) wrongWay.push(`${file.path} → ${target}`);
      }
    }
    expect(wrongWay).toEqual([]);
  });

  test('no source file imports the tests or their support code', () => {
    const intoTests = files.flatMap((file) =>
      file.imports
        .filter((s) => s.startsWith('.'))
        .map((s) => relative(PROJECT_ROOT, resolve(dirname(join(PROJECT_ROOT, file.path)), s)))
        .filter((target) => target === 'test' || target.startsWith('test/'))
        .map((target) => `${file.path} → ${target}`),
    );
    expect(intoTests).toEqual([]);
  });

  test('pure and browser layers import no Node module', () => {
    const nodeImports = files
      .filter((f) => WITHOUT_NODE.includes(layerOf(f.path)!))
      .flatMap((f) => f.imports.filter((s) => s.startsWith('node:')).map((s) => `${f.path} → ${s}`));
    expect(nodeImports).toEqual([]);
  });

  test('the check sees imports in every form', () => {
    const source =
      "import a from './a.ts';\nimport type { B } from '../b.ts';\nexport { c } from './c.ts';\nimport './d.css';\nconst e = import('./e.ts');";
    expect(importsOf(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './e.ts']);
  });
});
