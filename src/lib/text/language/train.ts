/**
 * Retrain the language model:
 *
 *   node --import tsx src/lib/text/language/train.ts          # dev report, then train on all and write the model
 *   node --import tsx src/lib/text/language/train.ts --dev    # dev report only
 *   … --write-dev --export-dev=/tmp/dev   # held-out model + files, for `LANGUAGE_ID_CORPUS=/tmp/dev npm run bench language`
 *   … --dev --seed=2                      # the dev report with other random spellings, fills and windows
 *
 * Reads training/*.txt (see training/SOURCES.md), trains one multinomial
 * logistic regression per script over hashed n-grams with AdaGrad, prints
 * accuracy on held-out lines (every 7th line by hash, with all its spellings
 * and short windows), then retrains on everything and writes
 * model.generated.ts. Training is deterministic: the same files give the
 * same model.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Script } from '../script';
import { buildCorpus, type Sample } from './corpus';
import { detectWith } from './detect';
import { makeRng } from './augment';
import { extractFeatures } from './features';
import { classify, encodeScriptModel, probabilities, type Model, type ModelClass, type ScriptModel } from './model';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Classes and table size per script: Latin needs room for three classes and many spellings. */
const LAYOUT: Record<Script, { classes: ModelClass[]; bits: number }> = {
  Cyrl: { classes: ['kk', 'ru'], bits: 17 },
  Latn: { classes: ['kk', 'en', 'und'], bits: 17 },
  Arab: { classes: ['kk', 'und'], bits: 15 },
};
const EPOCHS = 10;
const LEARNING_RATE = 0.05;
const L2 = 1e-6;

type Encoded = { index: Int32Array; weight: Float32Array; label: number; sampleWeight: number };

/**
 * The share of its class's weight that name-dense texts (the ru-names and
 * kk-names slices) carry, however many texts the templates generate. They
 * are one genre among many: uncapped, the filled templates would be about
 * 45% of all Russian samples and crowd out ordinary Russian. 0.2 is near the
 * share they had before the case templates (16%); 0.12–0.3 measured the same
 * on the dev split (5 seeds).
 */
const NAMES_SHARE = 0.2;

const isNameDense = (s: Sample) => s.slice.endsWith('-names');

function encodeSamples(samples: Sample[], script: Script): Encoded[] {
  const { classes, bits } = LAYOUT[script];
  const mine = samples.filter((s) => s.script === script);
  const perClass = classes.map((c) => mine.filter((s) => s.label === c).length);
  const namesPerClass = classes.map((c) => mine.filter((s) => s.label === c && isNameDense(s)).length);
  return mine.map((s) => {
    const f = extractFeatures(s.text, script, bits);
    const label = classes.indexOf(s.label);
    // Balance classes: each carries the same total weight whatever its sample count,
    // and within a class, name-dense texts carry NAMES_SHARE of it.
    const classWeight = mine.length / classes.length;
    const names = namesPerClass[label]!;
    const others = perClass[label]! - names;
    const sampleWeight =
      names === 0 || others === 0
        ? classWeight / perClass[label]!
        : isNameDense(s)
          ? (classWeight * NAMES_SHARE) / names
          : (classWeight * (1 - NAMES_SHARE)) / others;
    return { index: f.index.slice(0, f.count), weight: f.weight.slice(0, f.count), label, sampleWeight };
  });
}

function trainScript(samples: Sample[], script: Script, seed: number): ScriptModel {
  const { classes, bits } = LAYOUT[script];
  const n = classes.length;
  const data = encodeSamples(samples, script);
  const weights = new Float32Array((1 << bits) * n);
  const squares = new Float32Array(weights.length);
  const bias = new Float32Array(n);
  const biasSquares = new Float32Array(n);
  const scores = new Float64Array(n);
  const rng = makeRng(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const s = data[at]!;
      for (let c = 0; c < n; c++) scores[c] = bias[c]!;
      for (let k = 0; k < s.index.length; k++) {
        const base = s.index[k]! * n;
        for (let c = 0; c < n; c++) scores[c] = scores[c]! + s.weight[k]! * weights[base + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < n; c++) max = Math.max(max, scores[c]!);
      let sum = 0;
      for (let c = 0; c < n; c++) sum += (scores[c] = Math.exp(scores[c]! - max));
      for (let c = 0; c < n; c++) {
        const g = (scores[c]! / sum - (c === s.label ? 1 : 0)) * s.sampleWeight;
        biasSquares[c] = biasSquares[c]! + g * g;
        bias[c] = bias[c]! - (LEARNING_RATE * g) / Math.sqrt(biasSquares[c]! + 1e-8);
        for (let k = 0; k < s.index.length; k++) {
          const p = s.index[k]! * n + c;
          const grad = g * s.weight[k]! + L2 * weights[p]!;
          squares[p] = squares[p]! + grad * grad;
          weights[p] = weights[p]! - (LEARNING_RATE * grad) / Math.sqrt(squares[p]! + 1e-8);
        }
      }
    }
  }
  return { classes, bits, weights, bias };
}

function train(samples: Sample[]): Model {
  return { Cyrl: trainScript(samples, 'Cyrl', 11), Latn: trainScript(samples, 'Latn', 12), Arab: trainScript(samples, 'Arab', 13) };
}

/** Round-trip through int8 so the report measures the model that will be shipped. */
function quantised(model: Model): Model {
  const round = (m: ScriptModel): ScriptModel => {
    const e = encodeScriptModel(m);
    const weights = Float32Array.from(m.weights, (w) => Math.round(w / e.scale) * e.scale);
    return { ...m, weights };
  };
  return { Cyrl: round(model.Cyrl), Latn: round(model.Latn), Arab: round(model.Arab) };
}

