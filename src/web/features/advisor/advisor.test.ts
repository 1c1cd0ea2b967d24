/**
 * The advisor's pure parts: the state in the address, the wizard's choices,
 * a score taken apart, the comparison's best values, the shortlist and the
 * settlements ticked for comparing, the appeal it starts, the income chart and the map's points.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DIMENSIONS, MUST_HAVES, NORMALISATIONS, PRESETS, RANKING_METHODS, type DimensionWeights } from '../../../lib/contracts/settlements';
import { createI18n } from '../../../lib/i18n';
import type { SettlementCardDto, SettlementPointsDto, ShortlistDto } from '../../../server/modules/settlements/settlements.schema';
import { decodeAdvisorState, defaultAdvisorState, encodeAdvisorState, PRESET_KEYS, toRankRequest, type AdvisorState } from './advisor-url';
import { bestColumns, explainScore, rankAmong, roundPoints, shareOfMax } from './explanation';
import { compareRows, criterionCell, missingMustHaves } from './indicators';
import { districtBestScores, rankingMapPoints } from './ranking/map-input';
import { chartGeometry, niceStep } from './region/income-chart';
import { compareHint, comparePath, noCompareChoice, reconcileCompareChoice, toggleCompareChoice, type CompareChoice } from './shortlist/compare-choice';
import { shortlistAppealMessage } from './shortlist/shortlist-appeal';
import { compareCodes, maxCompare, maxShortlist, parseShortlist, toggleCode } from './shortlist/shortlist-store';
import { emptyWizardAnswers, wizardToState, type WizardAnswers } from './wizard-answers';

const weightsArb = fc.tuple(...DIMENSIONS.map(() => fc.integer({ min: 0, max: 5 }))).map(
  (values) => Object.fromEntries(DIMENSIONS.map((d, i) => [d, values[i]])) as DimensionWeights,
);
const katoArb = fc.stringMatching(/^\d{9}$/);

/** Any state the page can reach: a preset is named only while the weights are exactly its own. */
const stateArb: fc.Arbitrary<AdvisorState> = fc
  .record({
    presetOrWeights: fc.oneof(fc.constantFrom(...PRESET_KEYS).map((preset) => ({ preset })), weightsArb.map((weights) => ({ weights }))),
    mustHave: fc.subarray([...MUST_HAVES]),
    maxKm: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
    regions: fc.uniqueArray(katoArb, { maxLength: 5 }),
    method: fc.constantFrom(...RANKING_METHODS),
    normalisation: fc.constantFrom(...NORMALISATIONS),
    robustness: fc.boolean(),
  })
  .map(({ presetOrWeights, ...rest }) => {
    if ('preset' in presetOrWeights) return { ...rest, preset: presetOrWeights.preset, weights: { ...PRESETS[presetOrWeights.preset] } };
    const { weights } = presetOrWeights;
    const preset = PRESET_KEYS.find((key) => DIMENSIONS.every((d) => PRESETS[key][d] === weights[d])) ?? null;
    return { ...rest, preset, weights };
  });

