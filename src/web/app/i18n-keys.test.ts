/**
 * Every text the console shows comes from the dictionaries: each key the web
 * code asks for exists in all three languages, and no UI key is left unused.
 * (Same keys across languages and the plural forms are checked in src/lib/i18n.)
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dictionaries, languages } from '../../lib/i18n';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
/** Sections that belong to the server's messages, not to the UI. */
const serverSections = new Set(['errors', 'validation', 'pages']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

type Tree = { [key: string]: unknown };
function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value as Tree, `${prefix}${key}.`),
  );
}

const code = sources(webRoot).map((file) => readFileSync(file, 'utf8')).join('\n');
const literal = new Set([...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g), ...code.matchAll(/labelKey: '([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!));
// Conditional keys: t(cond ? 'a.b' : 'a.c').
const sections = new Set(Object.keys(dictionaries.en));
for (const m of code.matchAll(/[?:]\s*'([a-zA-Z0-9]+)\.([a-zA-Z0-9_.]+)'/g)) if (sections.has(m[1]!)) literal.add(`${m[1]}.${m[2]}`);
/** Template keys such as `roles.${role}` become patterns. */
const patterns = [...code.matchAll(/\bt\(\s*`([^`]+)`/g)].map(
  (m) => new RegExp(`^${m[1]!.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[^.]+')}$`),
);

const plural = /_(zero|one|two|few|many|other)$/;
const keysOf = (language: (typeof languages)[number]) =>
  new Set(flatten(dictionaries[language] as Tree).filter((k) => !serverSections.has(k.split('.')[0]!)).map((k) => k.replace(plural, '')));

test('every key the web UI uses exists in every language', () => {
  for (const language of languages) {
    const keys = keysOf(language);
    const missing = [...literal].filter((key) => !keys.has(key) && !serverSections.has(key.split('.')[0]!));
    assert.deepEqual(missing, [], `missing in ${language}`);
    for (const pattern of patterns) assert.ok([...keys].some((k) => pattern.test(k)), `${language}: nothing matches ${pattern}`);
  }
});

test('no UI key is left unused', () => {
  const unused = [...keysOf('en')].filter((key) => !literal.has(key) && !patterns.some((p) => p.test(key)));
  assert.deepEqual(unused, []);
});
