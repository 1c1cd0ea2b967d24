/**
 * The advisor's state: what the address carries, and what the wizard's answers make of it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DIMENSIONS, MUST_HAVES, NORMALISATIONS, PRESETS, RANKING_METHODS, type DimensionWeights } from '../../../lib/contracts/settlements';
import { decodeAdvisorState, defaultAdvisorState, encodeAdvisorState, PRESET_KEYS, toRankRequest, type AdvisorState } from './advisor-url';
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
