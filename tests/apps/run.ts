/**
 * `npm run test:apps`: the package as framework apps meet it. Packs the tarball (its `prepack` builds the library),
 * then builds a Vue 3, a Svelte 5 and a React 19 app (Vite) and a Next app (App Router, rendered on the server), each
 * from its own packages installed from the npm registry, with `<relations-map year="2017" zoom="5"
 * center="101.7,3.1">` written as each framework's users write it (plain string bindings, see templates/). Each app
 * is opened in Chromium: the map must show 2017 at zoom 5 around Kuala Lumpur with no notice, 0 console errors and 0
 * failed requests. Also imports the package in plain Node.
 *
 * Needs the npm registry and a few minutes (see the README); not part of `npm test`. `--only vue,next` picks apps.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server';
import { launch, readyEvents, recordReadyEvents } from '../e2e/browser';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const here = import.meta.dirname;

interface App {
  name: string;
  dependencies: Record<string, string>;
  /** Builds the app and serves it; resolves with its URL and a way to stop the server. */
  serve(dir: string): Promise<{ url: string; close(): Promise<void> }>;
  /** What the server rendered, checked in the page: Next's server-side import of the package. */
  serverCheck?: boolean;
}

const VITE = { vite: '8.3.8' };
const REACT = { react: '19.3.1', 'react-dom': '19.3.1' };

async function viteBuildAndServe(dir: string) {
  run(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], dir);
  return serveStatic(join(dir, 'dist'));
}

const apps: App[] = [
  {
    name: 'vue',
    dependencies: { ...VITE, vue: '3.5.45', '@vitejs/plugin-vue': '6.0.11' },
    serve: viteBuildAndServe,
  },
  {
    name: 'svelte',
    dependencies: { ...VITE, svelte: '5.57.3', '@sveltejs/vite-plugin-svelte': '7.3.1' },
    serve: viteBuildAndServe,
  },
  {
    name: 'react',
    dependencies: { ...VITE, ...REACT, '@vitejs/plugin-react': '6.3.0' },
    serve: viteBuildAndServe,
  },
  {
    name: 'next',
    dependencies: {
      ...REACT,
      next: '16.4.6',
      typescript: '5.9.3',
      '@types/react': '19.3.3',
      '@types/react-dom': '19.3.0',
      '@types/node': '20.19.43',
    },
    serverCheck: true,
    async serve(dir) {
      const nextBin = join(dir, 'node_modules/next/dist/bin/next');
      run(process.execPath, [nextBin, 'build'], dir);
      const port = await freePort();
      const server = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
        cwd: dir,
        env: nextEnv(),
        stdio: 'pipe',
      });
      const url = `http://127.0.0.1:${port}`;
      await waitForServer(url, server);
      return {
        url,
        close: async () => {
          server.kill();
        },
      };
    },
  },
];

function nextEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
}

function run(command: string, args: string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', env: nextEnv(), encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${[command, ...args].join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  while (Date.now() < until && !exited) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer${exited ? ': the server exited' : ` within ${timeoutMs / 1000} s`}`);
}

