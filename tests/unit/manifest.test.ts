import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: Array<{ declarations?: Declaration[] }>;
};
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const byTag = (tag: string) => declarations.find((d) => d.tagName === tag)!;
const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map((x) => x.name).sort();
const unique = (values: string[]) => [...new Set(values)].sort();

/**
 * What the source really offers, read from the source itself, so nothing public can be missing from the manifest:
 * the element's file, and the parts, controllers and styles it is composed of.
 */
function fromSource(file: string, ...dirs: string[]) {
  const partFiles = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(dir, name)),
  );
  const source = [file, ...partFiles].map((f) => readFileSync(f, 'utf8')).join('\n');
  const propertiesBlock = source.slice(
    source.indexOf('static override properties = {'),
    source.indexOf('};', source.indexOf('static override properties = {')),
  );
  const attributes = [...propertiesBlock.matchAll(/^\s+(\w+): \{([^}]*)\}/gm)]
    .filter(([, , options]) => !/state: true|attribute: false/.test(options!))
    .map(([, name, options]) => /attribute: '([^']+)'/.exec(options!)?.[1] ?? name!.toLowerCase());
  const events = [
    ...[...source.matchAll(/dispatch<\w+>\((?:[\w.]+,\s*)?'([a-z-]+)'/g)].map((m) => m[1]!),
    ...[...source.matchAll(/new CustomEvent(?:<\w+>)?\('([a-z-]+)'/g)].map((m) => m[1]!),
    ...(source.includes('STATE_EVENT') ? ['relations-state'] : []),
  ];
  const parts = [...source.matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]!);
  const cssProperties = [...source.matchAll(/var\((--relations-[a-z-]+)/g)].map((m) => m[1]!);
  const slots = [...source.matchAll(/<slot name="([a-z-]+)"/g)].map((m) => m[1]!);
  return {
    attributes: unique(attributes),
    events: unique(events),
    parts: unique(parts),
    cssProperties: unique(cssProperties),
    slots: unique(slots),
  };
}

describe('custom-elements.json', () => {
  it('describes the nine elements', () => {
    expect(declarations.map((d) => d.tagName).sort()).toEqual([
      'relations-compare',
      'relations-details',
      'relations-layer-toggles',
      'relations-legend',
      'relations-map',
      'relations-story',
      'relations-table',
      'relations-timeline',
      'relations-year-slider',
    ]);
  });

  it('lists every public attribute, event, part, CSS property and slot of <relations-map>', () => {
    const actual = fromSource(
      'src/components/relations-map.ts',
      'src/components/parts',
      'src/components/features',
      'src/controllers',
    );
    const styles = readFileSync('src/components/relations-map.styles.ts', 'utf8');
    const styleProperties = [...styles.matchAll(/var\((--relations-[a-z-]+)/g)].map((m) => m[1]!);
    const map = byTag('relations-map');
    expect(actual.attributes).toEqual(
      expect.arrayContaining([
        'year',
        'layers',
        'direction',
        'src',
        'theme',
        'no-controls',
        'sync-url',
        'loading',
      ]),
    );
    expect(names(map.attributes)).toEqual(expect.arrayContaining(actual.attributes));
    expect(names(map.events)).toEqual(expect.arrayContaining(actual.events));
    expect(actual.events).toEqual(
      expect.arrayContaining([
        'ready',
        'data-error',
        'year-change',
        'layers-change',
        'selection-change',
        'view-change',
        'step-change',
      ]),
    );
    expect(names(map.cssParts)).toEqual(expect.arrayContaining(actual.parts));
    expect(names(map.cssProperties)).toEqual(
      expect.arrayContaining(unique([...actual.cssProperties, ...styleProperties])),
    );
    expect(names(map.slots)).toEqual(expect.arrayContaining(actual.slots));
    // Every event is documented.
    for (const event of map.events ?? []) expect(event.description, event.name).toBeTruthy();
    // Internal state stays out.
    expect(names(map.attributes).filter((n) => n.startsWith('_'))).toEqual([]);
  });

  it('keeps the link between the map and its controls out of the public API', () => {
    const members = names((byTag('relations-map') as { members?: Array<{ name: string }> }).members);
    for (const internal of [
      'setYearFromUser',
      'selectFromUser',
      'setLayersFromUser',
      'setModeFromUser',
      'setDirectionFromUser',
      'visibleLayers',
      'yearStops',
    ])
      expect(members).not.toContain(internal);
    expect(members.filter((n) => n.startsWith('['))).toEqual([]);
    expect(members).toEqual(
      expect.arrayContaining(['data', 'years', 'map', 'deck', 'strings', 'locale', 'resolvedTheme']),
    );
    expect(members).toEqual(expect.arrayContaining(['resetView', 'flyTo', 'whenRendered', 'exportImage']));
  });

  it('documents the controls that can live elsewhere on the page', () => {
    expect(names(byTag('relations-year-slider').attributes)).toEqual(
      expect.arrayContaining(['for', 'value', 'label']),
    );
    expect(names(byTag('relations-layer-toggles').attributes)).toEqual(expect.arrayContaining(['for']));
  });

  it('is what package.json points editors at', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.exports['.'].import).toBe('./dist/lib/relations-map.js');
    expect(pkg.exports['.'].browser).toBe('./dist/lib/relations-map.js');
    // A server (Node, Next, Astro…) gets the entry that defines nothing.
    expect(pkg.exports['.'].node).toBe('./dist/lib/server.js');
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
    expect(pkg.types).toBe('dist/lib/relations-map.d.ts');
    expect(pkg.exports['.'].types).toBe(`./${pkg.types}`);
    expect(pkg.bin['relations-map']).toBe('dist/cli/relations-map.js');
    expect(pkg.private).toBeUndefined();
    // Importing the package defines its elements: a bundler must keep the import (and, in this repository, its own
    // build must keep src/, which a narrower list would let it drop).
    expect(pkg.sideEffects).toBe(true);
    expect(pkg.scripts.prepack).toMatch(/build:lib/);
  });
});

describe('the README and the manifest', () => {
  const readme = readFileSync('README.md', 'utf8');
  /** The first cell of each row of the README's table under a heading, each `code` name in it. */
  const tableNames = (heading: string) => {
    const section = readme.slice(readme.indexOf(heading), readme.indexOf('\n#', readme.indexOf(heading) + 1));
    return section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  };
  const map = byTag('relations-map');
  const propertiesOnly = ['data', 'shownData', 'selection', 'years', 'map', 'deck'];

  it('documents every attribute of <relations-map>, and no attribute it does not have', () => {
    const documented = tableNames('### Attributes and properties');
    expect(documented).toEqual(expect.arrayContaining(names(map.attributes)));
    expect(documented.filter((n) => !propertiesOnly.includes(n)).sort()).toEqual(names(map.attributes));
  });

  it('documents every event of <relations-map>, and no event it does not fire', () => {
    expect(tableNames('### Events').sort()).toEqual(names(map.events));
  });
});
