import type { LocalizedText } from '../../../lib/contracts/localized';

/** The steps of the journey, in order; every article belongs to one. */
export const journeyCategories: Array<{ code: string; name: LocalizedText }> = [
  { code: 'before-moving', name: { kk: 'Көшуге дейін', ru: 'До переезда', en: 'Before moving' } },
  { code: 'arrival-and-status', name: { kk: 'Келу және қандас мәртебесі', ru: 'Приезд и статус кандаса', en: 'Arrival and kandas status' } },
  { code: 'residence-and-citizenship', name: { kk: 'Ықтиярхат және азаматтық', ru: 'Вид на жительство и гражданство', en: 'Residence permit and citizenship' } },
  { code: 'regional-quota-and-aid', name: { kk: 'Өңірлік квота және көмек', ru: 'Региональная квота и помощь', en: 'Regional quota and aid' } },
  { code: 'settling-in', name: { kk: 'Орнығу: жұмыс, баспана, білім', ru: 'Обустройство: работа, жильё, учёба', en: 'Settling in: jobs, housing, schooling' } },
];
