/**
 * Builds the training (and development) samples from training/*.txt.
 *
 * Files are named by class: kk.*, ru.*, en.*, und-latn.*, und-arab.*.
 * Kazakh is written once in Cyrillic and expanded into the spellings people
 * use (augment.ts): typed without Kazakh letters, four Latin habits, töte.
 * Short 1–3-word windows are cut from every sentence, because short queries
 * and chat messages are where language identification fails most.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Script } from '../script';
import { foldKazakh, LATIN_STYLES, makeRng, toLatin, toTote, uyghurLatinToArabic, type Rng } from './augment';
import { kazakhPhrase, parseLexicon } from './kk-morphology';
import type { ModelClass } from './model';
import { fillSlot, RUSSIAN_ORIGIN, type NameLists } from './name-forms';

export type Sample = { text: string; label: ModelClass; script: Script; slice: string };

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function hashText(text: string): number {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return h;
}

/** A stable split: the same lines are held out on every run. */
function isDev(line: string): boolean {
  return hashText(line) % 7 === 0;
}

/** 1–3 consecutive words of a sentence, without the punctuation around them. */
function window(text: string, rng: Rng): string {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
  if (words.length === 0) return text;
  const size = Math.min(words.length, 1 + Math.floor(rng() * 3));
  const start = Math.floor(rng() * (words.length - size + 1));
  return words.slice(start, start + size).join(' ');
}

/** training/names.txt by section: [first], [surname], [place], and the gendered lists of name-forms.ts. */
type Names = NameLists;

function parseNames(file: string): Names {
  const names: Names = {};
  let section = 'first';
  for (const line of lines(file)) {
    const header = /^\[([\w-]+)\]$/.exec(line);
    if (header) section = header[1]!;
    else (names[section] ??= []).push(...line.split(/\s+/));
  }
  return names;
}

/**
 * Fills `{first}`, `{surname}`, `{place}` (nominative, from names.txt) and
 * the declined slots of name-forms.ts (`{m.dat}`, `{wf.gen}`, `{c.pre}`, `{om.abl}` …).
 */
function fill(template: string, names: Names, language: 'ru' | 'kk', rng: Rng): string {
  const origin = rng() < RUSSIAN_ORIGIN ? 'ru' : 'kk';
  return template.replace(/\{(\w+)(?:\.(\w+))?\}/g, (slot, kind: string, c: string | undefined) => {
    if (!c && (kind === 'first' || kind === 'surname' || kind === 'place')) return pick(rng, names[kind]!);
    const text = fillSlot(kind, c, names, language, origin, rng);
    if (text === undefined) throw new Error(`unknown slot ${slot} in template: ${template}`);
    return text;
  });
}

/** Only capitalised words: a window of names alone ("Айгүл Серікқызы") says nothing about the language around it. */
function onlyNames(text: string): boolean {
  return text.split(' ').every((w) => w[0] !== w[0]!.toLowerCase());
}

/**
 * Every spelling of one Kazakh Cyrillic text: [text, script, slice, windows].
 * Folded text gets fewer short windows: a short Cyrillic phrase without
 * Kazakh letters is more often Russian, and the training mix should say so.
 */
function kazakhVariants(text: string, rng: Rng): [string, Script, string, number][] {
  return [
    [text, 'Cyrl', 'kk-cyrl', 4],
    [foldKazakh(text, rng), 'Cyrl', 'kk-folded', 2],
    [foldKazakh(text, rng, 0.5), 'Cyrl', 'kk-folded', 1],
    ...LATIN_STYLES.map((style): [string, Script, string, number] => [toLatin(text, style, rng), 'Latn', 'kk-latin', 2]),
    [toTote(text, rng() < 0.3, rng), 'Arab', 'kk-tote', 3],
  ];
}

/** How many times each template is filled with names (3 times for a held-out template). */
const TEMPLATE_FILLS = 25;

export type Corpus = { train: Sample[]; dev: Sample[] };

