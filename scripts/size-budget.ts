/**
 * `npm run size`: fails when the built files grow past their budget (size-budget.json) by more than its margin.
 * Run after `npm run build`; CI runs it. To accept a deliberate growth, raise the budget in the same commit and
 * say why in its message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Budget {
  marginPercent: number;
  /**
   * Gzip bytes per group of files; a group is every file in dist/assets whose name matches its pattern, or with
   * `page`, every script that page loads before anything runs (its entry and the chunks it shares with other pages).
   */
  groups: Record<string, { pattern?: string; page?: string; gzipBytes: number }>;
}

/** The module scripts a built page loads at once: its entry and the chunks the build split out of it. */
const pageScripts = (page: string) =>
  [
    ...readFileSync(join('dist', page), 'utf8').matchAll(
      /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/g,
    ),
  ].map((m) => join('dist', m[1]!));

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as Budget;
const files = readdirSync('dist/assets')
  .map((name) => join('dist/assets', name))
  .filter((file) => statSync(file).isFile());
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

let failed = false;
console.log(`size budget (gzip, margin ${budget.marginPercent}%)`);
for (const [name, group] of Object.entries(budget.groups)) {
  const pattern = new RegExp(group.pattern ?? '^$');
  const matched = group.page ? pageScripts(group.page) : files.filter((f) => pattern.test(f));
  const size = matched.reduce((sum, f) => sum + gzip(f), 0);
  const limit = group.gzipBytes * (1 + budget.marginPercent / 100);
  const ok = matched.length > 0 && size <= limit;
  if (!ok) failed = true;
  const status = matched.length === 0 ? 'NO FILES' : ok ? 'ok' : 'OVER';
  console.log(
    `  ${name.padEnd(22)} ${(size / 1024).toFixed(1).padStart(8)} KB  budget ${(group.gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${status}`,
  );
}
process.exit(failed ? 1 : 0);