describe('advisor state in the address', () => {
  it('comes back the same from its own link, for any state', () => {
    fc.assert(fc.property(stateArb, (state) => assert.deepEqual(decodeAdvisorState(encodeAdvisorState(state)), state)));
  });

  it('writes the short, readable form', () => {
    const state: AdvisorState = {
      ...defaultAdvisorState(),
      preset: null,
      weights: { work: 3, housing: 4, education: 5, health: 4, infrastructure: 3, distance: 1 },
      mustHave: ['clinic', 'school'],
      maxKm: 50,
      regions: ['190000000', '350000000'],
    };
    assert.equal(encodeAdvisorState(state), '?w=3.4.5.4.3.1&m=school.clinic&km=50&r=190000000.350000000');
    assert.equal(encodeAdvisorState(defaultAdvisorState()), '?p=familyWithChildren&w=3.4.5.4.3.2');
  });

  it('gives the defaults for an empty address', () => {
    assert.deepEqual(decodeAdvisorState(''), defaultAdvisorState());
  });

  it('ignores what it cannot read and keeps the rest', () => {
    const state = decodeAdvisorState('?p=astronaut&w=9.9.9.9.9.9&m=school.pool.school.gas&km=-4&r=12.190000000.190000000&method=magic&n=zz&rob=yes');
    assert.deepEqual(state, { ...defaultAdvisorState(), mustHave: ['school', 'gas'], regions: ['190000000'] });
    assert.deepEqual(decodeAdvisorState('?w=1.2.3').weights, defaultAdvisorState().weights, 'too few weights');
    assert.deepEqual(decodeAdvisorState('?w=1.2.3.4.5.2.5').weights, defaultAdvisorState().weights, 'too many weights');
    assert.deepEqual(decodeAdvisorState('?w=1.2.3.4.5.x').weights, defaultAdvisorState().weights, 'not a number');
    assert.deepEqual(decodeAdvisorState('?w=1.2.3.4.5.2.5&p=retiree').weights, PRESETS.retiree, 'a bad w falls back to the named preset');
    assert.equal(decodeAdvisorState('?km=5000').maxKm, null);
    assert.equal(decodeAdvisorState('?km=2.5').maxKm, null);
  });

  it('names a preset only while the weights are its own', () => {
    assert.equal(decodeAdvisorState('?p=farmer').preset, 'farmer');
    assert.deepEqual(decodeAdvisorState('?p=farmer').weights, PRESETS.farmer);
    assert.equal(decodeAdvisorState('?p=farmer&w=5.5.5.5.5.5').preset, null);
    assert.equal(decodeAdvisorState('?w=0.3.0.5.4.4').preset, 'retiree', 'weights that are a preset are that preset');
  });

  it('asks the server for exactly the state', () => {
    const state = decodeAdvisorState('?w=1.2.3.4.5.0&m=gas&km=25&r=190000000&method=topsis&n=zscore&rob=1');
    assert.deepEqual(toRankRequest(state, { limit: 10, includeScores: true }), {
      weights: { work: 1, housing: 2, education: 3, health: 4, infrastructure: 5, distance: 0 },
      filters: { mustHave: ['gas'], regions: ['190000000'], maxDistrictCentreKm: 25 },
      method: 'topsis',
      normalisation: 'zscore',
      robustness: true,
      limit: 10,
      includeScores: true,
    });
    const plain = toRankRequest(defaultAdvisorState(), { limit: 5 });
    assert.deepEqual(plain.filters, { mustHave: [] }, 'no region or distance filter unless chosen');
    assert.equal('robustness' in plain, false);
  });
});

