/** Place names as the advisor shows them. */
import { cyrillicToLatin } from '../../../lib/text/transliteration';
import { stripTypeAbbreviations } from '../kato';
import type { PlaceName } from './settlements.schema';

/**
 * A unit's name as the advisor shows it: without the classifier's type
 * abbreviations (с., а., Г.А. …), which the card says in words, and in Latin
 * script for English.
 */
export function placeNameOf(u: { nameKk: string; nameRu: string }): PlaceName {
  const kk = withoutTypeAbbreviation(u.nameKk);
  return { kk, ru: withoutTypeAbbreviation(u.nameRu), en: cyrillicToLatin(kk) };
}

/** Kazakh names carry the abbreviation after the name ("Көкшетау қ.", "Семей Қ.Ә."), Russian ones mostly before. */
function withoutTypeAbbreviation(name: string): string {
  return stripTypeAbbreviations(name)
    .replace(/\s+(?:а|қ|к|а\.о|қ\.ә|к\.ә|с\.о|г\.а|п\.а)\.$/iu, '')
    .trim();
}
