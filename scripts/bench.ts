/**
 * `npm run bench`: measures the production build in headless Chromium and prints a table (and writes
 * bench-results/bench.json). Timings are reported as ratios against a baseline measured in the same run: a bare
 * MapLibre map with the same basemap (bench/baseline.html). Several runs each, after a warm-up; median and spread.
 *
 * Options: --runs N (default 7), --skip-build, --quick (2 runs, 10 mount cycles: for a smoke run),
 * --flows 10,1000 (the synthetic dataset sizes; default 10,1000,10000,100000), --against <commit or dist folder>
 * (this build and another in alternating loads: scripts/bench-against.ts).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { basemapThemes } from '../src/basemap/style';
import { latestYear } from '../src/data/selectors';
import { validateDataset } from '../src/data/validate';
import { STORY_BOUNDS } from '../src/geo/framing';
import { cameraForBounds } from '../src/geo/mercator';
import { roughMeasure } from '../src/layers/capital-labels';
import { layerPalettes } from '../src/layers/colors';
import { widthScaleFor } from '../src/layers/scales';
import { layerTokens } from '../src/layers/types';
import { staticPicture } from '../src/picture/static-picture';
import { CHROMIUM_ARGS as TEST_CHROMIUM_ARGS } from '../vitest.config';
import { ARC_PIXELS, greenPixels, screencast } from './screencast';
import { type Route, serveStatic } from './static-server';
import { syntheticDataset } from './synthetic-dataset';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 2 : 7);
const cycles = quick ? 10 : 50;
const flowCounts = args.includes('--flows')
  ? args[args.indexOf('--flows') + 1]!.split(',').map(Number)
  : [10, 1000, 10000, 100000];
// The test suite's flags (software WebGL, no network), plus what the heap measurement needs.
const CHROMIUM_ARGS = [...TEST_CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'];

if (args.includes('--against')) {
  // Two builds side by side instead of this build's full measurement (scripts/bench-against.ts).
  const { benchAgainst } = await import('./bench-against');
  await benchAgainst(args);
  process.exit(0);
}

if (!args.includes('--skip-build')) execSync('npm run -s build', { stdio: 'inherit' });

// ---- sizes -------------------------------------------------------------------------------------------------
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = readdirSync('dist/assets').map((name) => join('dist/assets', name));
const sizes = files
  .filter((f) => statSync(f).isFile())
  .map((f) => ({ file: f.replace('dist/', ''), raw: statSync(f).size, gzip: gzip(f) }))
  .sort((a, b) => b.gzip - a.gzip);

// ---- the static picture, made in Node from the built-in dataset -------------------------------------------------
function staticPictureSizes() {
  const dataset = validateDataset(JSON.parse(readFileSync('datasets/dprk-relations.json', 'utf8')));
  if (!dataset.ok) throw new Error('the built-in dataset does not validate');
  const topology = JSON.parse(readFileSync('geo/countries-story.json', 'utf8'));
  const size = { width: 700, height: 700 };
  const year = latestYear(dataset.dataset);
  const input = {
    dataset: dataset.dataset,
    state: {
      year,
      layers: new Set(layerTokens),
      direction: 'both' as const,
      palette: layerPalettes.light,
      widthScale: widthScaleFor(dataset.dataset, year, 'locked'),
    },
    topology,
    colors: basemapThemes.light,
    camera: cameraForBounds(STORY_BOUNDS, size, { top: 16, bottom: 24, left: 16, right: 16 }),
    size,
    measure: roughMeasure,
    title: '',
    description: '',
  };
  staticPicture(input);
  const times: number[] = [];
  let markup = '';
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    markup = staticPicture({ ...input, state: { ...input.state } });
    times.push(performance.now() - t0);
  }
  const poster = readFileSync(`dist/lib/posters/${year}.svg`);
  return {
    nodeRenderMs: median(times),
    markupRaw: markup.length,
    markupGzip: gzipSync(markup, { level: 9 }).length,
    posterRaw: poster.length,
    posterGzip: gzipSync(poster, { level: 9 }).length,
  };
}

// ---- statistics -------------------------------------------------------------------------------------------------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

// ---- browser measurements -----------------------------------------------------------------------------------
const pages: Record<string, Route> = {};
const synthetic = new Map<number, string>();
for (const count of flowCounts) {
  const body = JSON.stringify(syntheticDataset(count));
  synthetic.set(count, body);
  pages[`/bench/synthetic-${count}.json`] = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  };
}
// The demo page's entry; it imports the shared chunks the page also lists.
const script = /<script type="module"[^>]*src="\.?\/?([^"]*main-[^"]+\.js)"/.exec(
  readFileSync('dist/index.html', 'utf8'),
)![1]!;
const pageWith = (attributes: string) =>
  `<!doctype html><html lang="en"><body style="margin:0"><script type="module" src="/${script}"></script>
  <relations-map id="map" loading="eager" gestures="greedy" ${attributes} style="display:block;width:1000px;height:700px"></relations-map></body></html>`;
let pageCounter = 0;
function servePage(html: string): string {
  const path = `/bench/page-${pageCounter++}.html`;
  pages[path] = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };
  return path;
}

const server = await serveStatic('dist', {}, pages);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  return page;
}

/** First paint and the moment the map is complete, for the element and for the bare-MapLibre baseline. */
async function loadTimes(kind: 'element' | 'baseline' | 'interleaved'): Promise<{
  paint: number;
  complete: number;
  shell: number;
  maplibre: number;
  deck: number;
  basemap: number;
}> {
  const page = await newPage();
  if (kind === 'interleaved')
    await page.addInitScript(() => {
      (globalThis as { __relationsMapInterleaved?: boolean }).__relationsMapInterleaved = true;
    });
  // A fresh context each time would defeat the HTTP cache the same way for both pages: both start cold here.
  const path = kind === 'baseline' ? '/bench/baseline.html' : servePage(pageWith(''));
  await page.goto(`${server.url}${path}`);
  const mark = kind === 'baseline' ? 'baseline:idle' : 'relations-map:ready';
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 120_000 });
  const result = await page.evaluate((m) => {
    // No named helpers in here: tsx would wrap them in a __name() call that the page does not have.
    const [paint, complete, shell, maplibre, deck, basemap] = [
      'first-contentful-paint',
      m,
      // The controls rendered; MapLibre's module arrived; deck.gl's did. The shell should come first.
      'relations-map:shell',
      'relations-map:loaded',
      'relations-map:deck-module',
      // The basemap's first load, before deck.gl draws: how much of the gap to the bare map is the basemap's.
      'relations-map:map-load',
    ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return { paint, complete, shell, maplibre, deck, basemap };
  }, mark);
  await page.close();
  return result;
}

