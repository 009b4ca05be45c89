import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/static-server';
import { launch, readyEvents, recordReadyEvents } from './browser';

/**
 * What a developer does: `npm pack`, install the tarball into a fresh project, import the element, build with Vite,
 * and open the page. Everything runs offline: the package has no dependencies to download, and the project is
 * built with this project's own Vite.
 */

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let app: string;
/** The app's build, served as its host would serve it. */
let site: StaticServer;
/** The project folder itself, for the plain page that loads the module from node_modules. */
let folder: StaticServer;
let browser: Browser;
let installedBytes = 0;

function folderBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

beforeAll(async () => {
  // The global setup built the library, its server entry, command line and types; `prepack` would build them again.
  work = mkdtempSync(join(tmpdir(), 'relations-package-'));
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      encoding: 'utf8',
    }),
  ) as Array<{ filename: string }>;
  const tarball = join(work, packed[0]!.filename);
  app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync(npm, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: app,
    stdio: 'pipe',
  });
  installedBytes = folderBytes(join(app, 'node_modules'));
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
      <relations-map id="map" loading="eager" style="width: 800px; height: 500px"></relations-map>
      <script type="module" src="/src/main.ts"></script></body></html>`,
  );
  writeFileSync(
    join(app, 'src', 'main.ts'),
    `import 'relations-map';
import type { RelationsMap } from 'relations-map';

const map: RelationsMap | null = document.querySelector('relations-map');
map?.addEventListener('ready', (event) => {
  const year: number = event.detail.year;
  document.body.dataset.readyYear = String(year);
});
map?.addEventListener('year-change', (event) => console.log(event.detail.year));
`,
  );
  // A plain page that loads the module straight from node_modules, as a site without a bundler would.
  writeFileSync(
    join(app, 'plain.html'),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
      <relations-map loading="eager" style="width: 800px; height: 500px"></relations-map>
      <script type="module" src="/node_modules/relations-map/dist/lib/relations-map.js"></script></body></html>`,
  );
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: app,
      logLevel: 'warn',
      configFile: false,
      // MapLibre and deck.gl are large by nature: the app's own build would warn about them.
      build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  site = await serveStatic(join(app, 'dist'));
  folder = await serveStatic(app);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await folder?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page and records what a developer would see in the console and the network panel. */
async function open(url: string): Promise<{ page: Page; failed: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await recordReadyEvents(page);
  await page.goto(url);
  await readyEvents(page, 1);
  return { page, failed, errors };
}

