import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kazakhKeys } from './kazakh-stemmer';
import { foldKazakh } from './fold';
import { searchPlan, searchTokens } from './index';

test('the passive reaches the active verb: беріледі, берілген and беру share бер', () => {
  for (const word of ['беріледі', 'берілген', 'беру', 'береді']) assert.ok(searchTokens(word, 'kk').includes('бер'), word);
  // After л, -ды may be the accusative (ауылды): the passive past keeps its stem and adds the verb's.
  assert.deepEqual(kazakhKeys(foldKazakh('тіркелді')), ['тиркел', 'тирке']);
  assert.deepEqual(kazakhKeys(foldKazakh('ауылды')), ['ауыл']);
  // келу, болу, білу are roots in -л, not ке, бо, бі + -л.
  for (const word of ['келеді', 'болады', 'біледі']) assert.equal(searchTokens(word, 'kk')[0], foldKazakh(word).slice(0, 3));
});

test('a verb in -ла/-ле read as present keeps the vowel-final verb as a key: шектеді → шекте', () => {
  assert.ok(kazakhKeys(foldKazakh('жариялады')).includes('жарияла'));
  assert.ok(!kazakhKeys(foldKazakh('қалады')).includes('кала'), 'қалады is no қала');
});

test('a converb before an auxiliary gets the verb key; a noun before another verb does not', () => {
  assert.ok(searchTokens('таба алмасам', 'kk').includes('тап'));
  assert.ok(searchTokens('құжатты тапсыра алады', 'kk').includes('тапсыр'));
  assert.ok(searchTokens('сөйлей бастады', 'kk').includes('сойле'));
  assert.ok(!searchTokens('көше береді', 'kk').includes('кош'));
});

test('informal Latin: Turkish-style ı for ы, kh for қ, a final ui for үй', () => {
  const terms = (text: string) => searchPlan(text)!.terms.join(' ');
  assert.match(terms('jumıs izdeu'), /'жумыс'/u);
  assert.match(terms('Kazakhstan'), /'казакстан'/u);
  assert.match(terms('turgyn ui'), /'уй'/u);
  assert.doesNotMatch(terms('bılım'), /'былым'/u);
});

test('э typed for ә in a Kazakh word: пэтер finds пәтер', () => {
  assert.deepEqual(searchTokens('пэтер', 'kk'), searchTokens('пәтер', 'kk'));
});
