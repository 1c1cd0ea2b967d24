/**
 * The portal's first load carries only some sections of the Kazakh
 * dictionary (i18n.ts); every other page waits for the whole dictionary.
 * This walks the modules the first load imports statically, from main.tsx,
 * and checks that every dictionary section they translate with is among them:
 * a key missing there would show as its raw name on the portal's first page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('..', import.meta.url));

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Files reached by static, non-type imports; `import()` inside lazy() is not followed. */
export function firstLoadModules(entry: string): Map<string, string> {
  const sources = new Map<string, string>();
  const visit = (file: string) => {
    if (sources.has(file)) return;
    const source = readFileSync(file, 'utf8');
    sources.set(file, source);
    for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)'/gms)) {
      const resolved = resolveImport(file, match[1]!);
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return sources;
}

test('the first load carries every dictionary section its modules translate with', () => {
  const modules = firstLoadModules(path.join(webRoot, 'main.tsx'));
  assert.ok([...modules.keys()].some((f) => f.endsWith('PortalPage.tsx')), 'the walk reaches the portal page');
  assert.ok(![...modules.keys()].some((f) => f.includes(`${path.sep}advisor${path.sep}`)), 'the advisor is not in the first load');

  const i18nSource = modules.get(path.join(webRoot, 'app', 'i18n.ts'))!;
  const imported = /import\s*\{([^}]*)\}\s*from\s*'\.\.\/\.\.\/lib\/i18n\/locales\/kk\.json'/.exec(i18nSource);
  assert.ok(imported, 'i18n.ts imports named sections of kk.json');
  const carried = new Set(imported[1]!.split(',').map((s) => s.trim()).filter(Boolean));

  const used = new Map<string, string>();
  for (const [file, source] of modules) {
    for (const match of source.matchAll(/\bt\(\s*['`]([A-Za-z0-9]+)\./g)) used.set(match[1]!, path.relative(webRoot, file));
    // A computed key is checked through the literal keys it chooses between; one with none cannot be checked.
    for (const match of source.matchAll(/\bt\(\s*(?!['`])([^)]{0,120})/g)) {
      const literals = [...match[1]!.matchAll(/'([A-Za-z0-9]+)\.[^']*'/g)];
      assert.ok(literals.length, `${path.relative(webRoot, file)} translates a computed key: t(${match[1]}`);
      for (const literal of literals) used.set(literal[1]!, path.relative(webRoot, file));
    }
  }
  for (const [section, file] of used) assert.ok(carried.has(section), `${file} uses "${section}.*", which the first load does not carry`);
  const kk = JSON.parse(readFileSync(path.join(webRoot, '..', 'lib', 'i18n', 'locales', 'kk.json'), 'utf8')) as Record<string, unknown>;
  for (const section of carried) assert.ok(section in kk, `kk.json has the section ${section}`);
});
