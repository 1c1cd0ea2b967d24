/**
 * The guide: progress read from and written to the address and the browser,
 * the next step, every step's text in three languages, and every article it
 * points to published in each of them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dictionaries, languages } from '../../../../lib/i18n';
import { readContentArticles, seedKnowledgeBase } from '../../../../server/modules/knowledge';
import { createTestApp, type TestApp } from '../../../../server/platform/testing';
import { doneFromHash, hashFor, loadStoredDone, nextStep, normaliseDone, progressStorageKey, storeDone } from './guide-progress';
import { guideSteps, stepParts } from './guide-steps';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('guide progress', () => {
  it('reads a shared fragment: known steps only, in the journey order, each once', () => {
    assert.deepEqual(doneFromHash('#done=status,iin'), ['iin', 'status']);
    assert.deepEqual(doneFromHash('#done=iin,%20status,bogus,iin,'), ['iin', 'status']);
    assert.deepEqual(doneFromHash('#done='), []);
    assert.equal(doneFromHash(''), null, 'no fragment says nothing about progress');
    assert.equal(doneFromHash('#step-iin'), null);
    const all = guideSteps.map((s) => s.id);
    assert.deepEqual(doneFromHash(hashFor(all)), all);
    assert.equal(hashFor(['iin', 'status']), '#done=iin,status');
  });

  it('points at the first step not done, even when later ones are ticked', () => {
    assert.equal(nextStep([]), 'before');
    assert.equal(nextStep(['before', 'iin']), 'status');
    assert.equal(nextStep(normaliseDone(['before', 'status', 'citizenship'])), 'iin');
    assert.equal(nextStep(guideSteps.map((s) => s.id)), null);
  });

  it('keeps progress in storage and survives what another version or a person left there', () => {
    const storage = memoryStorage();
    storeDone(['iin', 'stay'], storage);
    assert.deepEqual(JSON.parse(storage.items.get(progressStorageKey)!), ['iin', 'stay']);
    assert.deepEqual(loadStoredDone(storage), ['iin', 'stay']);
    assert.deepEqual(loadStoredDone(memoryStorage({ [progressStorageKey]: '{not json' })), []);
    assert.deepEqual(loadStoredDone(memoryStorage({ [progressStorageKey]: '["quota", 3, "gone", "before"]' })), ['before', 'quota']);
    assert.deepEqual(loadStoredDone(memoryStorage()), []);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    assert.doesNotThrow(() => storeDone(['iin'], full));
  });

  it('tells every step in Kazakh, Russian and English', () => {
    for (const language of languages) {
      const steps = (dictionaries[language] as unknown as { guide: { steps: Record<string, Record<string, string>> } }).guide.steps;
      assert.deepEqual(Object.keys(steps).sort(), guideSteps.map((s) => s.id).sort(), language);
      for (const step of guideSteps) {
        for (const part of ['title', ...stepParts]) assert.ok(steps[step.id]?.[part]?.trim(), `${language}: guide.steps.${step.id}.${part}`);
      }
    }
  });
});

describe('guide articles', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedKnowledgeBase(t.database.db, readContentArticles());
  });
  after(async () => t.close());

  it('names only articles published in every language, found by key in the categories', async () => {
    const keys = new Set(guideSteps.flatMap((s) => s.articles));
    for (const lang of languages) {
      const res = await t.client().get(`/api/v1/kb/categories?lang=${lang}`);
      assert.equal(res.status, 200);
      const published = new Map<string, string>(
        (res.body.items as Array<{ articles: Array<{ key: string; slug: string }> }>).flatMap((c) => c.articles.map((a) => [a.key, a.slug] as [string, string])),
      );
      const missing = [...keys].filter((key) => !published.get(key));
      assert.deepEqual(missing, [], `${lang}: guide articles not published`);
    }
  });
});
