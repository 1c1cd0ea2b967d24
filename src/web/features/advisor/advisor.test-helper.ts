import type { SettlementCardDto } from '../../../server/modules/settlements/settlements.schema';

/** A settlement's card for the advisor's tests: a village with a few demo values, changed by `patch`. */
export function card(kato: string, patch: Partial<SettlementCardDto> = {}): SettlementCardDto {
  const name = { kk: `Ауыл ${kato}`, ru: `Село ${kato}`, en: `Auyl ${kato}` };
  const value = (v: number, demo = false) => ({ value: v, year: 2022, source: demo ? 'demo' : 'BNS', demo });
  return {
    kato,
    name,
    kind: 'village',
    regionKato: '190000000',
    regionName: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
    districtKato: '194000000',
    districtName: { kk: 'Талғар ауданы', ru: 'Талгарский район', en: 'Talgar District' },
    population: 1200,
    lat: 43.3,
    lon: 77.2,
    okrugKato: null,
    okrugName: null,
    coordinatesSource: 'osm',
    populationSource: 'osm',
    isDistrictCentre: false,
    districtCentre: null,
    districtCentreKm: 12,
    regionalCentreKm: 80,
    indicators: { school: value(1, true), internet: value(2, true), kindergarten: value(0, true) },
    regionIndicators: { wage: value(300_000), population: value(1_500_000), medicalInstitutions: value(300) },
    hasDemoValues: true,
    ...patch,
  };
}
