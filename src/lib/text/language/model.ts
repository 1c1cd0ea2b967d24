/**
 * The runtime side of the language model: one log-linear classifier per
 * script over hashed character n-grams (features.ts). Script is decided
 * first because it is nearly free and removes most of the confusion: a
 * Cyrillic text can only be Kazakh or Russian here, a Latin one Kazakh,
 * English or something else, an Arabic-script one Kazakh (töte) or not.
 */
import type { Script } from '../script';
import { extractFeatures } from './features';

export type ModelClass = 'kk' | 'ru' | 'en' | 'und';

export type ScriptModel = {
  classes: readonly ModelClass[];
  bits: number;
  /** weights[bucket * classes.length + class] */
  weights: Float32Array;
  bias: Float32Array;
};

export type Model = Record<Script, ScriptModel>;

/** How a script model is stored in model.generated.ts: int8 weights as base64. */
export type EncodedScriptModel = { classes: readonly ModelClass[]; bits: number; scale: number; bias: readonly number[]; weights: string };
export type EncodedModel = Record<Script, EncodedScriptModel>;

function fromBase64(text: string): Int8Array {
  // atob exists in browsers and in Node ≥ 16; the module stays free of Node imports.
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

export function toBase64(bytes: Int8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...new Uint8Array(bytes.buffer, bytes.byteOffset + i, Math.min(chunk, bytes.length - i)));
  }
  return btoa(binary);
}

export function decodeModel(encoded: EncodedModel): Model {
  const decode = (m: EncodedScriptModel): ScriptModel => {
    const q = fromBase64(m.weights);
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i]! * m.scale;
    return { classes: m.classes, bits: m.bits, weights, bias: Float32Array.from(m.bias) };
  };
  return { Cyrl: decode(encoded.Cyrl), Latn: decode(encoded.Latn), Arab: decode(encoded.Arab) };
}

/** Quantise float weights to int8 (the model file is 4× smaller; accuracy is unchanged at this precision). */
export function encodeScriptModel(model: ScriptModel): EncodedScriptModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  return { classes: model.classes, bits: model.bits, scale, bias: [...model.bias].map((b) => Math.round(b * 1e4) / 1e4), weights: toBase64(q) };
}

/** Reused per-class buffers: detection allocates no arrays per call. */
const scores = new Float64Array(8);
export const probabilities = new Float64Array(8);

/**
 * Class probabilities of `text` under the model of `script`, written into
 * `probabilities` (index = position in model.classes). Returns how much
 * evidence was seen (the summed feature weight), 0 when no word counted.
 */
export function classify(text: string, script: Script, model: ScriptModel): number {
  const n = model.classes.length;
  const { index, weight, count } = extractFeatures(text, script, model.bits);
  const w = model.weights;
  let evidence = 0;
  for (let c = 0; c < n; c++) scores[c] = model.bias[c]!;
  for (let i = 0; i < count; i++) {
    const base = index[i]! * n;
    const fw = weight[i]!;
    evidence += fw;
    for (let c = 0; c < n; c++) scores[c] = scores[c]! + fw * w[base + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < n; c++) max = Math.max(max, scores[c]!);
  let sum = 0;
  for (let c = 0; c < n; c++) {
    probabilities[c] = Math.exp(scores[c]! - max);
    sum += probabilities[c]!;
  }
  for (let c = 0; c < n; c++) probabilities[c] = probabilities[c]! / sum;
  return evidence;
}