describe('wizard', () => {
  const answers = (patch: Partial<WizardAnswers>): WizardAnswers => ({ ...emptyWizardAnswers(), ...patch });

  it('asks for a kindergarten for a small child and a school in the chosen language for a pupil', () => {
    assert.deepEqual(wizardToState(answers({ childrenAges: [3] })).mustHave, ['kindergarten']);
    assert.deepEqual(wizardToState(answers({ childrenAges: [10], schoolLanguage: 'kk' })).mustHave, ['school', 'schoolKazakh']);
    assert.deepEqual(wizardToState(answers({ childrenAges: [10], schoolLanguage: 'ru' })).mustHave, ['school', 'schoolRussian']);
    assert.deepEqual(wizardToState(answers({ childrenAges: [16, 2], schoolLanguage: 'any' })).mustHave, ['school', 'kindergarten']);
    assert.deepEqual(wizardToState(answers({ childrenAges: [6] })).mustHave, ['school', 'kindergarten'], 'six is both');
    assert.deepEqual(wizardToState(answers({ childrenAges: [0] })).mustHave, [], 'a baby needs neither yet');
    assert.deepEqual(wizardToState(answers({ childrenAges: [], schoolLanguage: 'kk' })).mustHave, [], 'no pupil, no school language');
  });

  it('starts from the preset that fits the family', () => {
    assert.deepEqual(wizardToState(answers({ profession: 'agriculture' })).weights, { ...PRESETS.farmer, work: 3 });
    const retired = wizardToState(answers({ profession: 'retired' }));
    assert.equal(retired.preset, 'retiree');
    assert.deepEqual(retired.weights, PRESETS.retiree);
    assert.equal(wizardToState(answers({ profession: 'education', childrenAges: [8] })).preset, 'familyWithChildren');
    assert.equal(wizardToState(answers({ profession: 'services' })).preset, 'youngSpecialist');
  });

  it('raises what the answers say matters and never lowers a weight', () => {
    const state = wizardToState(answers({ profession: 'retired', needs: ['clinic', 'gas', 'housing'], familySize: 2 }));
    assert.deepEqual(state.mustHave, ['clinic', 'gas']);
    assert.equal(state.weights.housing, 5);
    assert.equal(state.weights.health, 5, 'already 5 for a retiree');
    assert.equal(state.weights.work, 0, 'a retiree is not looking for work');
    const it = wizardToState(answers({ profession: 'it' }));
    assert.ok(it.mustHave.includes('internet'));
    assert.equal(it.weights.infrastructure, 5);
    assert.equal(wizardToState(answers({ familySize: 6 })).weights.housing, 5, 'a big family needs room');
    for (const profession of ['agriculture', 'education', 'health', 'industry', 'services', 'it', 'other', 'retired'] as const) {
      const base = wizardToState(answers({ profession, childrenAges: [9] }));
      const more = wizardToState(answers({ profession, childrenAges: [3, 9], familySize: 6, needs: ['clinic', 'gas', 'internet', 'housing'] }));
      for (const d of DIMENSIONS) assert.ok(more.weights[d] >= base.weights[d] && more.weights[d] <= 5, `${profession} ${d}`);
    }
  });

  it('carries the regions and opens a state the address keeps', () => {
    const state = wizardToState(answers({ regions: ['190000000', '190000000', '350000000'], childrenAges: [12], schoolLanguage: 'kk' }));
    assert.deepEqual(state.regions, ['190000000', '350000000']);
    assert.deepEqual(decodeAdvisorState(encodeAdvisorState(state)), state);
  });
});

describe('a score explained', () => {
  const weights = { school: 0.25, kindergarten: 0.05, clinic: 0.2, wage: 0.5 };
  const item = { contributions: { school: 6.2, kindergarten: 5, clinic: 0, wage: 30 }, unknown: ['clinic' as const], demo: ['school' as const] };

  it('gives each weighed criterion its points against 100 × its weight, grouped by dimension', () => {
    const groups = explainScore(item, weights);
    assert.deepEqual(groups.map((g) => g.dimension), ['work', 'education', 'health'], 'in the order of the dimensions, unweighed ones left out');
    const education = groups.find((g) => g.dimension === 'education')!;
    assert.deepEqual(education.criteria.map((c) => [c.key, c.points, c.max, c.demo, c.unknown]), [
      ['school', 6.2, 25, true, false],
      ['kindergarten', 5, 5, false, false],
    ]);
    assert.equal(roundPoints(education.points), 11.2);
    assert.equal(education.max, 30);
    const health = groups.find((g) => g.dimension === 'health')!;
    assert.deepEqual(health.criteria[0], { key: 'clinic', points: 0, max: 20, unknown: true, demo: false });
    const total = groups.reduce((sum, g) => sum + g.points, 0);
    assert.equal(roundPoints(total), 41.2, 'the parts add up to the weighted score');
    assert.equal(groups.reduce((sum, g) => sum + g.max, 0), 100);
  });

  it('reads "6.2 of 25 points for school" in each language', () => {
    const line = explainScore(item, weights).find((g) => g.dimension === 'education')!.criteria[0]!;
    const say = (language: 'kk' | 'ru' | 'en') => {
      const t = createI18n(language).t;
      return t('advisor.explain.line', { points: String(roundPoints(line.points)), max: String(line.max), criterion: t(`advisor.indicators.${line.key}`) });
    };
    assert.equal(say('en'), 'School: 6.2 of 25 points');
    assert.equal(say('ru'), 'Школа: 6.2 из 25 баллов');
    assert.equal(say('kk'), 'Мектеп: 25 ұпайдың 6.2 ұпайы');
  });

  it('rounds points to one decimal and keeps bars within 0–100', () => {
    assert.equal(roundPoints(6.249), 6.2);
    assert.equal(roundPoints(24.96), 25);
    assert.equal(shareOfMax(5, 20), 25);
    assert.equal(shareOfMax(30, 20), 100);
    assert.equal(shareOfMax(3, 0), 0);
  });

  it("finds a settlement's place among every candidate", () => {
    const scores = { a: 50, b: 70, c: 50, d: 10 };
    assert.deepEqual(rankAmong(scores, 'b'), { rank: 1, of: 4 });
    assert.deepEqual(rankAmong(scores, 'c'), { rank: 2, of: 4 }, 'ties share a place');
    assert.deepEqual(rankAmong(scores, 'd'), { rank: 4, of: 4 });
    assert.equal(rankAmong(scores, 'z'), null, 'filtered out');
    assert.equal(rankAmong(undefined, 'a'), null);
  });
});

