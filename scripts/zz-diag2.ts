import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../vitest.config';
import { greenPixels, screencast } from './screencast';
import { serveStatic } from './static-server';

const dist = process.argv[2] ?? 'dist';
const script = /<script type="module"[^>]*src="\.?\/?([^"]*main-[^"]+\.js)"/.exec(
  readFileSync(`${dist}/index.html`, 'utf8'),
)![1]!;
const html = (layers: string) =>
  `<!doctype html><html lang="en"><head><style>relations-map::part(first-frame),relations-map::part(poster){visibility:hidden}</style></head><body style="margin:0"><script type="module" src="/${script}"></script><relations-map id="map" loading="eager" gestures="greedy" ${layers} style="display:block;width:1000px;height:700px"></relations-map></body></html>`;
const variants: Record<string, string> = JSON.parse(process.env.VARIANTS ?? '{"all":""}');
const routes = Object.fromEntries(
  Object.entries(variants).map(([k, v]) => [
    `/${k}.html`,
    (_q: unknown, r: any) => void r.writeHead(200, { 'content-type': 'text/html' }).end(html(v)),
  ]),
);
const server = await serveStatic(dist, {}, routes as any);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const res: Record<string, number[][]> = {};
for (let run = 0; run < Number(process.env.RUNS ?? 3); run++)
  for (const k of Object.keys(variants)) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
    let at: number | undefined;
    const rec = await screencast(page, (f) => {
      if (at === undefined && greenPixels(Buffer.from(f.data, 'base64')) >= 150) at = f.at;
    });
    await page.goto(`${server.url}/${k}.html`);
    await page.waitForFunction(
      () => performance.getEntriesByName('relations-map:ready').length > 0,
      undefined,
      { timeout: 60000 },
    );
    const t0 = Date.now();
    while (at === undefined && Date.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 50));
    await rec.stop();
    const m = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      ready: performance.getEntriesByName('relations-map:ready')[0]!.startTime,
    }));
    (res[k] ??= []).push([Math.round(m.ready), at === undefined ? NaN : Math.round(at - m.origin)]);
    await page.close();
  }
for (const [k, v] of Object.entries(res))
  console.log(k.padEnd(12), v.map(([r, a]) => `ready ${r} arcs ${a} (+${a! - r!})`).join(' | '));
await browser.close();
await server.close();
