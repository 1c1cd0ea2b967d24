/**
 * The shortlist kept while browsing, the settlements ticked for comparing, and the appeal it starts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createI18n } from '../../../../lib/i18n';
import type { ShortlistDto } from '../../../../server/modules/settlements/settlements.schema';
import { compareHint, comparePath, noCompareChoice, reconcileCompareChoice, toggleCompareChoice, type CompareChoice } from './compare-choice';
import { shortlistAppealMessage } from './shortlist-appeal';
import { compareCodes, maxCompare, maxShortlist, parseShortlist, toggleCode } from './shortlist-store';
import { card } from '../advisor.test-helper';

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