/**
 * When the story's arcs are first on screen, from the page's own frames (a screencast, not an event): the time of
 * the first frame with at least 150 of their pixels, from the page's start. Also `ready`, and how long the static
 * picture took to make, in the same load.
 */
async function firstPicture(): Promise<{ picture: number; ready: number; render: number }> {
  const page = await newPage();
  const frames: Array<{ at: number; data: string }> = [];
  const recording = await screencast(page, (frame) => frames.push(frame));
  await page.goto(`${server.url}${servePage(pageWith(''))}`);
  await ready(page);
  await page.waitForTimeout(300);
  await recording.stop();
  const marks = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    ready: performance.getEntriesByName('relations-map:ready')[0]?.startTime ?? Number.NaN,
    render: performance.getEntriesByName('relations-map:picture')[0]?.duration ?? Number.NaN,
  }));
  await page.close();
  const first = frames.find((f) => greenPixels(Buffer.from(f.data, 'base64')) >= ARC_PIXELS);
  return { picture: first ? first.at - marks.origin : Number.NaN, ready: marks.ready, render: marks.render };
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('relations-map:ready').length > 0,
    undefined,
    {
      timeout: 180_000,
    },
  );
}

/** Average and longest frame while the map pans by a fixed step each frame (30 frames). */
async function panFrames(page: Page, selector: string): Promise<{ mean: number; longest: number }> {
  return page.evaluate(async (selector) => {
    const target =
      selector === '#baseline'
        ? (
            window as unknown as {
              __baselineMap: { panBy(o: [number, number], a: { animate: boolean }): void };
            }
          ).__baselineMap
        : (
            document.querySelector(selector) as unknown as {
              map: { panBy(o: [number, number], a: { animate: boolean }): void };
            }
          ).map;
    const frames: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 30; i++) {
      target.panBy([i % 30 < 15 ? 8 : -8, 0], { animate: false });
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.shift();
    return { mean: frames.reduce((a, b) => a + b, 0) / frames.length, longest: Math.max(...frames) };
  }, selector);
}

