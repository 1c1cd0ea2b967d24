/**
 * A Kazakh suffix-stripping stemmer, written for Otandas (none exists in
 * Snowball, npm or PostgreSQL). Its stems are index keys, not dictionary
 * lemmas: what matters is that the inflected forms of a word reach the same
 * key, and that different words rarely do.
 *
 * - Decisions are made on the FOLDED word only (қ→к, ғ→г, ң→н, і→и, ә→а,
 *   ө→о, ү/ұ→у), and the cut is applied to the word as given, so
 *   fold(stemKazakh(w)) === stemKazakh(fold(w)): кандастарга and
 *   қандастарға reach кандас/қандас.
 * - A word is read right to left as root + derivation + verb form + plural +
 *   possessive + case + personal ending; each cut must be of a lower slot than
 *   the one to its right, and suffixes state what may follow them
 *   (kazakh-suffixes.ts). Every reading is explored.
 * - Vowel harmony: the suffixes cut from one word must agree (back а/ы or
 *   front е/і; the instrumental and one-consonant suffixes are neutral), and
 *   agree with the stem's last vowel where folding leaves it known (ы back,
 *   е front; а, о, у, и may be either once folded).
 * - Consonant assimilation: each alternant is cut only after the sounds that
 *   select it (-тар after a voiceless consonant, -дар after л/м/н/з/ж …).
 * - Guards: a stem keeps two letters and a vowel (a two-letter stem is not
 *   consonant + а/е/о/ы: жеке is no же + ке), more for risky suffixes; a short
 *   lexicon (kazakh-lexicon.ts) keeps roots that end like a suffix.
 * - A stem left by a cut is normalised: final б/г/ғ back to п/к/қ (кітабы →
 *   кітап), an elided root restored (халқы → халық).
 * - Choosing: a reading whose stem is itself stable (would not be cut
 *   further) is preferred, then the shortest; an unstable stem is stemmed
 *   again. So stemKazakh(stemKazakh(w)) === stemKazakh(w) by construction,
 *   and қандасы prefers қандас + ы over қанда + сы (қанда reads as қан + да).
 */
import { foldChar, foldKazakh } from './fold';
import { ELIDED_ROOTS, PLACE_ROOTS, PROTECTED_ROOTS, TIME_PLACE_ROOTS, VOWEL_FINAL_VERBS } from './kazakh-lexicon';
import { longestSuffix, soundClass, suffixesByForm, type Harmony, type Suffix } from './kazakh-suffixes';

// Time words are roots too: бұрын and кейін would otherwise read as бұр/кей + -ы-н.
const PROTECTED: ReadonlySet<string> = new Set([...PROTECTED_ROOTS, ...PLACE_ROOTS, ...ELIDED_ROOTS, ...TIME_PLACE_ROOTS].map(foldKazakh));
const VOWEL_VERBS: ReadonlySet<string> = new Set(VOWEL_FINAL_VERBS.map(foldKazakh));
const elide = (root: string) => root.slice(0, -2) + root.slice(-1);
/** Elided folded stem (халк) → folded root (халык). */
const ELIDED_FOLDED = new Map(ELIDED_ROOTS.map((root) => [unvoiceFinal(elide(foldKazakh(root))), foldKazakh(root)]));
/** Folded root → [elided form in Kazakh letters, root in Kazakh letters]. */
const ELIDED_PROPER = new Map(ELIDED_ROOTS.map((root) => [foldKazakh(root), [elide(root), root] as const]));

const VOWELS = /[аеиоуыэюя]/u;
const NOT_STEMMED = /[\p{N}\u{10000}-\u{10FFFF}\uD800-\uDFFF]/u;
const MAX_STEMMED_LENGTH = 40;

/** Final б/г (folded ғ→г too) back to п/к. */
function unvoiceFinal(word: string): string {
  const last = word.at(-1);
  return last === 'б' ? word.slice(0, -1) + 'п' : last === 'г' ? word.slice(0, -1) + 'к' : word;
}

/** The same on the word as given, where ғ becomes қ (whose fold is к). */
function unvoiceOriginal(ch: string): string {
  return ch === 'б' ? 'п' : ch === 'г' ? 'к' : ch === 'ғ' ? 'қ' : ch;
}

