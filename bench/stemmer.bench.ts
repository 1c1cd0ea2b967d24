/**
 * Throughput of the Kazakh stemmer, in words per second, beside Snowball
 * Russian (snowball-stemmers) on the same machine in the same run: Snowball
 * on a Russian word stream, and Snowball on the same Kazakh stream.
 *
 * The word streams are the language-identification training texts written
 * for Otandas (src/lib/text/language/training, CC0), cut into words and
 * lower-cased; the Kazakh golden stemming words stand in if they are absent.
 * No cache sits in front of either stemmer: every word is stemmed afresh.
 */
import { existsSync, readFileSync } from 'node:fs';
import { foldKazakh } from '../src/lib/text/search/fold';
import { kazakhKeys, stemKazakh } from '../src/lib/text/search/kazakh-stemmer';
import { stemRussian } from '../src/lib/text/search/snowball';
import { searchTokens } from '../src/lib/text/search/index';
import { medianMs, printResults, type BenchResult } from './harness';

const training = new URL('../src/lib/text/language/training/', import.meta.url);
const golden = new URL('../src/lib/text/search/testdata/kk-stems.tsv', import.meta.url);

function wordsOf(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
}

function stream(file: string, fallback: () => string[]): string[] {
  const url = new URL(file, training);
  if (!existsSync(url)) return fallback();
  const text = readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  return wordsOf(text);
}

/** The stream repeated, so that one timed pass lasts tens of milliseconds. */
const repeated = (words: string[], times: number) => Array.from({ length: times }, () => words).flat();

const goldenWords = () =>
  readFileSync(golden, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!.toLowerCase());

/** Words per second of fn over words, the median of several timed passes. */
async function wordsPerSecond(words: string[], fn: (word: string) => unknown): Promise<number> {
  let sink = 0;
  const pass = async () => {
    for (const word of words) if (fn(word)) sink++;
  };
  const ms = await medianMs(pass, 15, 3);
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return words.length / (ms / 1000);
}

export async function run(): Promise<void> {
  const kazakh = repeated(stream('kk.sentences.txt', goldenWords), 10);
  const russian = repeated(stream('ru.sentences.txt', () => []), 10);
  const snowballOnRussian = russian.length ? await wordsPerSecond(russian, stemRussian) : NaN;
  const snowballOnKazakh = await wordsPerSecond(kazakh, stemRussian);
  const stemmer = await wordsPerSecond(kazakh, stemKazakh);
  const keys = await wordsPerSecond(kazakh, (w) => kazakhKeys(foldKazakh(w)));
  const texts = Array.from({ length: Math.ceil(kazakh.length / 12) }, (_, i) => kazakh.slice(i * 12, i * 12 + 12).join(' '));
  const pipelineMs = await medianMs(async () => {
    for (const text of texts) searchTokens(text);
  }, 5, 1);
  const pipeline = kazakh.length / (pipelineMs / 1000);

  console.log(`\nStemmer throughput: ${kazakh.length} Kazakh words, ${russian.length} Russian words (each text 10 times)`);
  const unit = 'words/s';
  const results: BenchResult[] = [
    {
      name: 'stemKazakh vs Snowball Russian',
      subject: { label: 'stemKazakh on Kazakh', value: stemmer, unit },
      baseline: { label: 'Snowball ru on Russian', value: snowballOnRussian, unit },
      ratioNote: '× Snowball (higher is faster)',
    },
    {
      name: 'same Kazakh stream',
      subject: { label: 'stemKazakh on Kazakh', value: stemmer, unit },
      baseline: { label: 'Snowball ru on Kazakh', value: snowballOnKazakh, unit },
      ratioNote: '× Snowball (higher is faster)',
    },
    {
      name: 'index keys (both readings)',
      subject: { label: 'kazakhKeys on Kazakh', value: keys, unit },
      baseline: { label: 'Snowball ru on Russian', value: snowballOnRussian, unit },
      ratioNote: '× Snowball (higher is faster)',
    },
    {
      name: 'searchTokens, whole pipeline',
      subject: { label: 'detect + stem, 12-word texts', value: pipeline, unit },
      baseline: { label: 'Snowball ru on Russian', value: snowballOnRussian, unit },
      ratioNote: '× Snowball (higher is faster)',
    },
  ];
  printResults(results);
}
