import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './platform/logger';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const webDist = path.join(projectRoot, 'dist', 'web');
const stampFile = path.join(webDist, '.build-stamp');
const inputs = ['src/web', 'src/lib', 'vite.config.ts', 'package-lock.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stats.mtimeMs);
}

/** A fingerprint of the UI's sources: the newest modification time among them. */
export function webSourceStamp(): string {
  return String(Math.max(...inputs.map((i) => newestMtime(path.join(projectRoot, i)))));
}

export function webBuildIsFresh(): boolean {
  return existsSync(path.join(webDist, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === webSourceStamp();
}

/** Builds the React app with Vite when the build is missing or older than its sources. */
export async function ensureWebBuild(logger?: Logger, force = false): Promise<boolean> {
  if (!force && webBuildIsFresh()) return false;
  const stamp = webSourceStamp();
  logger?.info('building the web interface (first start or sources changed)');
  const started = performance.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  writeFileSync(stampFile, stamp);
  logger?.info({ ms: Math.round(performance.now() - started) }, 'web interface built');
  return true;
}

/**
 * Builds the React app into another directory, with Vite's manifest, for
 * measuring the bundle; the served build in dist/web stays as it is.
 * Returns the source modules of each JavaScript file written (by file name, e.g. assets/index-….js).
 */
export async function buildWebInto(outDir: string): Promise<Map<string, string[]>> {
  const { build } = await import('vite');
  const result = await build({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const projectPath = (id: string) => (path.isAbsolute(id) ? path.relative(projectRoot, id) : id);
  return new Map(outputs.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o.moduleIds.map(projectPath)] as const] : [])));
}