export function report(model: Model, samples: Sample[], showMisses = 0): void {
  const bySlice = new Map<string, { ok: number; all: number; loss: number; misses: string[] }>();
  for (const s of samples) {
    const got = detectWith(model, s.text).lang;
    const entry = bySlice.get(s.slice) ?? { ok: 0, all: 0, loss: 0, misses: [] };
    entry.all++;
    entry.loss += logLoss(model, s);
    if (got === s.label) entry.ok++;
    else if (entry.misses.length < showMisses) entry.misses.push(`${got} ← ${s.text}`);
    bySlice.set(s.slice, entry);
  }
  for (const [slice, { ok, all, loss, misses }] of [...bySlice].sort()) {
    const wrong = `(${all - ok}/${all} wrong)`;
    console.log(`${slice.padEnd(26)} ${((100 * ok) / all).toFixed(2).padStart(6)}%  ${wrong.padEnd(16)} log-loss ${(loss / all).toFixed(3)}`);
    for (const m of misses) console.log(`    ${m}`);
  }
}

/**
 * −log p(true class) under the sample's own script model: it moves before
 * accuracy does, so small changes can be compared on a small dev split.
 */
function logLoss(model: Model, s: Sample): number {
  const m = model[s.script];
  const c = m.classes.indexOf(s.label);
  if (c < 0) return 0;
  classify(s.text, s.script, m);
  return -Math.log(Math.max(probabilities[c]!, 1e-9));
}

/**
 * testdata/ru-names-dev.tsv: Russian sentences dense with Kazakh names and
 * Kazakh sentences with Russian names; testdata/ru-names-dev2.tsv: more
 * Russian ones in other genres and shapes (names first, headlines, captions,
 * lists). Written apart from training/ and never trained on. Printed for both
 * the held-out and the shipped model.
 */
function reportNamesFile(model: Model, showMisses: number, file = 'ru-names-dev.tsv'): void {
  const rows = readFileSync(path.join(here, 'testdata', file), 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t') && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]);
  const samples = rows.map(([label, text]): Sample => ({ text, label: label as ModelClass, script: 'Cyrl', slice: `testdata/${file.replace('.tsv', '')} ${label}` }));
  report(model, samples, showMisses);
}

function writeModel(model: Model): number {
  const encoded = { Cyrl: encodeScriptModel(model.Cyrl), Latn: encodeScriptModel(model.Latn), Arab: encodeScriptModel(model.Arab) };
  const source = [
    '// Generated by train.ts from training/*.txt: do not edit. Retrain with',
    '// `node --import tsx src/lib/text/language/train.ts` (see training/SOURCES.md).',
    "import type { EncodedModel } from './model';",
    '',
    `export const ENCODED_MODEL: EncodedModel = ${JSON.stringify(encoded)};`,
    '',
  ].join('\n');
  writeFileSync(path.join(here, 'model.generated.ts'), source);
  return source.length;
}

/**
 * The held-out samples in the layout of bench/corpora/language-id, so the
 * benchmark can compare the peers on them (with a model written by --write-dev).
 */
function exportDev(samples: Sample[], out: string): void {
  mkdirSync(out, { recursive: true });
  const files: Record<string, string[]> = {
    'sentences-kk.tsv': ['kk-cyrl'],
    'sentences-ru.tsv': ['ru'],
    'sentences-en.tsv': ['en'],
    'phrases.tsv': ['phrase:kk-cyrl', 'phrase:ru', 'phrase:en'],
    'kk-no-special-letters.tsv': ['kk-folded'],
    'kk-latin.tsv': ['kk-latin'],
    'kk-arabic.tsv': ['kk-tote'],
    'ru-kazakh-names.tsv': ['ru-names'],
  };
  for (const [file, slices] of Object.entries(files)) {
    const rows = samples.filter((s) => slices.includes(s.slice)).map((s) => `${s.label}\t${s.text}`);
    writeFileSync(path.join(out, file), rows.join('\n') + '\n');
  }
}

const args = process.argv.slice(2);
const misses = Number(args.find((a) => a.startsWith('--misses='))?.split('=')[1] ?? 0);
const exportTo = args.find((a) => a.startsWith('--export-dev='))?.split('=')[1];
// Another seed draws other spellings, fills and windows for the same held-out lines; averaging a few
// seeds tells a real change from noise. The shipped model is always trained with seed 1.
const seed = Number(args.find((a) => a.startsWith('--seed='))?.split('=')[1] ?? 1);
const dir = path.join(here, 'training');
const started = performance.now();
const dev = buildCorpus(dir, true, seed);
console.log(`dev split: ${dev.train.length} training samples, ${dev.dev.length} held out`);
const devModel = train(dev.train);
report(quantised(devModel), dev.dev, misses);
reportNamesFile(quantised(devModel), misses);
reportNamesFile(quantised(devModel), misses, 'ru-names-dev2.tsv');
if (exportTo) exportDev(dev.dev, exportTo);
if (args.includes('--write-dev')) {
  // Only for measuring: the shipped model is always trained on everything.
  writeModel(devModel);
  console.log('wrote the dev-split model to model.generated.ts; retrain without --write-dev before committing');
} else if (!args.includes('--dev')) {
  const all = buildCorpus(dir, false);
  const shipped = train(all.train);
  const size = writeModel(shipped);
  console.log('shipped model on the held-out name files:');
  reportNamesFile(quantised(shipped), misses);
  reportNamesFile(quantised(shipped), misses, 'ru-names-dev2.tsv');
  console.log(`trained on ${all.train.length} samples; model.generated.ts is ${(size / 1024).toFixed(0)} KiB`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
