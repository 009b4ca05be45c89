import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under src/, by path relative to the project. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The files a module imports from src/: static imports and re-exports, type-only ones too, `import('…')` in code
 * and in types, and side-effect imports. Asset imports (`?url`, `?inline`) and packages are not modules of ours.
 */
function importsOf(file: string, files: ReadonlySet<string>): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'/gm),
    ...source.matchAll(/^\s*import\s*'([^']+)'/gm),
    ...source.matchAll(/import\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  const out = new Set<string>();
  for (const spec of specifiers) {
    if (!spec.startsWith('.') || spec.includes('?')) continue;
    const base = relative(process.cwd(), resolve(dirname(file), spec));
    const target = [`${base}.ts`, join(base, 'index.ts')].find((f) => files.has(f));
    if (target) out.add(target);
  }
  return [...out];
}

/** Every import cycle, each as the list of files around it. */
function cycles(graph: ReadonlyMap<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length;
/** Tables of interface text may be long: they are read a row at a time, not as logic. */
const TEXT_TABLES = new Set(['src/text/strings.ts']);

/**
 * Which part of src/ may import which: each folder (or top-level module) names the parts below it. Data flows one
 * way, from the dataset at the bottom to the elements at the top; an import against this table is an arrow back up.
 * The entries (`index`, `server`, `main`) may import anything.
 */
const MAY_IMPORT: Record<string, readonly string[] | '*'> = {
  index: '*',
  server: '*',
  main: '*',
  tools: ['data'],
  components: [
    'picture',
    'controllers',
    'engine',
    'types',
    'text',
    'layers',
    'basemap',
    'geo',
    'download',
    'theme',
    'data',
  ],
  picture: [
    'controllers',
    'engine',
    'types',
    'text',
    'layers',
    'basemap',
    'geo',
    'download',
    'theme',
    'data',
  ],
  controllers: ['engine', 'types', 'text', 'layers', 'basemap', 'geo', 'download', 'theme', 'data'],
  engine: ['layers', 'basemap', 'geo', 'data'],
  text: ['layers', 'geo', 'data'],
  layers: ['basemap', 'geo', 'data'],
  basemap: ['geo', 'data'],
  geo: ['data'],
  types: ['data'],
  download: ['data'],
  theme: [],
  data: [],
};

/** The part of src/ a file belongs to: its folder, or its own name for a module at the top. */
const partOf = (file: string) => {
  const [, first, second] = file.split('/');
  return second === undefined ? first!.replace(/\.ts$/, '') : first!;
};

describe('the source tree', () => {
  const files = sourceFiles();
  const fileSet = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, fileSet)]));

  it('finds the imports it checks (the check itself works)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(graph.get('src/components/relations-map.ts')).toEqual(
      expect.arrayContaining(['src/controllers/map-link.ts', 'src/components/features/map.ts']),
    );
    // A type-only import and a dynamic import are both edges.
    expect(graph.get('src/controllers/engine-code.ts')).toEqual(
      expect.arrayContaining(['src/engine/map-engine.ts', 'src/engine/deck-overlay.ts']),
    );
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no arrow back up between its folders (type-only imports included)', () => {
    const parts = new Set(files.map(partOf));
    expect(
      [...parts].filter((part) => !(part in MAY_IMPORT)),
      'a part of src/ missing from MAY_IMPORT',
    ).toEqual([]);
    const back = [...graph].flatMap(([file, targets]) => {
      const allowed = MAY_IMPORT[partOf(file)];
      return targets
        .filter((t) => partOf(t) !== partOf(file) && allowed !== '*' && !allowed?.includes(partOf(t)))
        .map((t) => `${file} -> ${t}`);
    });
    expect(back).toEqual([]);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps the root element short enough to read as its contract', () => {
    expect(lineCount('src/components/relations-map.ts')).toBeLessThanOrEqual(350);
  });

  it('has no file over 400 lines but the tables of interface text', () => {
    const long = files.filter((f) => !TEXT_TABLES.has(f) && lineCount(f) > 400);
    expect(long.map((f) => `${f}: ${lineCount(f)} lines`)).toEqual([]);
  });
});
