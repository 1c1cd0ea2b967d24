import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SEARCH_KEYS_VERSION, searchTokens } from './index';

/**
 * The keys of a few thousand sample texts, hashed: the development
 * collections (Kazakh FAQ and news) and lines in Russian, English, Latin
 * and töte. Any change to the stemmer, stop words, folding or word cutting
 * that gives one of them other keys changes the hash.
 */
function sampleKeysHash(): string {
  const texts: string[] = [];
  for (const dir of ['dev-retrieval', 'dev-retrieval-2']) {
    const file = readFileSync(new URL(`./testdata/${dir}/documents.tsv`, import.meta.url), 'utf8');
    for (const line of file.split('\n')) if (line && !line.startsWith('#')) texts.push(line.split('\t').slice(1).join(' '));
  }
  texts.push(
    'Гражданам, переехавшим в Казахстан, выдают индивидуальный идентификационный номер.',
    'Kandas status is granted for one year; apply at the migration service.',
    'Qandastarğa baspana beru tärtıbı, jūmys ızdeu',
    'قانداستارعا كومەك كورسەتۋ ورتالىعى',
  );
  const hash = createHash('sha256');
  for (const text of texts) hash.update(`${searchTokens(text).join(' ')}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The sample's hash for each version of the keys; a new version adds its line. */
const recorded: Record<number, string> = {
  2: '30572026262abb9b',
};

test('the keys of the sample texts are those recorded for SEARCH_KEYS_VERSION', () => {
  const hash = sampleKeysHash();
  assert.equal(
    recorded[SEARCH_KEYS_VERSION],
    hash,
    `searchTokens gives other keys than version ${SEARCH_KEYS_VERSION} did: raise SEARCH_KEYS_VERSION (stored search columns are then rebuilt) and record ${hash} for it`,
  );
});
