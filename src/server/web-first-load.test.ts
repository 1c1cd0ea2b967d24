/**
 * The public portal is fast on a slow phone: what the browser must fetch
 * before the portal runs is at most 200 KB of gzipped JavaScript. Builds the
 * web app once into a temporary directory (a few seconds) and measures it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildWebInto } from './web-build';
import { kib, measureFirstLoad, portalFirstLoadBudget, scriptsNamedInHtml, type FirstLoad } from './web-first-load';

describe('first load of the public portal', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'otandas-web-first-load-'));
  let modulesByFile: Map<string, string[]>;
  let firstLoad: FirstLoad;
  let firstLoadModules: string[];

  before(async () => {
    modulesByFile = await buildWebInto(outDir);
    firstLoad = measureFirstLoad(outDir);
    // Style sheets are listed as modules of the entry but ship as CSS, not in these files.
    firstLoadModules = firstLoad.chunks.flatMap((c) => modulesByFile.get(c.file) ?? []).filter((id) => !id.endsWith('.css'));
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  test('is at most 200 KB of gzipped JavaScript', () => {
    console.log(
      `portal first load: ${kib(firstLoad.gzipBytes).toFixed(1)} KiB gzip (${firstLoad.gzipBytes} bytes) in ${firstLoad.chunks.length} files, ` +
        `${kib(firstLoad.bytes).toFixed(1)} KiB before gzip; budget ${portalFirstLoadBudget} bytes`,
    );
    assert.ok(firstLoad.gzipBytes > 0);
    assert.ok(firstLoad.gzipBytes <= portalFirstLoadBudget, `${firstLoad.gzipBytes} bytes gzip exceed ${portalFirstLoadBudget}`);
  });

  test('counts exactly the scripts index.html makes the browser fetch', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    assert.deepEqual(new Set(firstLoad.chunks.map((c) => c.file)), new Set(scriptsNamedInHtml(html)));
  });

  test('carries the Kazakh dictionary only; Russian and English are lazy chunks of their own', () => {
    const holders = (language: string) =>
      [...modulesByFile].filter(([, ids]) => ids.includes(`src/lib/i18n/locales/${language}.json`)).map(([file]) => file);
    assert.ok(firstLoadModules.includes('src/lib/i18n/locales/kk.json'));
    for (const language of ['ru', 'en']) {
      const files = holders(language);
      assert.equal(files.length, 1, `${language} dictionary is in one chunk: ${files.join(', ')}`);
      assert.ok(!firstLoad.chunks.some((c) => c.file === files[0]), `${language} dictionary is not in the first load`);
    }
  });

  test('carries no console code', () => {
    // The portal's own pages, and the region list it shows, are the only features it needs at once.
    const publicFeatures = ['src/web/features/portal/', 'src/web/features/reference/regions/regions.api.ts'];
    const consoleModules = firstLoadModules.filter(
      (id) => id.startsWith('src/web/features/') && !publicFeatures.some((p) => id.startsWith(p)),
    );
    assert.deepEqual(consoleModules, []);
    assert.ok(!firstLoadModules.some((id) => id.startsWith('src/web/app/shell/StaffShell')));
    assert.ok(!firstLoadModules.some((id) => id.includes('node_modules/@mantine/notifications/')), 'notifications come with the console');
  });
});
