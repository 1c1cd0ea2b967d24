/**
 * Load from autocannon in the benchmark's own process (the servers run in
 * child processes). Latencies are kept per response, so any percentile can
 * be read, and every response that is not the expected status is counted.
 */
import autocannon from 'autocannon';

export type LoadRequest = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unset means as fast as the server answers. */
  rate?: number;
  /** The n-th request of the run. */
  request: (n: number) => LoadRequest;
  expectStatus: number;
  /** Sees every response body, e.g. to collect what the server says it stored. */
  onBody?: (body: Buffer) => void;
};

export type LoadResult = { ok: number; failed: number; perSecond: number; p50: number; p95: number; p99: number; statuses: Record<string, number> };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let n = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let failed = 0;
  let sample = '';
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const next = options.request(n++);
          return { ...request, method: next.method, path: next.path, headers: { ...next.headers, ...(next.body ? { 'content-type': 'application/json' } : {}) }, body: next.body };
        },
      },
    ],
    setupClient: (client: { on(event: 'body', listener: (body: Buffer) => void): void }) => {
      client.on('body', (body) => {
        options.onBody?.(body);
        if (!sample && failed) sample = body.toString('utf8').slice(0, 300);
      });
    },
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode === options.expectStatus) {
      ok += 1;
      latencies.push(responseTime);
    } else failed += 1;
  });
  const result = await instance;
  if (failed) console.warn(`  ${failed} responses were not ${options.expectStatus} (${JSON.stringify(statuses)}) ${sample}`);
  latencies.sort((a, b) => a - b);
  return {
    ok,
    failed: failed + result.errors + result.timeouts,
    perSecond: ok / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses,
  };
}
