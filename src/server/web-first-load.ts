/**
 * What a browser downloads before the public portal can run: the entry chunk
 * of index.html and every chunk it imports statically (the modulepreload links
 * Vite writes into index.html). Lazy chunks (dynamic imports) are left out:
 * they load later, and only on the pages that need them.
 *
 * Sizes are gzip at level 9, close to what a compressing proxy or CDN sends.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's build manifest (.vite/manifest.json), as far as it is read here. */
type ManifestChunk = {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
type Manifest = Record<string, ManifestChunk>;

export type FirstLoadChunk = { file: string; bytes: number; gzipBytes: number };
export type FirstLoad = { entry: string; chunks: FirstLoadChunk[]; bytes: number; gzipBytes: number };

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Manifest keys of the entry and of everything it imports statically, transitively, entry first. */
export function staticImportClosure(manifest: Manifest, entry: string): string[] {
  if (!manifest[entry]?.isEntry) throw new Error(`${entry} is not an entry of this build`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen];
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The JavaScript the page at `entry` (an HTML entry of the build) needs before it runs. */
export function measureFirstLoad(outDir: string, entry = 'index.html'): FirstLoad {
  const manifest = readManifest(outDir);
  const chunks = staticImportClosure(manifest, entry).map((key) => {
    const file = manifest[key]!.file;
    const content = readFileSync(path.join(outDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSize(content) };
  });
  return {
    entry,
    chunks,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
  };
}

/** The scripts index.html makes the browser fetch at once: its module script and modulepreload links. */
export function scriptsNamedInHtml(html: string): string[] {
  const scripts = [...html.matchAll(/<script type="module"[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\bhref="\/([^"]+)"/g)].map((m) => m[1]!);
  return [...scripts, ...preloads];
}

export const kib = (bytes: number) => bytes / 1024;

/** What the public portal may make a phone download before it runs: 200 KB of gzipped JavaScript. */
export const portalFirstLoadBudget = 200_000;