describe('the npm package', () => {
  it('installs nothing beside itself: the bundle holds its dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules/relations-map/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'relations-map',
    ]);
    console.log(`a consumer's node_modules: ${(installedBytes / 1024 / 1024).toFixed(1)} MB`);
  });

  it('works in a Vite app: ready fires, no failed request, no console error', async () => {
    const { page, failed, errors } = await open(`${site.url}/`);
    expect(await page.evaluate(() => document.body.dataset.readyYear)).toBe('2021');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from node_modules in a plain page, without a bundler', async () => {
    const { page, failed, errors } = await open(`${folder.url}/plain.html`);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("types the element, its events and the tag name for the app's TypeScript", () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2022', 'dom'],
          strict: true,
          noEmit: true,
          // The package's types stand alone: nothing they import is left for the app to install.
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    );
    writeFileSync(
      join(app, 'src', 'types-check.ts'),
      `import type { Dataset, RelationsMap, YearChangeDetail } from 'relations-map';
const el = document.createElement('relations-map');
const typed: RelationsMap = el;
typed.year = 2017;
const detail: YearChangeDetail = { year: 2016 };
el.addEventListener('selection-change', (event) => {
  const id: string | undefined = event.detail?.id;
  return id;
});
const data: Dataset | undefined = typed.data;
// Companion elements are HTMLElements with their own properties.
const slider = document.createElement('relations-year-slider');
slider.classList.add('years');
slider.setAttribute('for', 'map');
slider.hidden = false;
slider.value = 2016;
const zoom: number | undefined = typed.map?.getZoom();
export { slider, zoom };
const firstFlow: number | undefined = data?.flows[0]?.valueUsd;
// @ts-expect-error the dataset is typed, not any: an id is a string
const wrong: Dataset = { id: 1 };
export { data, detail, firstFlow, wrong };
`,
    );
    const tsc = resolve('node_modules/typescript/bin/tsc');
    const run = () => {
      try {
        execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        // tsc prints its errors on stdout.
        throw new Error(String((error as { stdout?: string }).stdout));
      }
    };
    expect(run).not.toThrow();
    // And a mistake is caught: the detail of year-change has no "yaer".
    writeFileSync(
      join(app, 'src', 'types-check.ts'),
      `document.createElement('relations-map').addEventListener('year-change', (e) => e.detail.yaer);\n`,
    );
    expect(run).toThrow(/yaer/);
  });

  it('imports in plain Node (a server) without throwing, and defines nothing', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('relations-map');
console.log(JSON.stringify({
  customElements: typeof customElements,
  window: typeof window,
  element: typeof m.RelationsMap,
  validate: m.validateDataset({}).ok,
}));`,
      ],
      { cwd: app, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({
      customElements: 'undefined',
      window: 'undefined',
      element: 'undefined',
      validate: false,
    });
  });

  it('brings its CSV tools as a command: relations-map dataset validate / to-csv / from-csv', () => {
    const bin = join(app, 'node_modules/.bin/relations-map');
    const dataset = join(app, 'node_modules/relations-map/datasets/dprk-relations.json');
    expect(execFileSync(bin, ['dataset', 'validate', dataset], { encoding: 'utf8' })).toMatch(
      /valid \(3 years/,
    );
    const csv = join(work, 'csv');
    execFileSync(bin, ['dataset', 'to-csv', dataset, '-o', csv], { stdio: 'pipe' });
    const back = join(work, 'back.json');
    execFileSync(bin, ['dataset', 'from-csv', csv, '-o', back], { stdio: 'pipe' });
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(JSON.parse(readFileSync(dataset, 'utf8')));
  });

  it('offers no embed code that would 404 in a bundled app, and names the script the page gives', async () => {
    const { page } = await open(`${site.url}/`);
    const share = await shareBox(page);
    expect(share.code).toBeNull();
    expect(share.note).toMatch(/embed-script/);
    await page.evaluate(() =>
      document.querySelector('relations-map')!.setAttribute('embed-script', '/lib/map.js'),
    );
    const named = await shareBox(page);
    expect(named.code).toContain(`<script type="module" src="${site.url}/lib/map.js"></script>`);
    await page.close();
  });

  it('offers embed code that names the library file itself in a plain page', async () => {
    const { page } = await open(`${folder.url}/plain.html`);
    const share = await shareBox(page);
    expect(share.code).toContain(`src="${folder.url}/node_modules/relations-map/dist/lib/relations-map.js"`);
    // The script it names is there.
    const response = await page.request.get(
      `${folder.url}/node_modules/relations-map/dist/lib/relations-map.js`,
    );
    expect(response.status()).toBe(200);
    await page.close();
  });
});

/**
 * An app built by a bundler that does not copy files found through `new URL(…, import.meta.url)`, as Angular's
 * esbuild builder does, served under a sub-path (`<base href="/shop/">`). Without a base path the map says which
 * file it could not find; with the package's `dist/lib` copied as the Angular recipe does (angular.json `assets`) and
 * `base-path` naming it, it works, with no failed request.
 */
describe('an app whose bundler does not copy the files (Angular), under a sub-path', () => {
  let root: string;
  let served: StaticServer;

  beforeAll(async () => {
    root = join(work, 'angular-like');
    const out = join(root, 'shop');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(app, 'src', 'ng-main.ts'), `import 'relations-map';\n`);
    await esbuild({
      entryPoints: [join(app, 'src', 'ng-main.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: out,
      absWorkingDir: app,
      logLevel: 'silent',
    });
    // The recipe's angular.json: { "glob": "**/*", "input": "node_modules/relations-map/dist/lib", "output": "relations-map" }
    cpSync(join(app, 'node_modules/relations-map/dist/lib'), join(out, 'relations-map'), { recursive: true });
    const page = (attributes: string) => `<!doctype html><html lang="en"><head><base href="/shop/">
      <link rel="icon" href="data:,"></head><body>
      <relations-map loading="eager" ${attributes} style="width: 800px; height: 500px"></relations-map>
      <script type="module" src="ng-main.js"></script></body></html>`;
    writeFileSync(join(out, 'index.html'), page('base-path="relations-map/"'));
    writeFileSync(join(out, 'uncopied.html'), page(''));
    served = await serveStatic(root);
  }, 60_000);

  afterAll(async () => {
    await served?.close();
  });

  it('works once the files are copied and base-path names them', async () => {
    const { page, failed, errors } = await open(`${served.url}/shop/`);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    );
    expect(requested).toEqual(
      expect.arrayContaining([
        '/shop/relations-map/assets/dprk-relations.json',
        '/shop/relations-map/assets/countries-story.json',
        '/shop/relations-map/assets/maplibre-gl-worker.mjs',
      ]),
    );
    await page.close();
  });

  it('without them, says what is missing and what to do, on the map and in data-error', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.addInitScript(() => {
      document.addEventListener('data-error', (event) => {
        (window as unknown as { dataError: unknown }).dataError = (event as CustomEvent).detail;
      });
    });
    await page.goto(`${served.url}/shop/uncopied.html`);
    const message = page.locator('relations-map').locator('[part~=message][role=alert]').first();
    await message.waitFor({ timeout: 30_000 });
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the reader sees.
    expect(await message.innerText()).toMatch(/404[\s\S]*base-path/);
    expect(
      JSON.stringify(await page.evaluate(() => (window as unknown as { dataError: unknown }).dataError)),
    ).toMatch(/base-path/);
    await page.close();
  });
});

/** Opens the share box of the page's map and reads its embed code, or the note that stands in for it. */
async function shareBox(page: Page): Promise<{ code: string | null; note: string | null }> {
  return page.evaluate(async () => {
    const el = document.querySelector('relations-map') as HTMLElement & { updateComplete: Promise<unknown> };
    const details = el.shadowRoot!.querySelector('details.share') as HTMLDetailsElement;
    if (!details.open) {
      details.open = true;
      await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    }
    await el.updateComplete;
    await el.updateComplete;
    return {
      // The embed code's field is the last: a link to the view comes first only on a map with sync-url.
      code: [...details.querySelectorAll('textarea')].at(-1)?.value ?? null,
      note: details.querySelector('.embed-unavailable')?.textContent ?? null,
    };
  });
}