/** A stem as left by a cut: final б/г unvoiced, an elided root restored. */
function normalise(word: string): string {
  const unvoiced = unvoiceFinal(word);
  return ELIDED_FOLDED.get(unvoiced) ?? unvoiced;
}

/** Whether a cut at `at` would fall inside a protected root that begins the word. */
function cutsIntoProtected(word: string, at: number): boolean {
  for (let end = at + 1; end <= word.length; end++) if (PROTECTED.has(word.slice(0, end))) return true;
  return false;
}

/** Back or front when the stem's last vowel still says so after folding. */
function stemHarmony(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i]!;
    if (ch === 'ы') return 'back';
    if (ch === 'е' || ch === 'э') return 'front';
    if (VOWELS.test(ch)) return 'neutral';
  }
  return 'neutral';
}

function agree(a: Harmony, b: Harmony): Harmony | null {
  if (a === 'neutral') return b;
  if (b === 'neutral' || a === b) return a;
  return null;
}

/** Two-letter roots are VC (үй, ел, ат) or end in у/и (су, ми); жеке is not же + ке. */
const SHORT_OPEN_STEM = /^..$/u;
const OPEN_VOWEL_END = /[аеоыэюя]$/u;

function allowed(suffix: Suffix, stem: string, slot: number, last: Suffix | undefined, known: boolean): boolean {
  if (suffix.slot >= slot || stem.length < suffix.minStem) return false;
  if (suffix.roots && !suffix.roots.has(normalise(stem))) return false;
  if (SHORT_OPEN_STEM.test(stem) && OPEN_VOWEL_END.test(stem)) return false;
  // A known root overrides the sound rules: зейнетақы + сы, although -сы never follows ы elsewhere;
  // not for a suffix that only follows listed roots, where the sound rules are all that tell жылғы from жылқы.
  const soundRules = !known || suffix.roots !== undefined;
  if (soundRules && (!suffix.after.has(soundClass(stem.at(-1))) || stem.at(-1) === suffix.notAfter)) return false;
  if (last?.needs && !last.needs.includes(suffix.kind)) return false;
  if (suffix.needsVerbal && !last?.verbal) return false;
  if (suffix.needsPerson && last?.kind !== 'person') return false;
  if (suffix.rightOf && !suffix.rightOf.has(last?.kind ?? 'end')) return false;
  // жасады is жаса + -ды, not жас + -ады.
  if (suffix.kind === 'present' && VOWEL_VERBS.has(stem + suffix.form[0])) return false;
  return true;
}

/**
 * Collects into `out` every stem of `word` (folded) reachable by cutting
 * suffixes of slots below `slot`, `last` being the suffix cut just before.
 */
function readings(word: string, slot: number, harmony: Harmony, last: Suffix | undefined, out: Set<string>): void {
  const known = PROTECTED.has(word) || VOWEL_VERBS.has(word);
  // A known root stands as it is, even where a suffix wanted one before it (отбасы + на).
  if ((!last?.needs || (known && last.needs.includes('poss3'))) && agree(harmony, stemHarmony(word)) !== null) out.add(word);
  if (known) return;
  const maxLength = Math.min(longestSuffix, word.length - 2);
  for (let length = 1; length <= maxLength; length++) {
    const candidates = suffixesByForm.get(word.slice(word.length - length));
    if (!candidates) continue;
    const stem = word.slice(0, word.length - length);
    if (!VOWELS.test(stem) || cutsIntoProtected(word, stem.length)) continue;
    const next = normalise(stem);
    const nextKnown = PROTECTED.has(next);
    for (const suffix of candidates) {
      if (!allowed(suffix, stem, slot, last, nextKnown)) continue;
      const chain = agree(harmony, suffix.harmony);
      if (chain !== null) readings(next, suffix.slot, chain, suffix, out);
    }
  }
}

