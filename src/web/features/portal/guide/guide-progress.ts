import { guideSteps, isGuideStepId, type GuideStepId } from './guide-steps';

/**
 * The reader's progress through the guide, kept without an account: in the
 * browser (localStorage) and in the address (#done=iin,status), so it can be
 * sent to a relative or opened on another phone.
 */
export const progressStorageKey = 'otandas_guide_done';

/** Known step ids in the journey's order, each once; anything else is dropped. */
export function normaliseDone(values: Iterable<string>): GuideStepId[] {
  const wanted = new Set([...values].map((v) => v.trim()).filter(isGuideStepId));
  return guideSteps.map((step) => step.id).filter((id) => wanted.has(id));
}

/** The steps named in a `#done=…` fragment; null when the fragment says nothing about progress. */
export function doneFromHash(hash: string): GuideStepId[] | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const done = params.get('done');
  return done === null ? null : normaliseDone(done.split(','));
}

/** The fragment for a progress; commas are kept readable rather than percent-encoded. */
export const hashFor = (done: readonly GuideStepId[]) => `#done=${done.join(',')}`;

/** The first step not done yet, or null when the journey is complete. */
export function nextStep(done: readonly GuideStepId[]): GuideStepId | null {
  return guideSteps.find((step) => !done.includes(step.id))?.id ?? null;
}

export function loadStoredDone(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): GuideStepId[] {
  try {
    const raw = storage?.getItem(progressStorageKey);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? normaliseDone(parsed.filter((v): v is string => typeof v === 'string')) : [];
  } catch {
    return [];
  }
}

export function storeDone(done: readonly GuideStepId[], storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(progressStorageKey, JSON.stringify(done));
  } catch {
    // Private mode or a full storage: the address still carries the progress.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
