import { iinCheckDigit } from '../../../lib/identity';
import { solveProofOfWork } from '../../../lib/contracts/proof-of-work';
import type { TestClient } from '../../platform/testing';

/** A valid IIN for a birth date (YYMMDD) and serial, with its check digit. */
export function makeIin(yymmdd: string, marker = '3', serial = '0042'): string {
  for (let s = Number(serial); ; s += 1) {
    const first11 = `${yymmdd}${marker}${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** Files an appeal through the public API the way the portal does: challenge, proof of work, POST. */
export async function fileAppeal(client: TestClient, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const challenge = (await client.get('/api/v1/appeals/challenge')).body;
  const nonce = await solveProofOfWork(challenge.challenge, challenge.bits);
  return client.request('POST', '/api/v1/appeals', { json: { proof: { challenge: challenge.challenge, nonce }, ...body }, headers });
}

export const appealBody = (overrides: Record<string, unknown> = {}) => ({
  topic: 'kandas_status',
  message: 'Сәлеметсіз бе! Қандас мәртебесін алу үшін қандай құжаттар керек? Моңғолиядан көшіп келдік.',
  consent: true,
  region: '110000000',
  person: { name: 'Жұмабай Нұрлан', phone: '+7 701 111 22 33' },
  ...overrides,
});
