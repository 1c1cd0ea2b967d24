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
