/**
 * Language identification for Otandas: Kazakh (Cyrillic, Latin, töte),
 * Russian and English, per text or per paragraph. Pure code without I/O,
 * shared by the server, the web UI and the CLI.
 *
 * How it works (details in model.ts and features.ts): the script is decided
 * first, then a small log-linear classifier over character n-grams of that
 * script picks the language. The model is trained by train.ts from the
 * CC0 texts in training/ and shipped as model.generated.ts.
 */
import { detectWith, type DetectedLanguage } from './detect';
import { ENCODED_MODEL } from './model.generated';
import { decodeModel } from './model';

export type { Language, DetectedLanguage } from './detect';
export type ParagraphLanguage = DetectedLanguage & { start: number; end: number; text: string };

/** Decoded once, on first use, so that importing the module costs nothing. */
let model: ReturnType<typeof decodeModel> | undefined;

export function detectLanguage(text: string): DetectedLanguage {
  model ??= decodeModel(ENCODED_MODEL);
  return detectWith(model, typeof text === 'string' ? text : String(text ?? ''));
}

/** The language of each paragraph; paragraphs are separated by blank lines. Offsets index `text` (UTF-16). */
export function detectLanguageByParagraph(text: string): ParagraphLanguage[] {
  const paragraphs: ParagraphLanguage[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) return;
    const begin = from + lead;
    paragraphs.push({ ...detectLanguage(body), start: begin, end: begin + body.length, text: body });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