function card(kato: string, patch: Partial<SettlementCardDto> = {}): SettlementCardDto {
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

describe('comparison', () => {
  it('marks the best value by the direction of the row, ties all, unknowns never', () => {
    assert.deepEqual(bestColumns([3, 7, 7, null], 'higher'), [1, 2]);
    assert.deepEqual(bestColumns([12, 4, null], 'lower'), [1]);
    assert.deepEqual(bestColumns([null, 5], 'higher'), [1], 'the only known value is the best known');
    assert.deepEqual(bestColumns([1, 1, 1], 'higher'), [], 'nothing tells them apart');
    assert.deepEqual(bestColumns([null, null], 'lower'), []);
  });

  it('takes each criterion from the right part of the card', () => {
    const a = card('191000001');
    assert.deepEqual(criterionCell(a, 'districtCentreKm'), { value: 12, demo: false, year: null, source: null });
    assert.equal(criterionCell(a, 'wage').value, 300_000);
    assert.equal(criterionCell(a, 'medicalInstitutionsPer100k').value, 20, '300 per 1.5 million is 20 per 100,000');
    assert.equal(criterionCell(a, 'school').demo, true, 'demo stays demo');
    assert.equal(criterionCell(a, 'gas').value, null, 'missing is unknown, not zero');
    const rows = compareRows([a, card('191000002', { districtCentreKm: 4 })]);
    const distance = rows.find((r) => r.key === 'districtCentreKm')!;
    assert.deepEqual(bestColumns(distance.cells.map((c) => c.value), distance.direction), [1]);
    assert.ok(rows.some((r) => r.key === 'schoolKazakh') && rows.some((r) => r.key === 'schoolRussian'));
  });

  it('says which must-haves a settlement lacks; internet counts from 4G', () => {
    const a = card('191000001');
    assert.deepEqual(missingMustHaves(a, ['school', 'kindergarten', 'gas', 'internet']), ['kindergarten', 'gas']);
    const slow = card('191000003', { indicators: { internet: { value: 1, year: null, source: 'x', demo: false } } });
    assert.deepEqual(missingMustHaves(slow, ['internet']), ['internet']);
  });
});

describe('shortlist', () => {
  it('reads only KATO codes, each once, from stored text', () => {
    assert.deepEqual(parseShortlist('["191000001","x","191000001",5,"19100000"]'), ['191000001']);
    assert.deepEqual(parseShortlist('not json'), []);
    assert.deepEqual(parseShortlist('{"a":1}'), []);
    assert.deepEqual(parseShortlist(null), []);
    const many = Array.from({ length: 30 }, (_, i) => String(191000000 + i));
    assert.equal(parseShortlist(JSON.stringify(many)).length, maxShortlist);
  });

  it('adds and removes, and a full list takes no more', () => {
    assert.deepEqual(toggleCode(['191000001'], '191000002'), ['191000001', '191000002']);
    assert.deepEqual(toggleCode(['191000001', '191000002'], '191000001'), ['191000002']);
    const full = Array.from({ length: maxShortlist }, (_, i) => String(191000000 + i));
    assert.deepEqual(toggleCode(full, '199999999'), full);
  });

  it('compares at most four settlements from the address', () => {
    assert.deepEqual(compareCodes('191000001.191000002.bad.191000001'), ['191000001', '191000002']);
    assert.equal(compareCodes('191000001.191000002.191000003.191000004.191000005').length, 4);
    assert.deepEqual(compareCodes(null), []);
  });

  const codesOf = (n: number) => Array.from({ length: n }, (_, i) => String(191000001 + i));

  it('ticks the first four for comparing by default, and both of a list of two', () => {
    const six = codesOf(6);
    assert.deepEqual(reconcileCompareChoice(noCompareChoice, six).chosen, six.slice(0, 4));
    assert.deepEqual(reconcileCompareChoice(noCompareChoice, six.slice(0, 2)).chosen, six.slice(0, 2));
    assert.deepEqual(reconcileCompareChoice(noCompareChoice, []).chosen, []);
  });

  it('keeps the ticks and unticks as the list changes; a new settlement comes ticked while there is room', () => {
    const [a, b, c, d, e, f] = codesOf(6) as [string, string, string, string, string, string];
    let choice = toggleCompareChoice(reconcileCompareChoice(noCompareChoice, [a, b, c]), b);
    assert.deepEqual(choice.chosen, [a, c]);
    choice = reconcileCompareChoice(choice, [a, b, c, d]);
    assert.deepEqual(choice.chosen, [a, c, d], 'b stays unticked, d is new and ticked');
    choice = reconcileCompareChoice(choice, [a, b, c, d, e, f]);
    assert.deepEqual(choice.chosen, [a, c, d, e], 'e fills the fourth place, f finds no room');
    choice = reconcileCompareChoice(choice, [b, c, d, e, f]);
    assert.deepEqual(choice.chosen, [c, d, e], 'a removed from the list');
    assert.deepEqual(reconcileCompareChoice(choice, [b, c, d, e, f]), choice, 'the same list changes nothing');
  });

  it('refuses a fifth tick, ticks in the order of the list, ignores a settlement not in it', () => {
    const six = codesOf(6);
    const full = reconcileCompareChoice(noCompareChoice, six);
    assert.equal(toggleCompareChoice(full, six[4]!), full);
    const three = toggleCompareChoice(full, six[1]!);
    assert.deepEqual(three.chosen, [six[0], six[2], six[3]]);
    assert.deepEqual(toggleCompareChoice(three, six[5]!).chosen, [six[0], six[2], six[3], six[5]]);
    assert.deepEqual(toggleCompareChoice(three, six[1]!).chosen, [six[0], six[1], six[2], six[3]]);
    assert.equal(toggleCompareChoice(three, '199999999'), three);
  });

  it('asks for two ticks, says when four are the most, and is silent otherwise', () => {
    const six = codesOf(6);
    const full = reconcileCompareChoice(noCompareChoice, six);
    assert.equal(compareHint(full), 'full');
    assert.equal(compareHint(reconcileCompareChoice(noCompareChoice, six.slice(0, 4))), null, 'four of four: nothing else to tick');
    assert.equal(compareHint(toggleCompareChoice(full, six[0]!)), null);
    assert.equal(compareHint(reconcileCompareChoice(noCompareChoice, six.slice(0, 1))), 'needTwo');
    const two = reconcileCompareChoice(noCompareChoice, six.slice(0, 2));
    assert.equal(compareHint(two), null);
    assert.equal(compareHint(toggleCompareChoice(two, six[0]!)), 'needTwo');
  });

  it('ticks stay within the list, in its order, at most four, whatever the family does', () => {
    const pool = codesOf(8);
    const step = fc.oneof(
      fc.subarray(pool).map((list) => ({ list })),
      fc.constantFrom(...pool).map((tick) => ({ tick })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let choice: CompareChoice = noCompareChoice;
        for (const s of steps) choice = 'list' in s ? reconcileCompareChoice(choice, s.list) : toggleCompareChoice(choice, s.tick);
        assert.ok(choice.chosen.length <= maxCompare);
        assert.deepEqual(choice.chosen, choice.known.filter((code) => choice.chosen.includes(code)));
      }),
    );
  });

  it('opens the comparison of the ticked settlements with the ranking kept', () => {
    assert.equal(comparePath(['191000001', '191000003'], '?p=farmer&km=50'), '/advisor/compare?p=farmer&km=50&k=191000001.191000003');
    assert.deepEqual(compareCodes(new URL(comparePath(codesOf(5), ''), 'https://x').searchParams.get('k')), codesOf(4));
  });

  it('starts an appeal that names the places, their regions and the list, in the reader\'s language', () => {
    const item = (kato: string, regionKato: string, region: string) => ({
      ...card(kato),
      regionKato,
      regionName: { kk: region, ru: region, en: region },
    });
    const shortlist: ShortlistDto = {
      id: '5f0c2a4e-1111-4222-8333-444455556666',
      items: [item('191000001', '190000000', 'Алматы'), item('191000002', '190000000', 'Алматы'), item('351000001', '350000000', 'Қостанай')],
      rankingQuery: '?p=farmer',
      createdAt: '2026-01-01T00:00:00Z',
    };
    const ru = shortlistAppealMessage(shortlist, { t: createI18n('ru').t, language: 'ru', origin: 'https://otandas.kz' });
    assert.equal(
      ru,
      [
        'Мы хотим переехать в один из этих населённых пунктов:',
        '• Село 191000001 (Талгарский район)',
        '• Село 191000002 (Талгарский район)',
        '• Село 351000001 (Талгарский район)',
        'Какая помощь при переезде есть в этих регионах (Алматы, Қостанай)?',
        'Список: https://otandas.kz/advisor/shortlist/5f0c2a4e-1111-4222-8333-444455556666',
      ].join('\n'),
    );
    const one = shortlistAppealMessage({ ...shortlist, items: shortlist.items.slice(0, 1) }, { t: createI18n('kk').t, language: 'kk', origin: '' });
    assert.match(one, /^Біз мына елді мекенге көшкіміз келеді:\n• Ауыл 191000001 \(Талғар ауданы\)\nАлматы бойынша/);
    assert.ok(one.length >= 10, 'long enough for the appeal form');
  });
});

