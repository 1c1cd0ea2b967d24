/**
 * The JavaScript a phone downloads before the public portal runs (the entry
 * of index.html and its static imports, gzip level 9), beside a baseline built
 * in the same run: React and ReactDOM alone rendering one element, the least
 * any React page ships. Sizes do not vary between runs; the ratio shows what
 * the portal adds to React (Mantine, the router, react-query, i18next, the
 * Kazakh dictionary, the pages).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebInto } from '../src/server/web-build';
import { kib, measureFirstLoad, portalFirstLoadBudget } from '../src/server/web-first-load';
import { printResults } from './harness';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Builds a page that only renders <p> with React and measures it the same way. */
async function measureReactAlone(dir: string): Promise<number> {
  const root = path.join(dir, 'src');
  mkdirSync(root);
  // The page lives outside the project, so it names React's files by their paths.
  const resolve = createRequire(path.join(projectRoot, 'package.json')).resolve;
  const [react, reactDomClient] = [resolve('react'), resolve('react-dom/client')];
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>\n');
  writeFileSync(
    path.join(root, 'main.js'),
    `import { createElement } from ${JSON.stringify(react)};\n` +
      `import { createRoot } from ${JSON.stringify(reactDomClient)};\n` +
      `createRoot(document.getElementById('root')).render(createElement('p', null, 'Otandas'));\n`,
  );
  const { build } = await import('vite');
  const outDir = path.join(dir, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return measureFirstLoad(outDir).gzipBytes;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'otandas-portal-js-'));
  try {
    await buildWebInto(path.join(dir, 'portal'));
    const portal = measureFirstLoad(path.join(dir, 'portal'));
    const reactAlone = await measureReactAlone(dir);
    printResults([
      {
        name: 'portal first-load JS (gzip)',
        subject: { label: `portal entry + static imports, ${portal.chunks.length} files`, value: kib(portal.gzipBytes), unit: 'KiB' },
        baseline: { label: 'React + ReactDOM alone', value: kib(reactAlone), unit: 'KiB' },
        ratioNote: '× React + ReactDOM alone (lower is better)',
        target: `≤ ${portalFirstLoadBudget / 1000} KB (${kib(portalFirstLoadBudget).toFixed(1)} KiB)`,
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
