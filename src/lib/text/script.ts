/**
 * Which writing system a text uses. Kazakh is written in Cyrillic
 * (Kazakhstan, Mongolia, Russia), in Latin (Turkey, Europe, the 2021
 * official alphabet) and in the Arabic-based töte script (China).
 */
export type Script = 'Cyrl' | 'Latn' | 'Arab';

export function scriptOfChar(ch: string): Script | undefined {
  const code = ch.codePointAt(0) ?? 0;
  if ((code >= 0x0400 && code <= 0x052f) || (code >= 0x1c80 && code <= 0x1c8f) || (code >= 0xa640 && code <= 0xa69f)) return 'Cyrl';
  if (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  ) {
    return /\p{L}/u.test(ch) ? 'Arab' : undefined;
  }
  if (/\p{Script=Latin}/u.test(ch)) return 'Latn';
  return undefined;
}

/** Counts letters per script. */
export function scriptCounts(text: string): Record<Script, number> {
  const counts: Record<Script, number> = { Cyrl: 0, Latn: 0, Arab: 0 };
  for (const ch of text) {
    const script = scriptOfChar(ch);
    if (script) counts[script] += 1;
  }
  return counts;
}

/** The script most letters of the text are in; undefined for a text without letters. */
export function detectScript(text: string): Script | undefined {
  const counts = scriptCounts(text);
  let best: Script | undefined;
  for (const script of ['Cyrl', 'Latn', 'Arab'] as const) {
    if (counts[script] > 0 && (!best || counts[script] > counts[best])) best = script;
  }
  return best;
}