describe('income chart', () => {
  it('picks round steps', () => {
    assert.equal(niceStep(95_000, 4), 50_000);
    assert.equal(niceStep(180, 4), 50);
    assert.equal(niceStep(0, 4), 1);
  });

  it('puts both series on one axis from zero, spanning every year', () => {
    const frame = { width: 200, height: 120, left: 0, right: 0, top: 0, bottom: 20 };
    const g = chartGeometry(
      [
        [{ year: 2000, value: 50 }, { year: 2020, value: 100 }],
        [{ year: 2010, value: 80 }],
      ],
      frame,
    );
    assert.equal(g.yMax, 100);
    assert.deepEqual(g.years.map((y) => [y.year, y.x]), [[2000, 0], [2010, 100], [2020, 200]]);
    assert.equal(g.paths[0], 'M0 50L200 0');
    assert.equal(g.paths[1], 'M100 20');
    assert.equal(g.ticks[0]!.y, 100, 'zero sits on the bottom of the plot');
    assert.deepEqual(chartGeometry([[]], frame).paths, ['']);
  });
});

describe('map points', () => {
  it('gives every catalogue settlement its score and, for the listed ones, its rank', () => {
    const points: SettlementPointsDto = {
      codes: ['191000001', '191000002', '191000003'],
      lat: [43, 44, 45],
      lon: [77, 78, 79],
      nameKk: ['Бір', 'Екі', 'Үш'],
      nameRu: ['Один', 'Два', ''],
      nameEn: ['Bir', 'Eki', 'Ush'],
      approximate: [false, true, false],
    };
    const result = rankingMapPoints(points, { '191000001': 80, '191000002': 40 }, [{ kato: '191000001', rank: 1 }], 'ru');
    assert.deepEqual(result, [
      { kato: '191000001', lat: 43, lon: 77, label: 'Один', score: 80, rank: 1, approximate: false },
      { kato: '191000002', lat: 44, lon: 78, label: 'Два', score: 40, rank: null, approximate: true },
      { kato: '191000003', lat: 45, lon: 79, label: 'Үш', score: null, rank: null, approximate: false },
    ]);
  });
});

describe('districts on the map', () => {
  it('a district takes the score of its best candidate; one without candidates has none', () => {
    const best = districtBestScores({ '111010000': 62.5, '111030100': 70.1, '113230100': 40, '113250100': 48.2, '551010000': 55 });
    assert.deepEqual(best, { '111000000': 70.1, '113200000': 48.2, '551000000': 55 });
    assert.deepEqual(districtBestScores(undefined), {});
  });
});