console.log(
  `\nrelations-map benchmark: ${runs} runs each after a warm-up, Chromium ${browser.version()}, software WebGL\n`,
);

const progress = (what: string) => process.stderr.write(`  … ${what}\n`);
// Warm-up: compile caches, OS file cache.
progress('warm-up');
await loadTimes('baseline');
await loadTimes('element');

const paint = { element: [] as number[], baseline: [] as number[] };
const complete = { element: [] as number[], baseline: [] as number[] };
const shell: number[] = [];
const maplibreArrived: number[] = [];
const deckArrived: number[] = [];
const basemapLoaded: number[] = [];
for (let i = 0; i < runs; i++) {
  const b = await loadTimes('baseline');
  const e = await loadTimes('element');
  paint.baseline.push(b.paint);
  paint.element.push(e.paint);
  complete.baseline.push(b.complete);
  complete.element.push(e.complete);
  shell.push(e.shell);
  maplibreArrived.push(e.maplibre);
  deckArrived.push(e.deck);
  basemapLoaded.push(e.basemap);
}

progress('first picture (screencast), and the interleaved experiment');
// Separate loads: the screencast's own work would slow the loads measured above. The baseline runs alternate.
const picture: number[] = [];
const pictureReady: number[] = [];
const pictureRender: number[] = [];
const pictureBaseline: number[] = [];
const interleavedReady: number[] = [];
const overlaidReady: number[] = [];
for (let i = 0; i < runs; i++) {
  pictureBaseline.push((await loadTimes('baseline')).complete);
  const p = await firstPicture();
  picture.push(p.picture);
  pictureReady.push(p.ready);
  pictureRender.push(p.render);
  overlaidReady.push((await loadTimes('element')).complete);
  interleavedReady.push((await loadTimes('interleaved')).complete);
}

progress('year switch');
// Year switch: main-thread time of the switch itself, and the longest frame of the animated change.
const yearSwitch: number[] = [];
const yearLongest: number[] = [];
{
  const page = await newPage();
  await page.goto(`${server.url}${servePage(pageWith(''))}`);
  await ready(page);
  // A switch is a couple of milliseconds, where one garbage collection shows: twice as many samples as the runs.
  for (let i = 0; i < 2 * runs + 1; i++) {
    const r = await page.evaluate(
      async (year) => {
        const el = document.querySelector('#map') as HTMLElement & {
          year: number;
          updateComplete: Promise<unknown>;
        };
        const t0 = performance.now();
        el.year = year;
        await el.updateComplete;
        const work = performance.now() - t0;
        let last = performance.now();
        let longest = 0;
        const end = last + 900;
        while (performance.now() < end) {
          await new Promise((res) => requestAnimationFrame(res));
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }
        return { work, longest };
      },
      i % 2 ? 2021 : 2016,
    );
    if (i > 0) {
      yearSwitch.push(r.work);
      yearLongest.push(r.longest);
    }
  }
  await page.close();
}

// Pan frame times with synthetic datasets, against the basemap alone (the same element with no layers).
const pan: Array<{ flows: number; mean: number; longest: number; baseline: number; note?: string }> = [];
{
  const page = await newPage();
  await page.goto(`${server.url}${servePage(pageWith('layers=""'))}`);
  await ready(page);
  const baseRuns: number[] = [];
  for (let i = 0; i < runs; i++) baseRuns.push((await panFrames(page, '#map')).mean);
  const baseline = median(baseRuns);
  await page.close();
  for (const count of flowCounts) {
    progress(`pan with ${count} flows`);
    const p = await newPage();
    await p.goto(
      `${server.url}${servePage(pageWith(`src="/bench/synthetic-${count}.json" layers="trade" year="2016"`))}`,
    );
    try {
      await ready(p);
    } catch {
      // Reported, not fatal: the other measurements still count.
      pan.push({
        flows: count,
        mean: Number.NaN,
        longest: Number.NaN,
        baseline,
        note: 'not drawn within 180 s',
      });
      await p.close();
      continue;
    }
    const means: number[] = [];
    const longest: number[] = [];
    // Software WebGL draws 100,000 flows at a few frames a second: three runs are enough to see the trend.
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const r = await panFrames(p, '#map');
      means.push(r.mean);
      longest.push(r.longest);
    }
    pan.push({ flows: count, mean: median(means), longest: median(longest), baseline });
    await p.close();
  }
}

