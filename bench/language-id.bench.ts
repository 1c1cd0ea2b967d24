/**
 * Language identification: Otandas against franc, franc limited to
 * kaz/rus/eng, tinyld and fastText lid.176, on the labelled corpus in
 * bench/corpora/language-id/ (written separately from the training texts in
 * src/lib/text/language/training/; see the corpus's own SOURCES.md).
 *
 *   npm run bench language
 *
 * Prints accuracy per slice with the ratio to the best peer, then texts per
 * second on the sentence slices with the ratio to franc.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { detect as tinyld } from 'tinyld';
import { getLIDModel } from 'fasttext.wasm.js';
import { detectLanguage, detectLanguageByParagraph } from '../src/lib/text/language/index';

// LANGUAGE_ID_CORPUS points the bench at another folder of the same layout (e.g. a development set).
const corpusDir = (process.env.LANGUAGE_ID_CORPUS ?? fileURLToPath(new URL('./corpora/language-id/', import.meta.url))).replace(/\/?$/, '/');

type Item = { lang: string; text: string };
type Slice = { name: string; file: string; target: number; items: Item[] };

/** Slices, the file each comes from, and the accuracy the issue asks for. */
const SLICES: Omit<Slice, 'items'>[] = [
  { name: 'sentences kk', file: 'sentences-kk.tsv', target: 0.995 },
  { name: 'sentences ru', file: 'sentences-ru.tsv', target: 0.995 },
  { name: 'sentences en', file: 'sentences-en.tsv', target: 0.995 },
  { name: 'phrases 1–3 words', file: 'phrases.tsv', target: 0.95 },
  { name: 'kk without special letters', file: 'kk-no-special-letters.tsv', target: 0.995 },
  { name: 'kk Latin', file: 'kk-latin.tsv', target: 0.995 },
  { name: 'kk töte (Arabic script)', file: 'kk-arabic.tsv', target: 0.995 },
  { name: 'ru with Kazakh names', file: 'ru-kazakh-names.tsv', target: 0.995 },
  { name: 'mixed, per paragraph', file: 'mixed.tsv', target: 0.995 },
];

/** `lang<TAB>text` lines; a header line and # comments are skipped. */
function readTsv(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { lang: line.slice(0, tab).trim(), text: line.slice(tab + 1).trim() };
    })
    .filter((item, i) => item.text && !(i === 0 && /^langs?$/.test(item.lang)));
}

/** mixed.tsv: `langs<TAB>text`, paragraphs joined by a literal \n\n; one item per paragraph. */
function mixedParagraphs(items: Item[]): { whole: string; expected: string[] }[] {
  return items.map(({ lang, text }) => ({
    whole: text.replace(/\\n/g, '\n'),
    expected: lang.split(/[\s,;|+/]+/).filter(Boolean),
  }));
}

type Detector = { name: string; detect: (text: string) => string | Promise<string> };

function fromIso3(code: string): string {
  return ({ kaz: 'kk', rus: 'ru', eng: 'en' } as Record<string, string>)[code] ?? 'und';
}

async function peers(): Promise<Detector[]> {
  const fasttext = await getLIDModel();
  await fasttext.load();
  return [
    { name: 'Otandas', detect: (t) => detectLanguage(t).lang },
    { name: 'franc', detect: (t) => fromIso3(franc(t)) },
    { name: 'franc kaz/rus/eng', detect: (t) => fromIso3(franc(t, { only: ['kaz', 'rus', 'eng'], minLength: 1 })) },
    { name: 'tinyld', detect: (t) => (['kk', 'ru', 'en'].includes(tinyld(t)) ? tinyld(t) : 'und') },
    {
      name: 'fastText lid.176',
      detect: async (t) => {
        const alpha2 = (await fasttext.identify(t.replace(/\s*\n\s*/g, ' '))).alpha2 ?? 'und';
        return ['kk', 'ru', 'en'].includes(alpha2) ? alpha2 : 'und';
      },
    },
  ];
}

async function accuracy(detector: Detector, slice: Slice): Promise<number> {
  let ok = 0;
  let all = 0;
  if (slice.file === 'mixed.tsv') {
    for (const { whole, expected } of mixedParagraphs(slice.items)) {
      // Otandas splits the paragraphs itself; the peers get them one by one.
      const got =
        detector.name === 'Otandas'
          ? detectLanguageByParagraph(whole).map((p) => p.lang as string)
          : await Promise.all(whole.split(/\n\s*\n/).map((p) => detector.detect(p.trim())));
      expected.forEach((lang, i) => {
        all++;
        if (got[i] === lang) ok++;
      });
    }
  } else {
    for (const item of slice.items) {
      all++;
      if ((await detector.detect(item.text)) === item.lang) ok++;
    }
  }
  return all ? ok / all : NaN;
}

async function textsPerSecond(detector: Detector, texts: string[]): Promise<number> {
  for (const t of texts.slice(0, 200)) await detector.detect(t); // warm-up
  let count = 0;
  const started = performance.now();
  // At least a second of work, so that fast detectors are not measured on noise.
  while (performance.now() - started < 1000) {
    for (const t of texts) await detector.detect(t);
    count += texts.length;
  }
  return count / ((performance.now() - started) / 1000);
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const percent = (x: number) => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(2)}%`);

export async function run(): Promise<void> {
  console.log('\n## Language identification (bench/corpora/language-id)\n');
  const slices: Slice[] = [];
  const missing: string[] = [];
  for (const s of SLICES) {
    const file = corpusDir + s.file;
    if (existsSync(file)) slices.push({ ...s, items: readTsv(file) });
    else missing.push(s.file);
  }
  if (missing.length) console.log(`Corpus incomplete: missing ${missing.join(', ')} in ${corpusDir}; running what exists.\n`);
  if (!slices.length) return;
  const detectors = await peers();
  const rows: string[][] = [];
  for (const slice of slices) {
    const scores = [];
    for (const d of detectors) scores.push(await accuracy(d, slice));
    const [ours, ...others] = scores as [number, ...number[]];
    const best = Math.max(...others);
    const met = ours >= slice.target && ours >= best;
    const standing = ours > best ? 'ahead of peers' : ours === best ? 'tied with best peer' : 'behind a peer';
    const count = slice.file === 'mixed.tsv' ? mixedParagraphs(slice.items).reduce((n, m) => n + m.expected.length, 0) : slice.items.length;
    rows.push([
      `${slice.name} (${count})`,
      ...scores.map(percent),
      best > 0 ? (ours / best).toFixed(3) : 'peers 0%',
      `≥ ${percent(slice.target)} and ahead: ${met ? 'met' : 'MISSED'} (${standing})`,
    ]);
  }
  table(['slice (items)', ...detectors.map((d) => d.name), 'Otandas / best peer', 'target'], rows);

  const sentences = slices.filter((s) => s.file.startsWith('sentences-')).flatMap((s) => s.items.map((i) => i.text));
  if (!sentences.length) return;
  console.log(`\nThroughput on the ${sentences.length} sentences (texts per second, one text at a time)\n`);
  const speeds: number[] = [];
  for (const d of detectors) speeds.push(await textsPerSecond(d, sentences));
  const francSpeed = speeds[1]!;
  table(
    ['detector', 'texts/s', '× franc'],
    detectors.map((d, i) => [d.name, speeds[i]!.toFixed(0), (speeds[i]! / francSpeed).toFixed(2)]),
  );
  const fastEnough = speeds[0]! >= francSpeed;
  console.log(`\nTarget "at least as fast as franc": ${fastEnough ? 'met' : 'MISSED'}`);
}
