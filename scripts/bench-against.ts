/**
 * `npm run bench -- --against <commit or dist folder>`: this build and another, measured in alternating page loads in
 * one run, with one rule for both, against the bare MapLibre map of this build (bench/baseline.html):
 *
 * - first picture: the first screencast frame with the story's arcs on screen (pixels, whatever draws them);
 * - first WebGL arcs: the same, in loads where the page hides the element's static picture and poster, so the only
 *   arcs on screen are the WebGL map's (not the element's own `ready`, whose moment a build may have set differently);
 * - first tooltip: from a hover on a capital's dot, as soon as one is on screen, to the tooltip on screen;
 * - `ready`, the element's own event, beside them (a software renderer can put its frame on screen seconds later).
 *
 * A commit is checked out into a temporary worktree, installed (`npm ci`) and built there; a folder is taken as a
 * built `dist/`. Options: --runs N (default 7), --skip-build (this side), --quick (2 runs).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../vitest.config';
import { ARC_PIXELS, greenPixels, screencast } from './screencast';
import { type Route, type StaticServer, serveStatic } from './static-server';

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const spread = (xs: number[]) => {
  const s = xs.filter(Number.isFinite);
  return s.length ? Math.max(...s) - Math.min(...s) : Number.NaN;
};

/** The other side's built site: the folder given, or the commit built in a worktree of its own. */
function otherDist(ref: string): { dist: string; label: string } {
  if (existsSync(join(ref, 'index.html'))) return { dist: ref, label: ref };
  const commit = execSync(`git rev-parse --verify ${JSON.stringify(`${ref}^{commit}`)}`, {
    encoding: 'utf8',
  }).trim();
  const dir = join(tmpdir(), `relations-map-bench-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'dist', 'index.html'))) {
    if (!existsSync(dir))
      execSync(`git worktree add --detach ${JSON.stringify(dir)} ${commit}`, { stdio: 'inherit' });
    execSync('npm ci --no-audit --no-fund', { cwd: dir, stdio: 'inherit' });
    execSync('npm run -s build', { cwd: dir, stdio: 'inherit' });
  }
  process.on('exit', () =>
    console.log(
      `\nThe other build stays in ${dir} for the next run; \`git worktree remove --force ${dir}\` deletes it.`,
    ),
  );
  return { dist: join(dir, 'dist'), label: commit.slice(0, 12) };
}

/** One build served on its own address, with the measured page made from its own entry script. */
interface Side {
  label: string;
  server: StaticServer;
  page: (hidePicture: boolean) => string;
}

async function serveSide(dist: string, label: string): Promise<Side> {
  const script = /<script type="module"[^>]*src="\.?\/?([^"]*main-[^"]+\.js)"/.exec(
    readFileSync(join(dist, 'index.html'), 'utf8'),
  )![1]!;
  const html = (hide: boolean) =>
    `<!doctype html><html lang="en"><head>${
      // Hidden, not removed: the picture is still made and laid out, only its pixels are kept off the screen.
      hide
        ? '<style>relations-map::part(first-frame),relations-map::part(poster){visibility:hidden}</style>'
        : ''
    }</head><body style="margin:0"><script type="module" src="/${script}"></script>
  <relations-map id="map" loading="eager" gestures="greedy" style="display:block;width:1000px;height:700px"></relations-map></body></html>`;
  const routes: Record<string, Route> = {
    '/bench/page.html': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(html(false)),
    '/bench/page-hidden.html': (_q, r) =>
      void r.writeHead(200, { 'content-type': 'text/html' }).end(html(true)),
  };
  const server = await serveStatic(dist, {}, routes);
  return {
    label,
    server,
    page: (hide) => `${server.url}/bench/${hide ? 'page-hidden' : 'page'}.html`,
  };
}

