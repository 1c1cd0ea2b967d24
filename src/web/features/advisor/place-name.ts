import type { PlaceName } from '../../../server/modules/settlements/settlements.schema';
import type { Language } from '../../app/i18n';

/** A place's name in the reading language; English is the Latin transliteration where no English name exists. */
export const placeName = (name: PlaceName, language: Language) => name[language] || name.kk;

/** Where a ranked settlement lies: its district, then its region when the region's name is known. */
export function districtAndRegion(item: { districtName: PlaceName; regionKato: string }, regionNames: Map<string, string>, language: Language): string {
  const region = regionNames.get(item.regionKato);
  return region ? `${placeName(item.districtName, language)}, ${region}` : placeName(item.districtName, language);
}