function stemWithMemo(word: string, memo: Map<string, string>): string {
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  readings(word, Infinity, 'neutral', undefined, found);
  found.delete(word);
  let stable: string | undefined;
  let fallback: string | undefined;
  for (const candidate of found) {
    const stem = stemWithMemo(candidate, memo);
    if (stem === candidate && (stable === undefined || shorter(candidate, stable))) stable = candidate;
    if (fallback === undefined || shorter(stem, fallback)) fallback = stem;
  }
  const result = stable ?? fallback ?? word;
  memo.set(word, result);
  return result;
}

/** Shorter first, then alphabetical, so that the choice never depends on search order. */
function shorter(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/** Stems a folded, lower-case word. */
export function stemFolded(folded: string): string {
  return stemWithMemo(normalise(folded), new Map());
}

/**
 * Stems one Kazakh word (Cyrillic, with or without Kazakh letters). Returns
 * the stem lower-cased in the word's own letters; fold it for an index key.
 */
export function stemKazakh(word: string): string {
  const lowered = word.toLowerCase();
  // Astral code points, digits and very long strings are not Kazakh words to cut.
  if (lowered.length < 3 || lowered.length > MAX_STEMMED_LENGTH || NOT_STEMMED.test(lowered)) return lowered;
  const lower = lowered.split('');
  const stem = stemFolded(lower.map(foldChar).join(''));
  const kept = lower.slice(0, stem.length);
  kept[kept.length - 1] = unvoiceOriginal(kept[kept.length - 1]!);
  const keptStem = kept.join('');
  if (foldKazakh(keptStem) === stem) return keptStem;
  // An elided root was restored (халқы → халық): in Kazakh letters when the word had them.
  const proper = ELIDED_PROPER.get(stem);
  return proper && lowered.startsWith(proper[0]) ? proper[1] : stem;
}

/** What may follow the possessive -ы/-і at the end of a word: nothing, or a case ending. */
const AFTER_POSSESSIVE = ['', 'н', 'на', 'не', 'нда', 'нде', 'нан', 'нен', 'нын', 'нин', 'мен', 'нша', 'нше'];

/**
 * The present tense with a personal ending: a consonant-final verb + а/е/и
 * (жаз-а-мын, кел-е-сіз, оқ-и-сыз) or a vowel-final one + й (төле-й-мін),
 * as questions (аламын) and FAQ answers (тапсырасыз) write it. The same
 * letters can end a noun + predicative or privative (бала-сыз), which the
 * stemmer prefers; the verb is the second reading. In documents -мын/-мін
 * after і or ы is mostly an -м noun + possessive + accusative (мерзім-і-н,
 * бөлім-і-н), so there only -а/-е/-й + мын/мін is read: the first person of
 * an FAQ's question (шығамын, тұрамын). A noun in -ам/-ем (көлемін) gains a
 * second key it does not need, which costs less than the questions lost.
 * Queries read all of them. Left out: -мыз, as often the
 * possessive (қала-мыз), and -сың, which folds to -сын like the possessive +
 * accusative (баласын).
 */
const PRESENT_SECOND = /^(.*[^аеиоуыэюя])[аеи](?:сыз|сиз|сыздар|сиздер)$|^(.*[аеоуы])й(?:сыз|сиз|сыздар|сиздер)$/u;
const PRESENT_FIRST = /^(.*[^аеиоуыэюя])[аеи](?:мын|мин)$|^(.*[аеоуы])й(?:мын|мин)$/u;
/** PRESENT_FIRST as documents read it (see above). */
const PRESENT_FIRST_AFTER_A_OR_E = /^(.*[^аеиоуыэюя])[ае](?:мын|мин)$|^(.*[аеоуы])й(?:мын|мин)$/u;
/** The 1st person singular possessive + a case: құжат-ым-ды, бала-м-а, диплом-ым-ның. */
const FIRST_PERSON = /^(.*[^аеиоуыэюя])[ыи]м(?:ды|ди|нын|нин|а|е|да|де|нан|нен|мен)$|^(.*[аеоуыэюя])м(?:ды|ди|нын|нин|а|е|да|де|нан|нен|мен)$/u;
/**
 * The past -ды/-ді after a passive -ыл/-іл/-л/-ын/-ін/-н (тіркелді, жазылды, алынды, төленді): after a
 * consonant -ды is also the accusative (ауылды), so the stemmer does not cut the voice there; the verb's
 * key is added instead, when at least three letters are left (ауылды gives no ау).
 */
const PASSIVE_PAST =
  /^(.*[^аеиоуыэюя])[ыи]л(?:ды|ди)(?:м|к|ныз|низ)?$|^(.{2,}[аеоуэюя])л(?:ды|ди)(?:м|к|ныз|низ)?$|^(.+л)[ыи]н(?:ды|ди)(?:м|к|ныз|низ)?$|^(.+л[аеоуы])н(?:ды|ди)(?:м|к|ныз|низ)?$/u;
/**
 * The past of a verb in -ла/-ле/-да/-де/-та/-те (шектеді = шекте + ді) reads
 * like the present -еді of a shorter root (шект + еді), and the stemmer
 * prefers the shorter; VOWEL_FINAL_VERBS settles only the listed ones. The
 * vowel-final verb is added as a key: its other forms (шектеу, шектейді) reach
 * it. Five letters at least, so that қалады, салады, келеді add no қала, сала.
 */
const DENOMINAL_PAST = /^(.{2,}[^ыи][лдт][ае])(?:ды|ди)(?:м|к|ныз|низ)?$/u;
/** Whether the lexicon settled the stem (a known root): nothing to second-guess. */
function settled(stem: string): boolean {
  return PROTECTED.has(stem) || VOWEL_VERBS.has(stem);
}

/**
 * The index keys of a folded word: its stem and, where the word may end in
 * the possessive -ы/-і after a consonant (+ a case), the stem of what stands
 * before it. There the possessive competes with suffixes ending in the same
 * letters (-ны, -сы, -атын, -сын), and only a dictionary could tell Отаны
 * (Отан + ы) from баланы (бала + ны), or азаматын (азамат + ы + н) from
 * айтатын (айт + атын): both readings are indexed rather than one guessed,
 * unless the lexicon knows the root (kazakh-lexicon.ts). The present tense
 * with a personal ending (аласыз, тапсырамын) adds the verb's stem the
 * same way.
 *
 * `query` adds the 1st person singular, possessive (құжатымды, баламды) and
 * verbal (аламын): people write it in questions, documents hardly ever do,
 * and its letters end many roots (бөлім, білім, мерзімін), so only queries
 * read it.
 */
export function kazakhKeys(folded: string, query = false): string[] {
  const stem = stemFolded(folded);
  // Nothing to second-guess when the stemmer kept the word whole (Алматы).
  if (stem === folded || settled(stem)) return [stem];
  const keys = [stem];
  const add = (before: string | undefined, minLength: number) => {
    if (before === undefined || before.length < minLength || !VOWELS.test(before)) return;
    const other = stemFolded(before);
    if (!keys.includes(other)) keys.push(other);
  };
  for (const ending of AFTER_POSSESSIVE) {
    if (!folded.endsWith(ending)) continue;
    const before = folded.slice(0, folded.length - ending.length - 1);
    const vowel = folded[before.length];
    // After д no root ends; after a vowel the possessive is -сы, already read by the stemmer.
    if ((vowel !== 'ы' && vowel !== 'и') || before.endsWith('д')) continue;
    if (soundClass(before.at(-1)) === 'A' || soundClass(before.at(-1)) === 'I') continue;
    add(before, 2);
  }
  const passive = PASSIVE_PAST.exec(folded);
  if (passive) add(passive[1] ?? passive[2] ?? passive[3] ?? passive[4], 3);
  add(DENOMINAL_PAST.exec(folded)?.[1], 5);
  const present = PRESENT_SECOND.exec(folded) ?? (query ? PRESENT_FIRST : PRESENT_FIRST_AFTER_A_OR_E).exec(folded);
  if (present) add(present[1] ?? present[2], 2);
  // Four letters at least: shorter "roots" left by -ым are mostly nouns in -ым (бөлім → бөл).
  const first = query ? FIRST_PERSON.exec(folded) : null;
  if (first) add(first[1] ?? first[2], 4);
  return keys;
}