progress(`${cycles} mount/unmount cycles`);
// Heap after 1 and after N mount/unmount cycles.
let heap: { after1: number; afterN: number } = { after1: Number.NaN, afterN: Number.NaN };
{
  const page = await newPage();
  await page.goto(`${server.url}${servePage('')}`);
  await page.addScriptTag({ type: 'module', url: `/${script}` });
  heap = await page.evaluate(async (cycles) => {
    const w = window as unknown as { gc(): void };
    // No named helpers in here: tsx would wrap them in a __name() call that the page does not have.
    const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
    const out = { after1: 0, afterN: 0 };
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const el = document.createElement('relations-map');
      el.setAttribute('loading', 'eager');
      el.style.cssText = 'display:block;width:600px;height:400px';
      const done = new Promise((r) => el.addEventListener('ready', r, { once: true }));
      document.body.append(el);
      await done;
      el.remove();
      await new Promise((r) => setTimeout(r, 150));
      if (cycle === 1 || cycle === cycles) {
        w.gc();
        await new Promise((r) => setTimeout(r, 100));
        w.gc();
        if (cycle === 1) out.after1 = memory.usedJSHeapSize;
        else out.afterN = memory.usedJSHeapSize;
      }
    }
    return out;
  }, cycles);
  await page.close();
}

await browser.close();
await server.close();

// ---- report -----------------------------------------------------------------------------------------------------
const firstViewFiles = sizes.filter((s) => !/baseline|article|csp|narrow/.test(s.file));
const firstView = firstViewFiles.reduce((sum, s) => sum + s.gzip, 0);
const basemap = sizes.find((s) => /countries/.test(s.file));
const ms = (x: number) => `${x.toFixed(0)} ms`;
const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  runs,
  sizes,
  firstViewGzip: firstView,
  firstPaint: {
    element: { median: median(paint.element), spread: spread(paint.element) },
    baseline: { median: median(paint.baseline), spread: spread(paint.baseline) },
    ratio: median(paint.element) / median(paint.baseline),
  },
  shell: {
    controlsRenderedMs: median(shell),
    maplibreArrivedMs: median(maplibreArrived),
    deckArrivedMs: median(deckArrived),
    shellFirstInEveryRun: shell.every((t, i) => t < maplibreArrived[i]! && t < deckArrived[i]!),
  },
  firstArcs: {
    element: { median: median(complete.element), spread: spread(complete.element) },
    baseline: { median: median(complete.baseline), spread: spread(complete.baseline) },
    ratio: median(complete.element) / median(complete.baseline),
    basemapLoadedMs: median(basemapLoaded),
    basemapRatio: median(basemapLoaded) / median(complete.baseline),
  },
  firstPicture: {
    pictureMs: median(picture),
    spread: spread(picture),
    readyMs: median(pictureReady),
    baselineIdleMs: median(pictureBaseline),
    ratio: median(picture) / median(pictureBaseline),
    readyRatio: median(pictureReady) / median(pictureBaseline),
    renderMs: median(pictureRender),
    ...staticPictureSizes(),
  },
  interleaved: {
    overlaidReadyMs: median(overlaidReady),
    interleavedReadyMs: median(interleavedReady),
    ratio: median(interleavedReady) / median(overlaidReady),
  },
  yearSwitch: {
    mainThreadMs: median(yearSwitch),
    spread: spread(yearSwitch),
    longestFrameMs: median(yearLongest),
  },
  pan: pan.map((p) => ({ ...p, ratio: p.mean / p.baseline })),
  heap: { ...heap, cycles, ratio: heap.afterN / heap.after1 },
};