/** Opens the app and returns what is wrong with what the reader gets (empty: nothing). */
async function checkPage(browser: Browser, url: string, serverCheck: boolean): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`failed request: ${r.url()} (${r.status()})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await recordReadyEvents(page);
  await page.goto(url);
  try {
    await readyEvents(page, 1, 90_000);
  } catch {
    problems.push('no ready event within 90 s');
    await page.close();
    return problems;
  }
  const seen = await page.evaluate(() => {
    const el = document.querySelector('relations-map') as HTMLElement & {
      year?: unknown;
      map?: { getZoom(): number; getCenter(): { lng: number; lat: number } };
    };
    const main = document.querySelector('main');
    return {
      year: el.year,
      zoom: el.map?.getZoom(),
      center: el.map?.getCenter(),
      notice: el.shadowRoot?.querySelector('.message.notice')?.textContent ?? '',
      serverElement: main?.dataset.serverElement,
      serverValidates: main?.dataset.serverValidates,
    };
  });
  if (seen.year !== 2017) problems.push(`year is ${JSON.stringify(seen.year)}, not 2017`);
  if (seen.zoom === undefined || Math.abs(seen.zoom - 5) > 0.05) problems.push(`zoom is ${seen.zoom}, not 5`);
  if (!seen.center || Math.abs(seen.center.lng - 101.7) > 0.05 || Math.abs(seen.center.lat - 3.1) > 0.05)
    problems.push(`centre is ${JSON.stringify(seen.center)}, not 101.7,3.1`);
  if (seen.notice) problems.push(`notice over the map: ${seen.notice}`);
  if (serverCheck && (seen.serverElement !== 'undefined' || seen.serverValidates !== 'function'))
    problems.push(
      `the server saw the element as ${seen.serverElement} and validateDataset as ${seen.serverValidates}`,
    );
  await page.close();
  return problems;
}

async function main(): Promise<number> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? process.argv[onlyIndex + 1]?.split(',') : undefined;
  const chosen = apps.filter((app) => !only || only.includes(app.name));
  const work = mkdtempSync(join(tmpdir(), 'relations-apps-'));
  const results: Array<{ name: string; seconds: number; problems: string[] }> = [];
  const started = Date.now();
  let browser: Browser | undefined;
  try {
    console.log('packing the package (prepack builds the library)…');
    // As a release does it, `prepack` included; its build's output goes to stderr, the tarball to the work folder.
    execFileSync(npm, ['pack', '--pack-destination', work], {
      cwd: resolve(here, '../..'),
      stdio: ['ignore', process.stderr, process.stderr],
    });
    const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
    browser = await launch();

    const nodeStart = Date.now();
    const nodeDir = join(work, 'node');
    mkdirSync(nodeDir);
    writeFileSync(
      join(nodeDir, 'package.json'),
      JSON.stringify({ name: 'node-app', private: true, type: 'module' }),
    );
    run(npm, ['install', tarball, '--no-audit', '--no-fund'], nodeDir);
    const nodeProblems: string[] = [];
    try {
      run(process.execPath, ['--input-type=module', '-e', "await import('relations-map')"], nodeDir);
    } catch (error) {
      nodeProblems.push(String(error));
    }
    results.push({ name: 'node import', seconds: (Date.now() - nodeStart) / 1000, problems: nodeProblems });

    for (const app of chosen) {
      const appStart = Date.now();
      const dir = join(work, app.name);
      let problems: string[];
      try {
        cpSync(join(here, 'templates', app.name), dir, { recursive: true });
        const dependencies = { ...app.dependencies, 'relations-map': `file:${tarball}` };
        writeFileSync(
          join(dir, 'package.json'),
          JSON.stringify({ name: `${app.name}-app`, private: true, type: 'module', dependencies }, null, 2),
        );
        console.log(`${app.name}: installing…`);
        run(npm, ['install', '--no-audit', '--no-fund'], dir);
        console.log(`${app.name}: building…`);
        const server = await app.serve(dir);
        try {
          problems = await checkPage(browser, `${server.url}/`, app.serverCheck ?? false);
        } finally {
          await server.close();
        }
      } catch (error) {
        problems = [String(error).slice(0, 4000)];
      }
      const seconds = (Date.now() - appStart) / 1000;
      results.push({ name: app.name, seconds, problems });
      console.log(`${app.name}: ${problems.length === 0 ? 'ok' : 'FAILED'} in ${seconds.toFixed(0)} s`);
      for (const problem of problems) console.log(`  ${problem}`);
    }
  } finally {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log('\n| app | result | seconds |\n| --- | --- | --- |');
  for (const r of results)
    console.log(`| ${r.name} | ${r.problems.length === 0 ? 'passed' : 'failed'} | ${r.seconds.toFixed(0)} |`);
  const failed = results.filter((r) => r.problems.length > 0).length;
  console.log(`\nall in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
