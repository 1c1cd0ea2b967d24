import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { doneFromHash, hashFor, loadStoredDone, normaliseDone, storeDone } from './guide-progress';
import type { GuideStepId } from './guide-steps';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The ticked steps. A shared link (#done=…) wins over what this browser
 * remembered, since the reader opened it to see that progress; after that
 * every change is remembered and mirrored in the address, which is then
 * always the link to share.
 */
export function useGuideProgress() {
  const location = useLocation();
  const navigate = useNavigate();
  const [done, setDone] = useState<GuideStepId[]>(() => doneFromHash(location.hash) ?? loadStoredDone());

  // A link opened while the guide is already on screen (the fragment changed).
  useEffect(() => {
    const shared = doneFromHash(location.hash);
    if (shared) setDone((current) => (same(current, shared) ? current : shared));
  }, [location.hash]);

  useEffect(() => {
    storeDone(done);
    const hash = done.length ? hashFor(done) : '';
    if (location.hash !== hash && !(hash === '' && location.hash === '#done=')) navigate({ hash }, { replace: true, preventScrollReset: true });
    // The address follows the progress, not the other way round: location is read here, not watched.
  }, [done]);

  const toggle = useCallback((id: GuideStepId, checked: boolean) => {
    setDone((current) => normaliseDone(checked ? [...current, id] : current.filter((v) => v !== id)));
  }, []);
  const reset = useCallback(() => setDone([]), []);
  return { done, toggle, reset };
}
