import type { TFunction } from 'i18next';
import type { ShortlistDto } from '../../../../server/modules/settlements/settlements.schema';
import type { Language } from '../../../app/i18n';
import { placeName } from '../place-name';

/** The address of a saved shortlist, as a link in the appeal. */
export const shortlistPath = (id: string) => `/advisor/shortlist/${encodeURIComponent(id)}`;

/** The appeal form's address, filled from a saved shortlist. */
export const shortlistAppealPath = (id: string) => `/appeal?shortlist=${encodeURIComponent(id)}`;

/**
 * The appeal a shortlist starts: the settlements with their districts, the
 * regions they lie in, the question about aid, and the list's own link so the
 * operator sees exactly what the family chose. The family can edit it before sending.
 */
export function shortlistAppealMessage(shortlist: ShortlistDto, options: { t: TFunction; language: Language; origin: string }): string {
  const { t, language } = options;
  const places = shortlist.items.map((item) =>
    t('advisor.appeal.place', { name: placeName(item.name, language), district: placeName(item.districtName, language) }),
  );
  const regions = [...new Map(shortlist.items.map((item) => [item.regionKato, placeName(item.regionName, language)])).values()];
  return [
    t('advisor.appeal.intro', { count: shortlist.items.length }),
    ...places.map((place) => `• ${place}`),
    t('advisor.appeal.question', { count: regions.length, regions: regions.join(', ') }),
    t('advisor.appeal.link', { link: `${options.origin}${shortlistPath(shortlist.id)}` }),
  ].join('\n');
}
