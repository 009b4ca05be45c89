import { launch, readyEvents, recordReadyEvents } from '../tests/e2e/browser';
import { serveStatic } from './static-server';
import { pagePoint, rendered } from '../tests/e2e/page-helpers';
const server = await serveStatic('dist', {}, {});
const browser = await launch();
for (const [w, h, path] of [[1280, 800, '/'], [700, 700, '/examples/article.html']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordReadyEvents(page);
  await page.goto(server.url + path);
  await readyEvents(page, 1);
  const sel = path === '/' ? '#map' : 'relations-map';
  await rendered(page, sel);
  const p = await pagePoint(page, sel, [125.75, 39.03]);
  await page.mouse.click(p.x, p.y);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/look-${w}.png` });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `/tmp/look-${w}-closed.png` });
}
await browser.close(); server.close();
