/**
 * Every direction against the hand-written list in testdata/words.tsv.
 * Forward directions (from Cyrillic) are deterministic, so every word
 * counts. Reading back can only be exact for words in the one-to-one part of
 * the two alphabets (index.ts lists the lossy letters); those are asserted,
 * all words are reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test, type TestContext } from 'node:test';
import { cyrillicToLatin, cyrillicToTote, latinToCyrillic, toPassportLatin, toteToCyrillic } from './index';

type Row = { cyrillic: string; latin: string; tote: string; passport: string };

const rows: Row[] = readFileSync(new URL('./testdata/words.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [cyrillic = '', latin = '', tote = '', passport = ''] = line.split('\t');
    return { cyrillic, latin, tote, passport };
  });

/** Words whose Latin spelling reads back exactly: none of the lossy letters or letter pairs. */
const latinIsOneToOne = (cyrillic: string): boolean => !/[һцёэъь]|сх|дж|зх|кх|гх/i.test(cyrillic);

/**
 * Words whose töte spelling reads back exactly: none of the lossy letters, and
 * vowels all front or all back, as töte marks frontness once per word.
 */
function toteIsOneToOne(cyrillic: string): boolean {
  const word = cyrillic.toLowerCase();
  if (/[цщёэъь]/.test(word)) return false;
  return !(/[әөүіекг]/.test(word) && /[аоұыя]/.test(word));
}

function check(t: TestContext, direction: string, pairs: Array<{ input: string; expected: string; oneToOne: boolean }>, convert: (s: string) => string, minimum: number, assertAll: boolean): void {
  const misses = pairs.map((p) => ({ ...p, got: convert(p.input) })).filter((p) => p.got !== p.expected);
  const exactAll = 1 - misses.length / pairs.length;
  const inScope = pairs.filter((p) => p.oneToOne);
  const missesInScope = misses.filter((p) => p.oneToOne);
  const exactOneToOne = 1 - missesInScope.length / inScope.length;
  t.diagnostic(`${direction}: ${(exactAll * 100).toFixed(1)}% of ${pairs.length} words exact; ${(exactOneToOne * 100).toFixed(1)}% of the ${inScope.length} in the one-to-one part`);
  for (const m of misses) t.diagnostic(`  ${m.oneToOne ? 'MISS' : 'lossy'} ${m.input} → ${m.got} (expected ${m.expected})`);
  assert.ok((assertAll ? exactAll : exactOneToOne) >= minimum, `${direction} below ${minimum * 100}%`);
}

test('the word list is big enough and well formed', () => {
  assert.ok(rows.length >= 220, `only ${rows.length} words`);
  for (const row of rows) assert.ok(row.cyrillic && row.latin && row.tote && row.passport, `incomplete row ${row.cyrillic}`);
});

test('Cyrillic → Latin 2021', (t) => {
  check(t, 'Cyrillic → Latin', rows.map((r) => ({ input: r.cyrillic, expected: r.latin, oneToOne: true })), cyrillicToLatin, 0.98, true);
});

test('Latin 2021 → Cyrillic', (t) => {
  check(t, 'Latin → Cyrillic', rows.map((r) => ({ input: r.latin, expected: r.cyrillic, oneToOne: latinIsOneToOne(r.cyrillic) })), latinToCyrillic, 0.98, false);
});

test('Cyrillic → töte', (t) => {
  check(t, 'Cyrillic → töte', rows.map((r) => ({ input: r.cyrillic, expected: r.tote, oneToOne: true })), cyrillicToTote, 0.98, true);
});

test('töte → Cyrillic (lower case: töte has no capitals)', (t) => {
  check(t, 'töte → Cyrillic', rows.map((r) => ({ input: r.tote, expected: r.cyrillic.toLowerCase(), oneToOne: toteIsOneToOne(r.cyrillic) })), toteToCyrillic, 0.98, false);
});

test('Cyrillic → passport Latin', (t) => {
  check(t, 'Cyrillic → passport', rows.map((r) => ({ input: r.cyrillic, expected: r.passport, oneToOne: true })), (s) => toPassportLatin(s, 'kk'), 0.98, true);
});
