import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
      code: details.querySelectorAll('textarea')[1]?.value ?? null,
      note: details.querySelector('.embed-unavailable')?.textContent ?? null,
    };
  });
}
