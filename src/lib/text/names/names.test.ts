/**
 * Name matching on the hand-labelled pairs in testdata/name-pairs.tsv: the
 * threshold is the one chosen on the first half, precision and recall are
 * asserted on the held-out half.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { chooseThreshold, parseNamePairs, qualityAt, splitHalves, type Quality, type ScoredPair } from './evaluation';
import { nameSimilarity, normalizeName, sameNameThreshold } from './index';

const pairs = parseNamePairs(readFileSync(new URL('./testdata/name-pairs.tsv', import.meta.url), 'utf8'));
const score = (list: typeof pairs): ScoredPair[] => list.map((p) => ({ ...p, score: nameSimilarity(p.a, p.b).score }));
const { choosing, heldOut } = splitHalves(score(pairs));
const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const describe = (q: Quality): string => `precision ${percent(q.precision)}, recall ${percent(q.recall)}, F1 ${q.f1.toFixed(3)} (TP ${q.truePositives}, FP ${q.falsePositives}, FN ${q.falseNegatives})`;

test('the labelled set is big enough and has both kinds', () => {
  assert.ok(pairs.length >= 320, `only ${pairs.length} pairs`);
  assert.ok(pairs.filter((p) => p.same).length >= 100 && pairs.filter((p) => !p.same).length >= 100);
});

test('the exported threshold is the one chosen on the first half', (t) => {
  const chosen = chooseThreshold(choosing);
  t.diagnostic(`chosen on ${choosing.length} pairs: threshold ${chosen.threshold}, ${describe(chosen)}`);
  assert.equal(sameNameThreshold, chosen.threshold);
});

test('precision ≥ 0.95 and recall ≥ 0.90 on the held-out half', (t) => {
  const held = qualityAt(heldOut, sameNameThreshold);
  const all = qualityAt([...choosing, ...heldOut], sameNameThreshold);
  t.diagnostic(`held-out (${heldOut.length} pairs): ${describe(held)}`);
  t.diagnostic(`all (${pairs.length} pairs): ${describe(all)}`);
  for (const p of [...choosing, ...heldOut].filter((p) => (p.score >= sameNameThreshold) !== p.same)) {
    t.diagnostic(`  ${p.same ? 'missed' : 'wrongly matched'} ${p.score} ${p.a} | ${p.b} (${p.note})`);
  }
  assert.ok(held.precision >= 0.95, `precision ${held.precision}`);
  assert.ok(held.recall >= 0.9, `recall ${held.recall}`);
});

test('the hard cases of the issue', () => {
  for (const [a, b] of [['Жұмабай', 'Zhumabai'], ['Жұмабай', 'Jumabay'], ['Жұмабай', 'Жумабаев'], ['Нұрлан', 'Nurlan'], ['Нұрлан', 'نۇرلان'], ['Нұрланұлы', 'Нұрланов']]) {
    assert.ok(nameSimilarity(a!, b!).samePerson, `${a} / ${b}`);
  }
  for (const [a, b] of [['Нұрлан', 'Нұрлыбек'], ['Асқар', 'Асхат'], ['Айгерім', 'Айгүл'], ['Нұрлан Асқарұлы', 'Асқар Нұрланұлы']]) {
    assert.ok(!nameSimilarity(a!, b!).samePerson, `${a} / ${b}`);
  }
});

test('the score is symmetric, bounded and explained', () => {
  for (const p of pairs.slice(0, 80)) {
    const there = nameSimilarity(p.a, p.b);
    assert.equal(there.score, nameSimilarity(p.b, p.a).score, `${p.a} / ${p.b}`);
    assert.ok(there.score >= 0 && there.score <= 1 && there.reasons.length > 0);
  }
  assert.deepEqual(nameSimilarity('', 'Нұрлан'), { score: 0, samePerson: false, reasons: ['a name is empty'] });
  const swapped = nameSimilarity('Нұрлан Асқарұлы', 'Асқар Нұрланұлы');
  assert.ok(swapped.reasons.some((r) => r.includes('roles swapped')));
});

test('normalizeName gives one key per part, the same in every script', () => {
  assert.deepEqual(normalizeName('Жұмабаев Нұрлан'), normalizeName('ZHUMABAYEV Nurlan'));
  assert.deepEqual(normalizeName('Нұрлан ұлы'), normalizeName('Нұрланұлы'));
  assert.deepEqual(normalizeName('Өтеген'), normalizeName('Утеген'));
  assert.deepEqual(normalizeName('Шоқан Уәлиханов'), normalizeName('Чокан Валиханов'));
  assert.equal(normalizeName('Қасым-Жомарт Тоқаев').length, 3);
  assert.deepEqual(normalizeName(' , '), []);
});
