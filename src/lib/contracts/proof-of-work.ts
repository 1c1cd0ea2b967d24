/**
 * A small proof of work for the public appeal form: the server hands out a
 * signed challenge, and the browser finds a nonce whose SHA-256 together
 * with the challenge starts with `bits` zero bits. A person's phone does this
 * in a fraction of a second; a bot filing thousands of appeals pays for each.
 * Web Crypto runs the same in the browser and in Node.
 */
const encoder = new TextEncoder();

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function proofDigest(challenge: string, nonce: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`)));
}

export async function solveProofOfWork(challenge: string, bits: number): Promise<string> {
  for (let n = 0; ; n += 1) {
    const nonce = n.toString(36);
    if (leadingZeroBits(await proofDigest(challenge, nonce)) >= bits) return nonce;
  }
}