console.log('Sizes (gzip)');
for (const s of sizes) console.log(`  ${s.file.padEnd(52)} ${kb(s.gzip).padStart(10)}  (raw ${kb(s.raw)})`);
console.log(`  ${'everything the demo page loads'.padEnd(52)} ${kb(firstView).padStart(10)}`);
if (basemap) console.log(`  ${'basemap data'.padEnd(52)} ${kb(basemap.gzip).padStart(10)}`);
console.log('\nTimings (median, spread over runs)');
const row = (
  label: string,
  e: { median: number; spread: number },
  b: { median: number; spread: number },
  ratio: number,
) =>
  console.log(
    `  ${label.padEnd(30)} element ${ms(e.median).padStart(8)} ±${ms(e.spread / 2).padEnd(8)} baseline ${ms(b.median).padStart(8)} ±${ms(b.spread / 2).padEnd(8)} ratio ${ratio.toFixed(2)}`,
  );
row('first paint', results.firstPaint.element, results.firstPaint.baseline, results.firstPaint.ratio);
console.log(
  `  ${'shell (controls) rendered'.padEnd(30)} element ${ms(results.shell.controlsRenderedMs).padStart(8)}; MapLibre arrived ${ms(results.shell.maplibreArrivedMs)}, deck.gl ${ms(results.shell.deckArrivedMs)}; shell first in every run: ${results.shell.shellFirstInEveryRun ? 'yes' : 'no'}`,
);
row('first arcs / map idle', results.firstArcs.element, results.firstArcs.baseline, results.firstArcs.ratio);
console.log(
  `  ${'of which the basemap loaded'.padEnd(30)} element ${ms(results.firstArcs.basemapLoadedMs).padStart(8)}, ratio to the baseline's idle ${results.firstArcs.basemapRatio.toFixed(2)}; deck.gl's first frame with the layers followed`,
);
{
  const f = results.firstPicture;
  console.log(
    `  ${'first picture (pixels)'.padEnd(30)} element ${ms(f.pictureMs).padStart(8)} ±${ms(f.spread / 2).padEnd(8)} baseline idle ${ms(f.baselineIdleMs).padStart(8)}   ratio ${f.ratio.toFixed(2)} (target ≤ 0.60); ready in the same loads ${ms(f.readyMs)}, ratio ${f.readyRatio.toFixed(2)}`,
  );
  console.log(
    `  ${'static picture'.padEnd(30)} made in ${f.renderMs.toFixed(1)} ms in the page (${f.nodeRenderMs.toFixed(1)} ms in Node); ${kb(f.markupRaw)} (gzip ${kb(f.markupGzip)}) at 700×700; posters ${kb(f.posterRaw)} each (gzip ${kb(f.posterGzip)})`,
  );
  const x = results.interleaved;
  console.log(
    `  ${'interleaved experiment'.padEnd(30)} ready ${ms(x.interleavedReadyMs)} in MapLibre's context, ${ms(x.overlaidReadyMs)} overlaid (alternating runs): ratio ${x.ratio.toFixed(2)}`,
  );
}
console.log(
  `  ${'year switch'.padEnd(30)} main thread ${results.yearSwitch.mainThreadMs.toFixed(2)} ms (spread ${results.yearSwitch.spread.toFixed(2)}), longest frame ${ms(results.yearSwitch.longestFrameMs)}`,
);
console.log('\nPan frame time (mean over 30 frames; baseline: the basemap alone)');
for (const p of results.pan) {
  console.log(
    `  ${String(p.flows).padStart(6)} flows  ${p.mean.toFixed(1).padStart(7)} ms   baseline ${p.baseline.toFixed(1)} ms   ratio ${p.ratio.toFixed(2)}   longest ${p.longest.toFixed(0)} ms${p.note ? `  (${p.note})` : ''}`,
  );
}
console.log(
  `\nJS heap after 1 and ${cycles} mount/unmount cycles: ${(heap.after1 / 1048576).toFixed(1)} MB / ${(heap.afterN / 1048576).toFixed(1)} MB (ratio ${results.heap.ratio.toFixed(2)})`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench-results/bench.json');