export function buildCorpus(dir: string, holdOut: boolean, seed = 1): Corpus {
  // Each line draws from its own random stream, so that adding or editing a
  // file leaves the spellings and windows of every other line as they were:
  // dev figures before and after a change to the texts compare the same samples.
  let rng = makeRng(seed);
  const corpus: Corpus = { train: [], dev: [] };
  const add = (sample: Sample, dev: boolean, windows: number, nameDense = false) => {
    const target = dev ? corpus.dev : corpus.train;
    target.push(sample);
    if (rng() < 0.15 && !dev) target.push({ ...sample, text: sample.text.toLowerCase() });
    for (let i = 0; i < windows; i++) {
      const short = window(sample.text, rng);
      if (nameDense && onlyNames(short)) continue;
      target.push({ ...sample, text: short, slice: dev ? `phrase:${sample.slice}` : sample.slice });
    }
  };
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const names = parseNames(path.join(dir, 'names.txt'));
  for (const file of files) {
    const full = path.join(dir, file);
    if (file === 'names.txt' || file.endsWith('.lexicon.txt')) continue;
    const label = file.split('.')[0]!;
    const templates = file.endsWith('.templates.txt');
    // Name-dense texts (ru-names.*, kk-names.*) get few short windows, and none made only of names.
    const nameDense = label.endsWith('-names');
    for (const line of lines(full)) {
      rng = makeRng((Math.imul(seed, 0x9e3779b1) ^ hashText(`${file}\n${line}`)) >>> 0);
      const dev = holdOut && isDev(line);
      const language = label.startsWith('kk') ? 'kk' : 'ru';
      const texts = templates ? Array.from({ length: dev ? 3 : TEMPLATE_FILLS }, () => fill(line, names, language, rng)) : [line];
      for (const text of texts) {
        if (label === 'kk' || label === 'kk-names') {
          for (const [variant, script, slice, windows] of kazakhVariants(text, rng)) {
            add({ text: variant, label: 'kk', script, slice: nameDense ? 'kk-names' : slice }, dev, templates ? 0 : nameDense ? Math.min(windows, 1) : windows, nameDense);
          }
        } else if (label === 'ru' || label === 'ru-names') {
          add({ text, label: 'ru', script: 'Cyrl', slice: nameDense ? 'ru-names' : 'ru' }, dev, templates ? 0 : nameDense ? 2 : 6, nameDense);
        } else if (label === 'en') {
          add({ text, label: 'en', script: 'Latn', slice: 'en' }, dev, 6);
        } else if (label === 'und-latn') {
          add({ text, label: 'und', script: 'Latn', slice: 'und-latn' }, dev, 4);
        } else if (label === 'und-arab') {
          const arabic = file.includes('uyghur-latin') ? uyghurLatinToArabic(text) : text;
          add({ text: arabic, label: 'und', script: 'Arab', slice: 'und-arab' }, dev, 4);
        }
      }
    }
  }
  addGeneratedPhrases(dir, corpus, makeRng(seed), holdOut);
  return corpus;
}

/** Inflected Kazakh words and phrases in every spelling (kk-morphology.ts). */
function addGeneratedPhrases(dir: string, corpus: Corpus, rng: Rng, holdOut: boolean): void {
  const lexicon = parseLexicon(readFileSync(path.join(dir, 'kk.lexicon.txt'), 'utf8'));
  const count = 6000;
  for (let i = 0; i < count; i++) {
    const phrase = kazakhPhrase(lexicon, rng);
    const target = holdOut && i % 10 === 0 ? corpus.dev : corpus.train;
    const slice = target === corpus.dev ? 'phrase:kk-generated' : 'kk-generated';
    for (const [variant, script] of kazakhVariants(phrase, rng)) {
      if (script === 'Latn' && rng() < 0.5) continue;
      target.push({ text: variant, label: 'kk', script, slice });
    }
  }
}
