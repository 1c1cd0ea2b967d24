import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { leadingZeroBits } from '../../../lib/contracts/proof-of-work';

/**
 * Challenges are stateless: the server signs "bits.issuedAt.random" and
 * checks the signature and age on return. A solved challenge is remembered
 * until it expires, so one solution files one appeal. It is remembered with
 * the Idempotency-Key that spent it: a retry of a request that never
 * committed may present it again, any other request may not.
 */
const challengeLifetimeMs = 10 * 60_000;
const used = new Map<string, { issuedAt: number; owner: string | undefined }>();

function sign(secret: string, payload: string): string {
  return createHmac('sha256', `${secret}:appeal-challenge`).update(payload).digest('base64url');
}

export function issueChallenge(secret: string, bits: number, now = Date.now()): { challenge: string; bits: number; expiresAt: string } {
  const payload = `${bits}.${now}.${randomBytes(12).toString('base64url')}`;
  return { challenge: `${payload}.${sign(secret, payload)}`, bits, expiresAt: new Date(now + challengeLifetimeMs).toISOString() };
}

export type ProofProblem = 'proof_missing' | 'proof_invalid' | 'proof_expired' | 'proof_reused';

export function verifyProof(
  secret: string,
  requiredBits: number,
  proof: { challenge: string; nonce: string } | undefined,
  owner?: string,
  now = Date.now(),
): ProofProblem | null {
  if (requiredBits <= 0) return null;
  if (!proof) return 'proof_missing';
  const parts = proof.challenge.split('.');
  if (parts.length !== 4) return 'proof_invalid';
  const [bits, issuedAt, , signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(secret, parts.slice(0, 3).join('.')));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'proof_invalid';
  if (Number(bits) < requiredBits) return 'proof_invalid';
  if (now - Number(issuedAt) > challengeLifetimeMs) return 'proof_expired';
  const digest = createHash('sha256').update(`${proof.challenge}:${proof.nonce}`).digest();
  if (leadingZeroBits(digest) < Number(bits)) return 'proof_invalid';
  const spent = used.get(proof.challenge);
  if (spent) return owner !== undefined && spent.owner === owner ? null : 'proof_reused';
  if (used.size > 100_000) for (const [key, at] of used) if (now - at.issuedAt > challengeLifetimeMs) used.delete(key);
  used.set(proof.challenge, { issuedAt: Number(issuedAt), owner });
  return null;
}