export async function benchAgainst(args: string[]): Promise<void> {
  const ref = args[args.indexOf('--against') + 1];
  if (!ref || ref.startsWith('--')) throw new Error('--against needs a commit or a dist folder');
  const quick = args.includes('--quick');
  const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 2 : 7);
  if (!args.includes('--skip-build')) execSync('npm run -s build', { stdio: 'inherit' });
  const other = otherDist(ref);
  const sides = [await serveSide('dist', 'this build'), await serveSide(other.dist, other.label)];
  const baseline = await serveStatic('dist');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
    await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    return page;
  };

  /** The first frame with the story's arcs, from the page's start; with the tooltip's answer time when asked. */
  const firstArcs = async (
    url: string,
    hover: boolean,
  ): Promise<{ arcs: number; tooltip: number; ready: number }> => {
    const page = await newPage();
    // Each frame is looked at as it arrives: the first with the arcs ends the wait, whatever the machine's speed.
    let arcsAt: number | undefined;
    let arcsShown = () => {};
    const shown = new Promise<void>((resolve) => {
      arcsShown = resolve;
    });
    const recording = await screencast(page, (frame) => {
      if (arcsAt !== undefined || greenPixels(Buffer.from(frame.data, 'base64')) < ARC_PIXELS) return;
      arcsAt = frame.at;
      arcsShown();
    });
    await page.goto(url);
    let tooltip = Number.NaN;
    if (hover) {
      // As soon as a capital's dot is in the picture (or the map's first frame): hover it, time the answer.
      const dot = page.locator('#map .first-frame circle[data-id="MYS"]');
      await dot.waitFor({ timeout: 60_000 }).catch(() => {});
      const box = await dot.boundingBox().catch(() => null);
      if (box) {
        const t0 = await page.evaluate(() => performance.now());
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        tooltip = await page
          .waitForFunction(
            () => {
              const tip = document.querySelector('#map')?.shadowRoot?.querySelector('.tooltip');
              return tip ? performance.now() : false;
            },
            undefined,
            { timeout: 3000, polling: 'raf' },
          )
          .then(async (h) => ((await h.jsonValue()) as number) - t0)
          .catch(() => Number.NaN);
      }
    }
    await page.waitForFunction(
      () => performance.getEntriesByName('relations-map:ready').length > 0,
      undefined,
      {
        timeout: 180_000,
      },
    );
    // The arcs are drawn by `ready`; their frame may still be on its way. Not there within 10 s: reported as none.
    await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await recording.stop();
    const { origin, ready } = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      ready: performance.getEntriesByName('relations-map:ready')[0]!.startTime,
    }));
    await page.close();
    return { arcs: arcsAt === undefined ? Number.NaN : arcsAt - origin, tooltip, ready };
  };

  const baselineIdle = async (): Promise<number> => {
    const page = await newPage();
    await page.goto(`${baseline.url}/bench/baseline.html`);
    await page.waitForFunction(() => performance.getEntriesByName('baseline:idle').length > 0, undefined, {
      timeout: 120_000,
    });
    const idle = await page.evaluate(() => performance.getEntriesByName('baseline:idle')[0]!.startTime);
    await page.close();
    return idle;
  };

  const results = sides.map(() => ({
    picture: [] as number[],
    arcs: [] as number[],
    tooltip: [] as number[],
    ready: [] as number[],
  }));
  const idle: number[] = [];
  console.log(
    `\nrelations-map: this build against ${other.label}, ${runs} runs in alternating loads, Chromium ${browser.version()}\n`,
  );
  // Warm-up: compile caches and the OS's file cache for both.
  for (const side of sides) await firstArcs(side.page(false), false);
  await baselineIdle();
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`  … run ${i + 1} of ${runs}\n`);
    idle.push(await baselineIdle());
    // Each run starts with the other side than the last, so neither always loads second.
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const s of order) {
      const shown = await firstArcs(sides[s]!.page(false), true);
      results[s]!.picture.push(shown.arcs);
      results[s]!.tooltip.push(shown.tooltip);
      results[s]!.ready.push(shown.ready);
    }
    for (const s of order) results[s]!.arcs.push((await firstArcs(sides[s]!.page(true), false)).arcs);
  }
  await browser.close();
  for (const side of sides) await side.server.close();
  await baseline.close();

  const base = median(idle);
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'none');
  const ratio = (x: number) => (Number.isFinite(x) ? `${(x / base).toFixed(2)}×` : '–');
  const report = sides.map((side, i) => {
    const r = results[i]!;
    return {
      build: side.label,
      firstPicture: {
        medianMs: median(r.picture),
        spreadMs: spread(r.picture),
        ratio: median(r.picture) / base,
      },
      firstWebglArcs: { medianMs: median(r.arcs), spreadMs: spread(r.arcs), ratio: median(r.arcs) / base },
      // The element's own event: when deck.gl has drawn the layers, which a software renderer may put on screen later.
      ready: { medianMs: median(r.ready), spreadMs: spread(r.ready), ratio: median(r.ready) / base },
      tooltipAfterHover: {
        medianMs: median(r.tooltip),
        answered: r.tooltip.filter(Number.isFinite).length,
        of: r.tooltip.length,
      },
    };
  });
  console.log(`  bare MapLibre map idle: ${ms(base)} (spread ${ms(spread(idle))})\n`);
  console.log(
    `  ${''.padEnd(16)}${'first picture'.padEnd(30)}${'ready'.padEnd(30)}${'first WebGL arcs'.padEnd(30)}tooltip after a hover`,
  );
  for (const r of report)
    console.log(
      `  ${r.build.padEnd(15)} ${`${ms(r.firstPicture.medianMs)} ±${ms(r.firstPicture.spreadMs / 2)} (${ratio(r.firstPicture.medianMs)})`.padEnd(30)}${`${ms(r.ready.medianMs)} ±${ms(r.ready.spreadMs / 2)} (${ratio(r.ready.medianMs)})`.padEnd(30)}${`${ms(r.firstWebglArcs.medianMs)} ±${ms(r.firstWebglArcs.spreadMs / 2)} (${ratio(r.firstWebglArcs.medianMs)})`.padEnd(30)}${ms(r.tooltipAfterHover.medianMs)} (${r.tooltipAfterHover.answered} of ${r.tooltipAfterHover.of} answered)`,
    );
  const [a, b] = report as [(typeof report)[0], (typeof report)[0]];
  console.log(
    `\n  this build / ${b.build}: first picture ${(a.firstPicture.medianMs / b.firstPicture.medianMs).toFixed(2)}, ready ${(a.ready.medianMs / b.ready.medianMs).toFixed(2)}, first WebGL arcs ${(a.firstWebglArcs.medianMs / b.firstWebglArcs.medianMs).toFixed(2)}`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench-against.json',
    `${JSON.stringify({ date: new Date().toISOString(), runs, baselineIdleMs: base, builds: report }, null, 2)}\n`,
  );
  console.log('\nwrote bench-results/bench-against.json');
}
