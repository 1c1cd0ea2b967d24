import { useCallback, useEffect, useRef, useState } from 'react';
import { solveProofOfWork } from '../../../../lib/contracts/proof-of-work';
import { fetchChallenge } from './appeal.api';

export type Proof = { challenge: string; nonce: string };
export type ProofPhase = 'preparing' | 'ready' | 'failed';
type Solved = { proof: Proof | null; expiresAt: number };

/** A challenge this close to its end is renewed before sending, so it cannot expire on the way. */
const renewMarginMs = 60_000;

/**
 * Solves the form's proof of work as soon as the form opens, while the
 * person is still typing, so sending does not wait for it. `fresh()` gives
 * the proof to send, renewing it when it is used up or about to expire.
 */
export function useProofOfWork() {
  const [phase, setPhase] = useState<ProofPhase>('preparing');
  const running = useRef<Promise<Solved> | null>(null);

  const start = useCallback(() => {
    setPhase('preparing');
    const task = (async (): Promise<Solved> => {
      const issued = await fetchChallenge();
      const nonce = issued.bits > 0 ? await solveProofOfWork(issued.challenge, issued.bits) : null;
      return { proof: nonce === null ? null : { challenge: issued.challenge, nonce }, expiresAt: Date.parse(issued.expiresAt) };
    })();
    running.current = task;
    task.then(
      () => running.current === task && setPhase('ready'),
      () => running.current === task && setPhase('failed'),
    );
    return task;
  }, []);

  useEffect(() => {
    if (!running.current) start();
  }, [start]);

  const fresh = useCallback(async (): Promise<Proof | null> => {
    let solved = await (running.current ?? start()).catch(() => start());
    if (solved.expiresAt - Date.now() < renewMarginMs) solved = await start();
    return solved.proof;
  }, [start]);

  return { phase, fresh, renew: start };
}
